/**
 * What the eighth round of work (2026-12-02) found the advisor getting wrong, as whole conversations through the
 * real dialogs, NLU, cost engine and knowledge base. The comment on each says what it used to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../conversation/harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Step = [input: string, expected: (string | RegExp)[], absent?: (string | RegExp)[]];
type Conversation = { name: string; locale?: string; steps: Step[] };

const conversations: Conversation[] = [
  // a quote with nothing priced got the article on agent turnover ("fair", "wajar")
  {
    name: 'a per-agent quote before any scenario: set against the licence range, then held against the estimate',
    steps: [
      ['vendor X quoted us $95 per agent per month, is that fair?', [
        '$95 per agent a month against the source: a cloud contact center licence runs about $50 (essentials) to $200',
        'That is between an essentials and a standard licence',
        'How many agents',
      ], ['turnover']],
      ['30', ['Which channels']],
      ['voice and email', ['Where should it run']],
      ['cloud', []],
      ['skip', ['Estimate: 30 agents', /The quote is \$95 per agent a month; this estimate comes to about \$238 per agent a month/]],
    ],
  },
  {
    name: 'the same in Indonesian with rupiah',
    locale: 'id-ID',
    steps: [
      ['vendor nawarin 1,5 jt per agen per bulan, wajar gk?', ['Rp 1.500.000 per agen per bulan dibandingkan dengan sumber', 'Itu di antara lisensi dasar dan Standar', 'Berapa jumlah agen'], ['perputaran agen']],
      ['40 agen voice wa cloud', ['Estimasi: 40 agen', /Penawarannya Rp 1\.500\.000 per agen per bulan; estimasi ini sekitar/]],
    ],
  },
  {
    name: 'a total quote before any scenario asks for the scenario and is set against it once priced',
    steps: [
      ['we were quoted 8000 dollars a month by genesys, is that reasonable', ['To say whether $8,000 a month is fair, I need to price the same scenario', 'How many agents']],
      ['25 agents, voice, on prem', ['Estimate: 25 agents', /The quote is \$8,000 a month; this estimate comes to about/]],
      ['make it 30', ['Updated'], ['The quote is']],
    ],
  },
  // the bare word "social" voted Indonesian (one edit from "sosial"): the estimate came in Indonesian and rupiah
  {
    name: '"voice + social" keeps an English conversation in English',
    steps: [['20 agents, voice + social, cloud', ['Estimate: 20 agents, voice and social media, cloud', 'US dollars'], ['Estimasi']]],
  },
  // the length of the calls took the voice channel with it: "Which channels do you need?"
  {
    name: 'a call length beside a whole scenario keeps the voice channel',
    steps: [
      ['150 agents voice cloud. Calls are maybe 40k a month, avg 6 minutes.', ['Estimate: 150 agents, voice, cloud'], ['Which channels']],
      ['20 agents, voice, cloud, calls last about 4 minutes', [/Estimate: 20 agents, voice, cloud|agents 150 → 20/], ['Which channels']],
    ],
  },
  // an address to send to added an email channel, or started the sales form
  {
    name: '"kirim ke email sy …" beside a scenario prices the scenario without an email channel and does not start the sales form',
    locale: 'id-ID',
    steps: [['30 agen voice cloud, kirim ke email sy rina@sinarjaya.com ya', ['Estimasi: 30 agen, telepon, cloud'], ['telepon dan email', 'Siapa nama']]],
  },
  {
    name: '"30 agents voice cloud, send it to bob@acme.com" prices the scenario first (it was dropped)',
    steps: [['30 agents voice cloud, send it to bob@acme.com', ['Estimate: 30 agents, voice, cloud'], ['There is no estimate to send yet']]],
  },
  // "satu lagi" ("one more thing") added an agent: 20 → 26
  {
    name: '"eh satu lagi, kalo tambah 5 agen" adds five agents, not six',
    locale: 'id-ID',
    steps: [
      ['20 agen voice cloud', ['Estimasi: 20 agen']],
      ['eh satu lagi, kalo tambah 5 agen jd brp?', ['20 → 25'], ['20 → 26']],
    ],
  },
  // undo went back one step only; "balikin yg tadi" was not understood
  {
    name: 'undo goes back more than one change',
    steps: [
      ['40 agents voice cloud', ['Estimate: 40 agents']],
      ['add email', ['Updated']],
      ['make it 50 agents', ['Updated']],
      ['undo', [/Undone: agents 50 → 40/]],
      ['undo', [/Undone: removed email/]],
      ['undo', ['There is no change left to take back']],
    ],
  },
  {
    name: '"balikin yg tadi" takes the last change back',
    locale: 'id-ID',
    steps: [
      ['10 agen voice cloud', ['Estimasi: 10 agen']],
      ['eh jadi 15 agen aja', ['10 → 15']],
      ['balikin yg tadi', ['Dibatalkan: jumlah agen 15 → 10']],
    ],
  },
  // the sales form stored a company, "no hp" or "my number is" as the name
  {
    name: 'a company typed at the name question is noted as the company, and the name is asked again',
    locale: 'id-ID',
    steps: [
      ['20 agen voice cloud', ['Estimasi: 20 agen']],
      ['hubungi sales', ['Siapa nama Anda?']],
      ['PT Abadi Jaya', ['Saya catat perusahaan Anda: PT Abadi Jaya.', 'Siapa nama Anda?']],
      ['sy Sari', ['alamat email']],
      ['sari@abadijaya.com', [/Nomor telepon/], ['Perusahaan atau organisasi']],
      ['lewati', []],
      ['lewati', ['Kontak: Sari, PT Abadi Jaya']],
    ],
  },
  {
    name: '"my number is …" at the name question stores the phone, not a name "my number is"',
    steps: [
      ['30 agents voice cloud', ['Estimate: 30 agents']],
      ['get me a sales rep', ['What is your name?']],
      ['my number is 212-555-0147', ['Noted your phone: 212-555-0147.', 'What is your name?']],
      ["Kevin O'Brien", ['work email']],
      ['kevin@obrien-co.com', ['Which company']],
      ['oops my email is actually kevin@obrienco.com', ['Updated your email to kevin@obrienco.com', 'Which company']],
      ["O'Brien & Co.", []],
      ['skip', ["Contact: Kevin O'Brien, O'Brien & Co.", 'kevin@obrienco.com'], ['my number is', 'my email is']],
    ],
  },
  {
    name: '"Jane Doe, Acme Corp" at the name question is a name and a company',
    steps: [
      ['I want to talk to sales', []],
      ['no, just my details', []],
      ['Jane Doe, Acme Corp', ['work email'], ['Which company']],
      ['jane.doe@acme.com', [/phone number/], ['Which company']],
      ['skip', []],
      ['skip', ['Contact: Jane Doe, Acme Corp\n']],
    ],
  },
  {
    name: 'a request to be called with the details in one message stores no preferred time made of the sentence',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ['please have someone call me. I am Priya Natarajan from Brightwave Health, priya@brightwavehealth.org, 555-201-8890', [/When is a good time/], ['Preferred time']],
    ],
  },
  {
    name: '"Selamat pagi, saya Hendra, … di PT Asuransi Sejahtera" keeps the company and stores no greeting as the time',
    locale: 'id-ID',
    steps: [
      ['Selamat pagi, saya Hendra, Head of CX di PT Asuransi Sejahtera (hendra@asuransisejahtera.co.id, 0811-222-333). Kami punya 120 agen voice dan email, rencana pindah ke cloud. Mohon estimasi dan minta sales menghubungi saya.', ['Estimasi: 120 agen'], ['Perusahaan atau organisasi']],
    ],
  },
  // a change of mind after declining consent was "not sure what you mean", and the details were gone
  {
    name: '"actually wait, yes you can contact me" after declining asks for consent again over the same details',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ['talk to sales', []],
      ['Tom Reyes', []],
      ['tom@tomco.com', []],
      ['TomCo', []],
      ['skip', []],
      ['skip', ['Yes or no?']],
      ['no', ['I have not stored or sent anything']],
      ['actually wait, yes you can contact me', ['Contact: Tom Reyes, TomCo', 'Yes or no?']],
      ['yes', ['Your request is with sales']],
    ],
  },
  {
    name: '"eh sebenernya boleh deh dihubungi" after "tidak" gives consent after all',
    locale: 'id-ID',
    steps: [
      ['20 agen voice cloud', []],
      ['hubungi sales', []],
      ['Maya', []],
      ['maya@abc.com', []],
      ['PT ABC', []],
      ['lewati', []],
      ['lewati', []],
      ['tidak', ['tidak menyimpan atau mengirim apa pun']],
      ['eh sebenernya boleh deh dihubungi', ['Kontak: Maya, PT ABC']],
      ['ya', ['sudah diteruskan ke tim sales']],
    ],
  },
  // "please dont contact me" after the request was sent started a new sales form
  {
    name: '"I changed my mind, please dont contact me" withdraws the request sent',
    steps: [
      ['10 agents voice cloud', []],
      ['talk to sales', []],
      ['Tom Reyes', []],
      ['tom@tomco.com', []],
      ['TomCo', []],
      ['skip', []],
      ['skip', []],
      ['yes', ['Your request is with sales']],
      ['I changed my mind, please dont contact me', [/is withdrawn/], ['What is your name?']],
    ],
  },
  // a difference question at the deployment step got the next step and no answer
  {
    name: '"idk whats the diffrence between cloud and on prem" at the deployment question is answered, and all three are compared',
    steps: [
      ['hey im looking for pricing for a call centre, 3 ppl', ['Which channels']],
      ['phones n emails', ['Where should it run']],
      ['idk whats the diffrence between cloud and on prem', ['The source\'s table: on-premises gives more control', 'Last, optional step']],
      ['skip', ['Estimate: 3 agents', /Comparison \(upfront · monthly · 3-year total\)/]],
    ],
  },
  // "why is hybrid so expensive for 8 agents?" switched the scenario to hybrid
  {
    name: '"why is hybrid so expensive for 8 agents?" explains the gap and keeps the scenario',
    steps: [
      ['8 agents voice sms, cloud', ['Estimate: 8 agents']],
      ['why is hybrid so expensive for 8 agents?', [/hybrid/i], ['Updated: deployment cloud → hybrid']],
      ['hybrid is too expensive, switch to cloud', ['That is already your scenario'], ['What drives']],
    ],
  },
  // "just give me the 3 yr totals" said "nothing changed"
  {
    name: '"just give me the 3 yr totals" with the horizon already 3 years shows the totals side by side',
    steps: [
      ['200 seats, voice+sms, cloud', ['Estimate: 200 agents']],
      ['just give me the 3 yr totals', ['200 agents over 3 years', /Comparison \(upfront · monthly · 3-year total\)/], ['nothing changed']],
    ],
  },
  // "why is first 12 months different from annual?" showed the whole estimate; "whats included in the one-time?" only the sum
  {
    name: 'the first 12 months against the annual figure, and what the one-time costs are made of',
    steps: [
      ['100 agents voice email chat on premises', ['Estimate: 100 agents']],
      ['why is first 12 months different from annual?', [/The first 12 months of .* come to about \$[\d,]+ .*one-time plus 12 ×/, 'The one-time costs, paid before the first month:', /• Servers \(on-premises\): \$/], ['Line items (typical per month']],
      ['whats included in the one-time?', ['The one-time costs, paid before the first month:']],
    ],
  },
  // a question about another deployment inside the sales form switched the scenario going to sales
  {
    name: '"wait, how much would it cost with hybrid?" in the sales form answers it and keeps the scenario and the form',
    steps: [
      ['50 agents voice email cloud', ['Estimate: 50 agents']],
      ['talk to sales', ['What is your name?']],
      ['Maria Lopez', ['work email']],
      ['wait, how much would it cost with hybrid?', [/The same scenario hybrid: about \$[\d,]+ a month/, 'work email'], ['Noted: deployment', 'Sales will get the updated scenario']],
    ],
  },
  // a CFO's "year by year?" / "is this NPV?" had no answer (the NPV question got the article on vendor discounts)
  {
    name: '"year by year?" shows what each deployment has cost by the end of each year',
    steps: [
      ['60 agents voice on prem, 5 years', ['Estimate: 60 agents']],
      ['year by year?', ['What each deployment has cost by the end of each year', /• Year 1: on-premises \$[\d,]+ · cloud \$[\d,]+ · hybrid \$[\d,]+ — cheapest by then: cloud/, /• Year 5: /], ['• Year 6']],
      ['what discount rate did you use? is this NPV?', ['not discounted: no net present value'], ['no discount applied']],
    ],
  },
  {
    name: '"tahun ke 1 vs tahun ke 5 mana yg lebih murah?" in Indonesian',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon cloud, 5 tahun', ['Estimasi: 40 agen']],
      ['tahun ke 1 vs tahun ke 5 mana yg lebih murah?', ['Total biaya tiap model penerapan sampai akhir setiap tahun', /• Tahun 5: /]],
    ],
  },
  // knowledge questions that got another article: scaling for peaks (salaries, cloud drawbacks), the price per
  // agent (cloud's advantages), IT staff for on-premises (the Erlang staffing answer), PCI, how sure the figures are
  {
    name: 'knowledge questions in everyday words reach their article',
    steps: [
      ['what about scaling for black friday peaks?', ['seats can usually be added or removed on demand', '20 agents for 10 months and 60 for 2 months']],
      ['how much per agent for a cloud contact center?', ['Per agent, the fixed part is the licence']],
      ['does on-prem need IT staff?', ['the need for an in-house IT team']],
      ['what about PCI for taking card payments over the phone?', [/PCI/]],
      ['how confident are you in these numbers', ['It is a budget estimate, not a quote']],
    ],
  },
  {
    name: '"kalo mau nambah agen pas ramadhan/harbolnas, bisa gk naik turun jumlah agen?" gets the article on seasonal peaks',
    locale: 'id-ID',
    steps: [['kalo mau nambah agen pas ramadhan/harbolnas, bisa gk naik turun jumlah agen? biayanya gmn?', ['lisensi agen biasanya bisa ditambah atau dikurangi', '10 bulan 20 agen, 2 bulan 60 agen']]],
  },
  // a $95 licence quote was held only against the $238 all-in figure: "below even the low end"
  {
    name: 'a per-agent quote with an estimate on screen is also set against the licence line',
    steps: [
      ['40 agents, voice and web chat, cloud', ['Estimate: 40 agents']],
      ['a vendor quoted $95 per agent per month, is that a good price?', [/The quote is \$95 per agent a month; this estimate comes to about \$\d+ per agent a month/, 'If the quote is for the licence alone, set it against the licence line instead: $125 per agent a month in this estimate ($50–$200).']],
    ],
  },
  // a shop owner's team said with a question was dropped, and "brp biayanya sebulan?" at the deployment question
  // was asked to pick one
  {
    name: '"sy punya toko online, 5 CS, kebanyakan chat WA. butuh apa ya?" answers about WhatsApp and keeps the 5 agents',
    locale: 'id-ID',
    steps: [
      ['halo, sy punya toko online, 5 CS, kebanyakan chat WA. butuh apa ya?', [/media sosial/, 'Mau dijalankan di mana'], ['Berapa jumlah agen']],
      // (asked as a question, the comparison comes at once, with typical volumes: fourteenth session)
      ['brp biayanya sebulan?', ['Estimasi: 5 agen, media sosial', /Perbandingan|Dibanding|selama 3 tahun/], ['Silakan pilih satu', 'Langkah terakhir']],
      // (twenty-ninth session: with the estimate already on typical volumes, they are named instead of the same estimate again)
      ['pakai volume tipikal', ['sudah memakai volume tipikal', 'Transfer data keluar']],
    ],
  },
  {
    name: '"gatau, yg paling murah aja" at the deployment question compares the three',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon', ['Mau dijalankan di mana']],
      ['gatau, yg paling murah aja', ['Langkah terakhir'], ['Silakan pilih satu']],
    ],
  },
  // two sites priced as the last one (25), a range priced at its top without a word, "70% cloud" as all cloud
  {
    name: 'two sites are added up and said so',
    locale: 'id-ID',
    steps: [['sy ada 2 lokasi: jkt 40 agen, sby 25 agen. voice + chat. hybrid', ['Semua kelompok saya jumlahkan: 40 + 25 = 65 agen', 'Estimasi: 65 agen']]],
  },
  {
    name: 'sites in English, and a correction between two counts still replaces',
    steps: [
      ['30 agents at our main office and 10 agents at the branch, voice, cloud', ['I counted the groups together: 30 + 10 = 40 agents', 'Estimate: 40 agents']],
      ['start over', []],
      ['40 agents, no wait, 25 agents, voice cloud', ['Estimate: 25 agents'], ['counted the sites']],
    ],
  },
  {
    name: 'a range of head counts is priced at its upper end, said so',
    steps: [['around 40-50 agents voice cloud', ['You gave a range (40–50 agents): I priced 50, the upper end', 'Estimate: 50 agents']]],
  },
  {
    name: '"make it 70% cloud" on a hybrid scenario sets the split',
    steps: [
      ['200 agents voice hybrid', ['Estimate: 200 agents']],
      ['make it 70% cloud', [/70%/], ['deployment hybrid → cloud']],
    ],
  },
  // an IT manager who owns an on-premises platform was priced a new one ($118,000 up front), and "we already own it"
  // was "not sure what you mean"
  {
    name: 'an on-premises platform already owned is not bought again, and can be priced as new again',
    steps: [
      ['We already have an Avaya PBX on prem, about 60 agents, voice only. Thinking of going cloud. The servers are already paid off.', ['I counted your on-premises platform as already owned', /• On-premises: \$0 · /]],
      ['start over', []],
      ['60 agents voice on prem, 5 years', ['Estimate: 60 agents, voice, on-premises', 'One-time: $118,000']],
      // (since the seventh exploratory round only the servers: the licences and the gateways are still bought)
      ['we would reuse our existing servers, so no server cost', ['Updated: the servers you already have are not bought again', '• One-time: $118,000 → $100,000 (−$18,000)', 'Servers (on-premises)*: already owned']],
      ['price on-premises as new', ['Updated: the on-premises platform priced as a new purchase', '• One-time: $100,000 → $118,000 (+$18,000)']],
    ],
  },
  {
    name: '"sy udh punya server sendiri sih" with a comparison asked for counts the servers as already there',
    locale: 'id-ID',
    steps: [
      ['pak, 60 agen inbound call, on prem vs cloud 5 thn, mana lbh hemat? sy udh punya server sendiri sih', ['Server Anda saya hitung sebagai sudah ada']],
      ['staf IT kita udh ada 3 org', [], ['sudah dimiliki: tidak dibeli lagi\nServer Anda saya hitung']],
    ],
  },
  // second round of testing: misreadings that changed the scenario or the lead
  {
    name: '"can you add the 25k setup fee" adds no 25,000 agents; "tambahin biaya setup 50 jt" sets no 50 million',
    steps: [
      ['30 agents voice cloud', ['Estimate: 30 agents']],
      ['can you add the 25k setup fee to the estimate', [], ['25,030', 'agents 30 →']],
      ['make it 40 agents', ['agents 30 → 40']],
    ],
  },
  {
    name: '"20 agents for 9 months and 50 for 3" is a seasonal year, not 3 agents',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['20 agents for 9 months and 50 for 3', [/9 months|9 bulan/], ['agents 20 → 3']],
    ],
  },
  {
    name: '"why is the range so wide?" explains the range; "what if our IT admin costs $6k a month instead of 9k" takes the figure',
    steps: [
      ['60 agents voice on prem', ['Estimate: 60 agents']],
      ['why is the range so wide?', ['It is a budget estimate, not a quote'], ['Line items (typical per month']],
      ['what if our IT admin costs $6k a month instead of 9k', [/In-house IT|IT administrator/, '$6,000'], ['not sure what you mean']],
    ],
  },
  {
    name: '"Hi - Jennifer Alvarez, …" is no contact called "Hi"',
    steps: [
      ['Hi - Jennifer Alvarez, ops director at Summit Credit Union. We have 35 agents on a legacy Cisco system and want to go cloud, voice + chat + email. Please have someone call me at 312-555-0199 or jalvarez@summitcu.org', ['Estimate: 35 agents']],
      ['skip', ['Contact: Jennifer Alvarez, Summit Credit Union'], ['Contact: Hi']],
    ],
  },
  {
    name: '"i no longer consent, please delete my details" withdraws the request',
    steps: [
      ['10 agents voice cloud', []],
      ['talk to sales', []],
      ['Tom Reyes', []],
      ['tom@tomco.com', []],
      ['TomCo', []],
      ['skip', []],
      ['skip', []],
      ['yes', ['Your request is with sales']],
      ['i no longer consent, please delete my details', [/is withdrawn/]],
    ],
  },
  {
    name: '"jgn ditelpon ya, email aja" at the time question tells sales not to call',
    locale: 'id-ID',
    steps: [
      ['20 agen voice cloud', []],
      ['hubungi sales', []],
      ['Maya', []],
      ['maya@abc.com', []],
      ['PT ABC', []],
      ['0812 3456 7890', []],
      ['jgn ditelpon ya, email aja', ['lewat email saja, mohon tidak ditelepon'], ['jgn ditelpon ya']],
    ],
  },
  {
    name: '"kok harga pake dolar?" shows rupiah; a budget per agent is held against the figure per agent',
    locale: 'id-ID',
    steps: [
      ['20 agen voice cloud', ['Estimasi: 20 agen']],
      ['in dollars please', [/\$\d/]],
      ['kok harga pake dolar?', [/Rp \d/]],
      ['start over', []],
      ['budget kami Rp 2,5 juta per agen per bulan, 12 agen, telepon + WA, cloud. masuk gk?', ['Anggaran Anda Rp 2.500.000 per agen per bulan; skenario ini butuh sekitar']],
    ],
  },
  {
    name: '"kemahalan gk?" about a quote gets the quote held against the estimate and no article on cloud\'s drawbacks',
    locale: 'id-ID',
    steps: [['vendor nawarin Rp 2,5 juta per agen sebulan utk 30 agen omnichannel cloud. kemahalan gk?', ['Penawarannya Rp 2.500.000 per agen per bulan'], ['Sumber menyebut tiga: kendali atas fitur']]],
  },
  // security questions got the vendor's uptime claims; UU PDP and OJK were never named
  {
    name: 'security questions get the article on security by deployment, in both languages',
    steps: [
      ['which is more secure, cloud or on prem?', ['No deployment is secure by itself'], ['99.999% uptime']],
      ['is 99.999% uptime real?', ['99.999% uptime']],
    ],
  },
  {
    name: '"Apakah data rekaman percakapan aman jika pakai cloud? bagaimana dengan UU PDP?" names the data protection law',
    locale: 'id-ID',
    steps: [['Apakah data rekaman percakapan aman jika pakai cloud? bagaimana dengan UU PDP?', ['Tidak ada model penerapan yang aman dengan sendirinya', 'UU Pelindungan Data Pribadi'], ['uptime 99,999%']]],
  },
  // "NPV at 8%" got the undiscounted totals; "never mind, i dont want to give my email" got the same question again
  {
    name: '"can you do an NPV at 8%?" gives each deployment\'s present value at that rate',
    steps: [
      ['60 agents voice cloud, 5 years', ['Estimate: 60 agents']],
      ['can you do an NPV at 8%?', [/Present value at 8% a year \(one-time costs now, each year's costs at its end\): on-premises \$[\d,]+ · cloud \$683,060 · hybrid \$[\d,]+\./]],
    ],
  },
  {
    name: '"never mind, i dont want to give my email" asks for a phone number instead, and says how to stop',
    steps: [
      ['20 agents voice cloud', []],
      ['talk to sales', []],
      ['Ann', ['work email']],
      // (since the thirty-fourth session an email declined is fine when a phone number reaches the visitor: it used to
      // say "Sales needs your email to follow up")
      ['never mind, i dont want to give my email', ['No problem, no email', 'phone number']],
      ['Acme', ['What phone number can sales reach you on?']],
      ['skip', ['Sales needs one way to reach you', 'say "cancel"']],
    ],
  },
  // "GDPR … where is the data stored?" got where this conversation is kept
  {
    name: 'a regulation named with "where is the data stored" is about the platform\'s data; this chat\'s data stays a privacy question',
    steps: [
      ['what about GDPR and where is the data stored? we are in germany', ['My source names no specific regulation'], ['This conversation is kept']],
      ['is my data in this chat GDPR safe?', ['This conversation is kept']],
    ],
  },
];

describe('eighth round (2026-12-02)', () => {
  for (const c of conversations) {
    it(c.name, async () => {
      h = await createHarness('test', c.locale ?? 'en-US');
      for (const [input, expected, absent = []] of c.steps) {
        const replies = (await h.say(input)).join('\n');
        for (const fragment of expected) {
          if (typeof fragment === 'string') expect(replies, `after "${input}"`).toContain(fragment);
          else expect(replies, `after "${input}"`).toMatch(fragment);
        }
        for (const fragment of absent) {
          if (typeof fragment === 'string') expect(replies, `after "${input}"`).not.toContain(fragment);
          else expect(replies, `after "${input}"`).not.toMatch(fragment);
        }
      }
    });
  }
});
