/**
 * Where a message stands on being contacted by sales, clause by clause: "just browsing, i do NOT want a sales call.
 * 10 agents, voice, cloud" declines it (and prices the scenario); "eh tp boleh deh dihubungi sales, sy mau nego harga"
 * asks for it; "Terima kasih, saat ini kami belum ingin dihubungi sales." declines it. A negation counts only inside
 * its own clause, so "no wait, … talk to sales" is not read across a stop.
 *
 * The words are few and closed (sales, a call, being contacted; not, never, belum, jangan …), so a rule reads them
 * exactly; what they are said beside is still the model's reading.
 */

/** What being contacted is called. */
const SALES_TERM = String.raw`(?:sales(?:nya|person|people|man|men)?(?!\s+(?:agents?|agen|staff|department|dept|team of|floor|volume|target|numbers|figures|tax|reps? (?:make|handle|earn)))|sales (?:team|rep|reps|person|people|guy|call|calls|pitch|stuff|thing|follow[- ]?ups?)|salesperson|tim (?:sales|penjualan)|bagian (?:sales|penjualan)|penjualan|marketing|a (?:sales )?call|(?:any )?calls? from (?:sales|you|your team|anyone)|(?:to be|being|get|getting) (?:contacted|called|followed up)|(?:di)?hubungi|ditelpon|ditelepon|ditelfon|dikontak|di ?follow ?up|dikejar|call me|contact me|ring me|phone me|follow(?:ing)? up with me|someone (?:to )?(?:call|contact)(?:ing)? me|anyone (?:to )?(?:call|contact)(?:ing)? me)`;

/** Words that turn the clause down, put it off or stop it. */
const NEGATOR = String.raw`(?:no|not|nope|nah|never|don'?t|dont|do not|doesn'?t|won'?t|wont|without|stop|quit|no need (?:for|to)|not (?:yet|now|interested in)|nothing from|leave me alone from|gak|ga|gk|g|nggak|ngga|enggak|engga|tidak|tdk|tak|belum|blm|jangan|jgn|bukan|gausah|gaperlu|tanpa|nanti aja|lain kali)`;

/** Asking for it: a request verb before the term, or the term with "please"/"dong"/"aja". */
const REQUEST = String.raw`(?:want|would like|'d like|like to|need|can|could|please|pls|let|boleh|bisa|mau|ingin|pengen|pingin|minta|mohon|tolong|silakan|ok(?:e|ay)?|yes|ya|iya|sure)`;

// (a comma ends a clause too: in "no estimate needed, just contact me" the "no" is the estimate's)
const CLAUSES = /[.!?;,\n]+|\b(?:but|tapi|tp|namun)\b/i;
/** What else a negation can be about, between it and the sales words: "no estimate needed … contact me". */
const OTHER_OBJECT = /\b(?:estimates?|estimasi\w*|quotes?|numbers|figures|prices?|pricing|harga\w*|hitung\w*|scenario|skenario)\b/i;
const DECLINED_IN = new RegExp(String.raw`\b${NEGATOR}\b([^.?!]{0,40}?)\b${SALES_TERM}\b|\b${SALES_TERM}\b[^.?!]{0,12}\b(?:not (?:yet|now|needed|necessary)|nanti (?:aja|saja|dulu)|lain kali|belum (?:perlu|dulu)|gak usah|ga usah|tidak usah|tidak perlu|gak perlu|ga perlu)\b`, 'i');
/** "I'll pass on the sales call", "skip the sales call": turned down by a verb of its own (it was a privacy answer). */
const PASSED_ON = new RegExp(String.raw`\b(?:pass(?:ing)? on|skip(?:ping)?|declin(?:e|ing)|turn(?:ing)? down|say(?:ing)? no to)\s+(?:the |a |that |this |any |your )?${SALES_TERM}`, 'i');
/** Being contacted, as a request names it (a bare "sales" is not one: "can sales see my data?"). */
// ("I'd like a quote from your sales team for 25 agents": priced, and sales only offered) a quote from sales asks for them
// ("Tolong jadwalkan panggilan dengan tim penjualan": two channels dropped) a call or a meeting with sales to be set up
const CONTACT_TERM = String.raw`(?:(?:jadwalkan|jadwalin|atur|aturkan|schedule|book|set up|arrange)\s+(?:a\s+|an\s+|sebuah\s+)?(?:panggilan|telepon|telpon|call|meeting|rapat|pertemuan|demo|meet)\s+(?:dengan|sama|with)\s+(?:the\s+|tim\s+|your\s+|bagian\s+)?(?:sales|penjualan)|(?:quote|proposal|offer|penawaran(?:\s+harga)?)\s+(?:from|by|dari)\s+(?:your\s+|the\s+|tim\s+|bagian\s+)?sales(?:\s+team)?|(?:hubungkan|sambungkan|teruskan|connect|put|pass|forward|send|give|share)\s+(?:saya\s+|me\s+|us\s+|kami\s+|(?:it|this|that|my details|the estimate|this estimate|it all)\s+)?(?:ke|dengan|to|with|through to|on to|over to)\s+(?:the\s+|tim\s+|your\s+)?sales|(?:di)?hubungi|ditelpon|ditelepon|ditelfon|dikontak|di ?follow ?up|(?:call|contact|ring|phone|email|reach) (?:me|us)|(?:someone|somebody|anyone|one of you|sales)(?:\s+from\s+(?:your|the)\s+(?:team|company|side|end))?\s+(?:to\s+)?(?:reach out|get in touch)|reach out to (?:me|us)|(?:talk|speak|chat|ngobrol|bicara|ngomong) (?:to|with|sama|dengan|dgn) (?:a |an |your |the |tim )?(?:sales|someone|somebody|a person|human|person|rep|representative)|(?:have|get|let) (?:a |your |the )?(?:sales|someone)|(?:to be|being|get|getting) (?:contacted|called|followed up))`;
// (an imperative needs no request word before it: "lalu hubungkan ke sales", "connect me with sales")
const REQUESTED_IN = new RegExp(String.raw`\b${REQUEST}\b[^.?!]{0,30}?\b${CONTACT_TERM}\b|(?:^|[,;]\s*|\b(?:lalu|terus|trus|then|and|dan|please|pls|tolong|mohon)\s+)(?:hubungkan|sambungkan|connect|put)\s+(?:saya\s+|me\s+|us\s+|kami\s+)?(?:ke|dengan|to|with|through to)\s+(?:the\s+|tim\s+|your\s+)?sales\b`, 'i');
/** "stop asking about sales", "stop offering sales": the offers themselves turned down. */
export const OFFERS_STOPPED_SAID = /\b(?:stop|quit|no more|enough)\b[^.?!]{0,20}\b(?:asking|offering|pushing|mentioning|bugging|nagging|ask|offer|push)\b[^.?!]{0,20}\bsales\b|\b(?:jangan|jgn|gak usah|ga usah|udah|sudah|stop)\b[^.?!]{0,15}\b(?:nawarin|menawarkan|tawarin|tawarkan|nanya|tanya(?:in)?)\b[^.?!]{0,15}\bsales\b/i;
/** Words about sales that are not a stance: "what does sales get?", "how much does the sales team see?". */
const ABOUT_SALES = /\b(?:what|which|apa|apakah|how|bagaimana)\b[^.?!]{0,25}\b(?:sales|tim sales)\b[^.?!]{0,25}\b(?:get|see|receive|know|dapat|lihat|terima)\b/i;

/** A bare "no" opening a clause that goes on in the visitor's own words: "No I just want…", "nggak, saya cuma mau…". */
const LEADING_NO = /^\s*(?:no|nope|nah|nggak|ngga|gak|ga|enggak|tidak)\s+(?=(?:i|we|i'd|i'm|just|only|actually|saya|aku|kami|cuma|hanya|langsung)\b)/i;

export type SalesStance = 'declined' | 'requested';

/** Email named as the way to be reached: "email aja", "lewat email", "email only", "by email", "email me instead". */
const EMAIL_WAY = /\b(?:e-?mail)\s+(?:aja|saja|doang|only|is fine|is better|instead|me|us|ok|oke|please|pls)\b|\b(?:lewat|via|by|through|melalui|pakai|pake|over)\s+e-?mail\b|\bonly\s+(?:by\s+|via\s+)?e-?mail\b/i;
/** A phone call, as the sales words name one. */
const PHONE_WORD = /\b(?:call|calls|calling|ring|phone|ditelpon|ditelepon|ditelfon|telpon|telepon|nelpon)\b/i;

/**
 * The stance of the last clause that takes one ("no wait, actually yes, have sales call me" asks; "ok sales can call
 * me. actually no, not yet" declines), or undefined when no clause speaks of being contacted.
 */
export function salesStance(text: string): SalesStance | undefined {
  if (ABOUT_SALES.test(text)) return undefined;
  if (OFFERS_STOPPED_SAID.test(text)) return 'declined';
  let stance: SalesStance | undefined;
  // ("mau hubungi sales … ga usah ditelpon, email aja", "have sales reach out, but don't call me, email only": the lead
  // lost) a call refused where email is named as the way is how to be contacted, not whether
  const emailWay = EMAIL_WAY.test(text);
  for (const said of text.split(CLAUSES)) {
    if (!said || !said.trim()) continue;
    // ("No I just want someone to contact me" to "estimate first?": declined) a "no" said before the visitor's own
    // words answers what was asked, not the contact that follows
    const clause = said.replace(LEADING_NO, '');
    const declined = DECLINED_IN.exec(clause);
    if (declined && emailWay && PHONE_WORD.test(declined[0]) && !/\b(?:hubungi|dihubungi|contact\w*|marketing|penjualan|follow\w*|dikontak)\b/i.test(declined[0])) continue;
    if ((declined && !OTHER_OBJECT.test(declined[1] ?? '')) || PASSED_ON.test(clause)) stance = 'declined';
    else if (REQUESTED_IN.test(clause)) stance = 'requested';
  }
  return stance;
}
