/**
 * What the twenty-fifth session (2026-12-05) found the advisor getting wrong (a round of exploratory visitors, helpers
 * who never saw the code, the corpora or the tests), as whole conversations through the real dialogs, NLU, cost engine
 * and knowledge base. The comment on each says what it used to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../conversation/harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Step = [input: string, expected: (string | RegExp)[], absent?: (string | RegExp)[]];
type Conversation = { name: string; locale?: string; steps: Step[]; once?: string };

const conversations: Conversation[] = [
  // "why is that one cheaper?" after the cheapest deployment was priced: the estimate printed again
  {
    name: 'why that one is cheaper is where the gap between the deployments comes from',
    steps: [
      ['12 agents voice and sms, whichever deployment is cheapest', ['Cheapest over 3 years: cloud']],
      ['why is that one cheaper?', ['Where the difference comes from', 'In-house IT staff']],
    ],
  },
  // "is cloud ok for us? 20 agents voice": the whole message looked up, the set-up time article came
  {
    name: 'a question beside the scenario values is looked up on its own',
    steps: [['is cloud ok for us? 20 agents voice', ['Estimate: 20 agents', /cloud contact center/i], ['time frame for setting up']]],
  },
  // "is this the final price? any discounts for annual commitment?": the discounts never answered
  {
    name: 'a second question in the same message is answered too',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['is this the final price? any discounts for annual commitment?', ['budget estimate, not a quote', 'no discount figures']],
    ],
  },
  // "any discounts for annual commitment?": "a term each vendor sets", with the article on contract discounts at hand
  {
    name: 'discounts for a commitment are answered from the knowledge base',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['any discounts for annual commitment?', ['no discount figures'], ['a term each vendor sets']],
    ],
  },
  // "how much of that is infrastructure vs licenses?": the licence line alone
  {
    name: 'infrastructure against licences is the estimate by kind of cost',
    steps: [
      ['We are a national retailer with 2000 agents. Need voice, email, web chat, SMS and social. On-premises deployment.', ['Estimate: 2,000 agents']],
      ['how much of that is infrastructure vs licenses?', ['by kind of cost', /Software licences and maintenance: \$50,000 a month/, /Infrastructure and running it: \$[\d,]+ a month/, 'Together: $640,200 a month and $3,322,000 one-time']],
    ],
  },
  // "breakdown nya per channel bisa?": the same estimate again, word for word
  {
    name: 'breakdown per channel groups the lines by channel',
    locale: 'id-ID',
    steps: [
      ['hi, mau tanya pricing buat contact center, kita ada around 60 agents, channel voice, email, social media, deploy hybrid', ['Estimasi: 60 agen']],
      ['breakdown nya per channel bisa?', ['per saluran', /• Telepon: Rp [\d.]+ per bulan/, 'Email: tanpa biaya tersendiri', 'Dipakai bersama semua saluran']],
    ],
  },
  // (kept apart from the grouping: one-off against recurring is the one-time cost and twelve months)
  {
    name: 'one-off against recurring stays the one-time cost and twelve months',
    steps: [
      ['40 agents voice and email on-prem', ['Estimate: 40 agents']],
      ['one-off vs recurring?', ['one-time plus 12 ×'], ['by kind of cost']],
    ],
  },
  // "does your estimate include those?" after the hidden costs: how the estimate is made, no yes or no
  {
    name: 'whether the estimate includes the hidden costs just named is answered no, with what it covers',
    steps: [
      ['30 agents voice cloud', ['Estimate: 30 agents']],
      ['what hidden costs do people forget with contact centers?', []],
      ['does your estimate include those?', ['No, not in this estimate: the business costs I named', 'What the estimate for 30 agents, voice, cloud covers']],
    ],
  },
  // "biaya training agen masuk gak?": a passage on agent skills, no yes or no
  {
    name: 'whether agent training is included is answered no',
    locale: 'id-ID',
    steps: [
      ['5 agen email cloud', ['Estimasi: 5 agen']],
      ['biaya training agen masuk gak?', ['Tidak, belum termasuk dalam estimasi ini: pelatihan dan pembinaan agen']],
    ],
  },
  // "itu udh termasuk hardware belum? sama internet?": the internet half ignored
  {
    name: 'hardware and internet asked together are both answered',
    locale: 'id-ID',
    steps: [
      ['5 agen email cloud', ['Estimasi: 5 agen']],
      ['itu udh termasuk hardware belum? sama internet?', ['perangkat keras', 'koneksi internet Anda sendiri', 'egress']],
    ],
  },
  {
    name: 'headsets and internet are said to be outside the estimate',
    steps: [
      ['12 agents voice and chat, cloud', ['Estimate: 12 agents']],
      ['does that include internet and headsets?', ["agents' headsets, computers and desks", 'your own internet connection']],
    ],
  },
  // "and what's year 1 vs subsequent years?": the horizon set to one year ("over 1 years")
  {
    name: 'year 1 against the later years is the first year and each year after',
    steps: [
      ["I'm in finance. 150 agents, voice, email, chat, on-prem. What's the 5 year total cost of ownership?", ['Estimate: 150 agents']],
      ["and what's year 1 vs subsequent years?", ['The first 12 months of 150 agents', 'Each year after that: about $516,600', 'Over 5 years'], ['horizon 5 → 1']],
    ],
  },
  {
    name: 'year 2 and 3 are each year after the first',
    steps: [
      ['25 agents voice on-prem', ['Estimate: 25 agents']],
      ['what about year 2 and 3', ['The first 12 months', 'Each year after that']],
    ],
  },
  // a horizon of one year: "over 1 years", "for all 1 years"
  {
    name: 'a one-year horizon is said in the singular',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['compare over 1 year', ['over 1 year'], ['1 years']],
    ],
  },
  // "biaya awal/setup nya brp? yg bulanan brp?": the up-front answer, then "Baris yang mana?"
  {
    name: 'the one-time and the monthly figures asked together are both given',
    locale: 'id-ID',
    steps: [
      ['25 agen on-premise voice', ['Estimasi: 25 agen']],
      ['biaya awal/setup nya brp? yg bulanan brp?', ['Rp 1.080.750.000 biaya sekali bayar ditambah 12 × Rp 106.013.000'], ['Baris yang mana?']],
    ],
  },
  // "itu termasuk murah atau mahal sih dibanding pasaran?": outside what I know
  {
    name: 'cheap or expensive against the market is where the estimate sits in it',
    locale: 'id-ID',
    steps: [
      ['12 agen voice email cloud', ['Estimasi: 12 agen']],
      ['itu termasuk murah atau mahal sih dibanding pasaran?', ['angka pasar itu sendiri', 'per agen per bulan', 'Untuk lisensi platform saja'], ['di luar yang saya ketahui']],
    ],
  },
  {
    name: 'cheap or expensive compared to the market, in English',
    steps: [
      ['12 agents voice and email cloud', ['Estimate: 12 agents']],
      ['is that cheap or expensive compared to the market?', ['the market itself', 'per agent a month', 'For the platform licence alone']],
    ],
  },
  // "I'm a 3 person plumbing business": "say 'price 2 agents'", and "what would the cheapest option cost?" got "did you mean"
  {
    name: 'a three-person business is offered three agents and the head count is kept',
    steps: [
      ["I'm a 3 person plumbing business. do I even need a contact center?", ['price 3 agents']],
      ['what would the cheapest option cost?', ['for 3 agents', 'which channels']],
    ],
  },
  // "itu per bulan atau per tahun kak?" in the estimate form: "Saya kurang yakin soal itu"
  {
    name: 'per month or per year asked in the form is answered and the form goes on',
    locale: 'id-ID',
    steps: [
      ['aku punya toko batik online, mau bikin cs 3 orang aja, lewat whatsapp sama chat web. brp ya kira2?', ['Mau dijalankan di mana']],
      ['itu per bulan atau per tahun kak?', ['Keduanya', 'per bulan', 'per tahun', 'cloud, on-premise, atau hibrida'], ['kurang yakin']],
    ],
  },
  {
    name: 'per month or per year, in English, in the form',
    steps: [
      ['3 agents, whatsapp and web chat', ['Where should it run']],
      ['is the price per month or per year?', ['Both.', /cloud, on-premises,? or hybrid/i], ['quantity times a unit price']],
    ],
  },
  // "does this include agent salaries?": the staffing costs article, no yes or no
  {
    name: 'whether salaries are included is answered no, then the staffing costs article',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['does this include agent salaries?', ["No, not in this estimate: agents' pay and other staff costs"]],
    ],
  },
  // "compare 20 agents cloud vs 20 agents on-prem, voice only": one hybrid center of 40 agents
  {
    name: 'the same head count on each side of a comparison is the comparison for that head count',
    steps: [['compare 20 agents cloud vs 20 agents on-prem, voice only', ['20 agents over 3 years', 'Cheapest over 3 years'], ['40 agents', 'hybrid share']]],
  },
  // "we have 18 seats but 25 people working shifts": 25 priced, the 18 seats never mentioned
  {
    name: 'fewer seats than the people sharing them in shifts is said back with concurrent licences',
    steps: [['we have 18 seats but 25 people working shifts. voice and chat, cloud. how much?', ['Estimate: 25 agents', 'about 18 are online at the same time', 'make it 18 agents']]],
  },
  // "is it cheaper to outsource our contact center or build in house?": on-premises set, outsourcing never mentioned
  {
    name: 'outsourcing against an own center is said to be outside the source, and in house is no deployment',
    steps: [['is it cheaper to outsource our contact center or build in house? we\'re thinking 35 agents', ['Outsourcing to a BPO is not in my source', 'Which channels'], ['deployment: on-premises']]],
  },
  // "we're a bank with strict data residency, which would you recommend?": "Did you mean one of these?" under the advice
  {
    name: 'data residency with a recommendation asked is the advice, then the scenario',
    steps: [['we\'re a bank with strict data residency, which would you recommend?', ['Data that must stay in the country', 'How many agents'], ['Did you mean']]],
  },
  // "data harus di dalam negeri … Sebaiknya deployment apa?": cloud named cheapest, the data rule forgotten
  {
    name: 'with the data bound to the country a cloud verdict says which own-server deployment is cheaper',
    locale: 'id-ID',
    steps: [['Kami instansi pemerintah, data harus di dalam negeri. 200 agen, voice, email, web chat. Sebaiknya deployment apa dan berapa biayanya?', ['Data yang wajib tetap di dalam negeri', 'Paling murah selama 3 tahun', 'Dari model penerapan yang menyimpan data di server Anda sendiri, hibrida lebih murah']]],
  },
  // "brpa biyaya kontak senter 7 agn vois clod": voice, typed as it sounds, dropped
  {
    name: 'voice typed as it sounds is voice',
    locale: 'id-ID',
    steps: [['brpa biyaya kontak senter 7 agn vois clod', ['Estimasi: 7 agen, telepon, cloud']]],
  },
  // "mau cs lewat WA dan IG aja": the social line said WhatsApp only
  {
    name: 'Instagram named beside WhatsApp is on the social line',
    locale: 'id-ID',
    steps: [
      ['kami jaringan resto, mau cs lewat WA dan IG aja, 6 orang', []],
      ['deploy nya cloud', []],
      ['pakai yg tipikal aja', ['Saluran media sosial (WhatsApp, Instagram)']],
    ],
  },
  // "halo, apa kabar?": the menu alone
  {
    name: 'how are you beside a greeting is answered',
    locale: 'id-ID',
    steps: [
      ['halo', []],
      ['apa kabar?', ['Kabar saya baik, terima kasih']],
    ],
  },
  // "3000 calls a day … how many agents do I need?": the head count, then the article saying to ask just that
  {
    name: 'a staffing question answered from the volume has no staffing article after it',
    steps: [['we get about 3000 calls a day, average handle time 5 mins. how many agents do I need?', ['you need about 37 agents'], ['The source gives no staffing ratio', '5.5 minutes']]],
  },
  // "kapan aja deh, pagi lebih enak": "kapanpun, pagi lebih" went to sales
  {
    name: 'a time said to be better is kept whole',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['hubungi sales', []],
      ['Rudi Hartono, rudi@ptmaju.com, PT Maju, 0857-1111-2222', []],
      ['kapan aja deh, pagi lebih enak', ['lebih disukai pagi'], ['pagi lebih)', 'pagi lebih\n']],
    ],
  },
  // "now cut it by 10" after "double the agents": not understood
  {
    name: 'cut it by so many is a step down of the head count',
    steps: [
      ['40 agents voice cloud', ['Estimate: 40 agents']],
      ['double the agents', ['agents 40 → 80']],
      ['now cut it by 10', ['agents 80 → 70']],
    ],
  },
  // "And what does MMS alone add?": "that is already your scenario, nothing changed"
  {
    name: 'what one channel adds on its own is its line',
    steps: [
      ['30 agents voice, sms and mms, cloud', ['Estimate: 30 agents']],
      ['And what does MMS alone add?', ['MMS'], ['nothing changed']],
    ],
  },
  // "What can you help me with?": what the advisor does, then "That is outside what I know"
  {
    name: 'asking what the advisor can help with is not outside what it knows',
    steps: [
      ['hi', []],
      ['What can you help me with?', ['Here is what I can do'], ['outside what I know']],
    ],
  },
  // "60 agents, voice and email, on-premises. What's the cost?": the pros and cons table before the estimate
  {
    name: 'a whole scenario with its price asked gets the estimate without the deployment pros and cons',
    steps: [["60 agents, voice and email, on-premises. What's the cost?", ['Estimate: 60 agents'], ["The source's table"]]],
  },
  // "50 agen voice + email hybrid brp? trus setahun brp? biaya terbesar apa?": the largest cost never named
  {
    name: 'the largest costs asked beside a whole scenario follow its estimate',
    locale: 'id-ID',
    steps: [['50 agen voice + email hybrid brp? trus setahun brp? biaya terbesar apa?', ['Estimasi: 50 agen', 'Biaya terbesar 50 agen', 'Penyimpanan data: Rp 118.594.000 per bulan'], ['Menambah agen saat musim ramai']]],
  },
  // "Give me 70 agents … and tell me what you're leaving out": the second half dropped
  {
    name: 'what the estimate leaves out, asked beside a whole scenario, follows its estimate',
    steps: [["I'm the CFO. I've seen these calculators lowball everything. Give me 70 agents, voice, email and chat, cloud, and tell me what you're leaving out.", ['Estimate: 70 agents', 'It leaves out:']]],
  },
  // "0 agen voice cloud brp", then "yaudah 5 agen": the optional volumes question, no price
  {
    name: 'a price asked while the scenario is built comes as soon as it is whole',
    locale: 'id-ID',
    steps: [
      ['0 agen voice cloud brp', []],
      ['yaudah 5 agen', ['Estimasi: 5 agen, telepon, cloud'], ['Langkah terakhir, opsional']],
    ],
  },
  {
    name: 'hitung yang 40 dulu prices the usual head count at once',
    locale: 'id-ID',
    steps: [
      ['Kami perusahaan logistik, normalnya 40 agen tapi pas Lebaran & harbolnas bisa naik jadi 90 agen. Voice + WA. Gimana cara hitung biayanya?', []],
      ['hitung yang 40 dulu, cloud', ['Estimasi: 40 agen'], ['Langkah terakhir, opsional']],
    ],
  },
  // "phone is +1 (312) 555-0188 and tuesday afternoon works": "and tuesday afternoon" went to sales
  {
    name: 'the joining word before a time is not part of it',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ['talk to sales', []],
      ['Dana Park, dana@kestrel.io, Kestrel', []],
      ['phone is +1 (312) 555-0188 and tuesday afternoon works', ['tuesday afternoon'], ['and tuesday afternoon']],
    ],
  },
  // "cukup gak buat cloud voice + WA?": the question's "gak" removed voice, and cloud was lost
  {
    name: 'a yes-or-no question tag negates no channel',
    locale: 'id-ID',
    steps: [['budget kita 1,5 juta per agen per bulan, cukup gak buat cloud voice + WA? agennya 15', ['Estimasi: 15 agen, telepon dan media sosial, cloud', 'Anggaran Anda Rp 1.500.000 per agen per bulan']]],
  },
  // "What's the 5-year total?" at the deployment question: how the estimate is made, then "tell me your agents, channels
  // and deployment", two of which it had
  {
    name: 'a figure asked in the estimate form waits for the estimate, which brings it',
    steps: [
      ['50 agents, voice and sms', []],
      ["What's the 5-year total?", ['as soon as it is priced', 'Where should it run'], ['tell me your agents, channels and deployment', 'quantity times a unit price']],
      ['cloud', ['Estimate: 50 agents', 'Cheapest over 5 years'], ['Last, optional step']],
    ],
  },
  // "itu udh termasuk apa aja?" at the deployment question: taken for "compare all three", unanswered
  {
    name: 'what a price includes, asked before there is one, is what a licence covers',
    locale: 'id-ID',
    steps: [
      ['kak aku jualan online di shopee sama tiktok, chat dari WA, IG, tiktok banyak bgt. admin aku 5 org. kalo pake sistem contact center brp ya sebulan?', []],
      ['itu udh termasuk apa aja?', ['lisensi mencakup fitur-fitur pokok', 'Mau dijalankan di mana'], ['Kalau begitu saya hitung ketiganya']],
    ],
  },
  // "Are there compliance costs I should budget for?": the business costs beyond technology
  {
    name: 'compliance asked of in general is the article on regulations',
    steps: [
      ['50 agents voice and sms cloud', ['Estimate: 50 agents']],
      ['Are there compliance costs I should budget for?', ['My source names no specific regulation'], ['Beyond technology, the source names three groups']],
    ],
  },
  // "what's the biggest cost and what can I cut?": the largest costs listed twice in one reply
  {
    name: 'the largest costs are listed once when how to cut them is asked too',
    steps: [
      ['35 agents voice and web chat cloud', ['Estimate: 35 agents']],
      ["what's the biggest cost and what can I cut?", ['The largest costs of 35 agents', 'essentials tier']],
    ],
    once: 'The largest costs of',
  },
  // "kalo saya kasih nomor hp ke sales, aman gak?": the first privacy answer again, word for word
  {
    name: 'whether giving a phone number to sales is safe is what the number is used for',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['data percakapan saya disimpan gak? dipakai buat apa?', []],
      ['kalo saya kasih nomor hp ke sales, aman gak?', ['Email atau nomor telepon Anda hanya dipakai untuk satu hal']],
    ],
  },
  // "Energy retailer, 80 agents … Hybrid, roughly half and half": the 80 halved, then asked again
  {
    name: 'half and half beside a hybrid head count is the split, not a change of the head count',
    steps: [['Energy retailer, 80 agents. Voice, SMS and social. Hybrid, roughly half and half.', ['80 agents'], ['How many agents']]],
  },
  // "20 consultants normally, we double headcount over Christmas": the 20 lost and the head count asked
  {
    name: 'a head count doubled for a season is the usual head count with its peak',
    steps: [['Travel agency, 20 consultants normally, we double headcount over Christmas. Voice, email and web chat, cloud.', ['20 agents', '40'], ['How many agents']]],
  },
  // "and email was a typo, I meant SMS": voice dropped too
  {
    name: 'a channel said to be a typo for another is swapped for it, the rest kept',
    steps: [
      ['25 agents voice and email on-prem', ['Estimate: 25 agents']],
      ['and email was a typo, I meant SMS', ['Estimate: 25 agents, voice and SMS'], ['removed voice']],
    ],
  },
  // "swap Facebook for Instagram": voice and email dropped
  {
    name: 'two networks of the social channel swapped leave the channels as they are',
    steps: [
      ['25 agents voice, email and facebook, cloud', ['Estimate: 25 agents']],
      ['swap Facebook for Instagram', [], ['removed voice', 'removed email']],
    ],
  },
  // "2 lakh calls per month": two calls
  {
    name: 'lakh is a hundred thousand',
    steps: [['We handle 2 lakh calls per month, average 5 minutes. How many agents and what cost on cloud?', ['200,000 calls a month'], ['For 2 calls']]],
  },
  // "how are you going?": "That is outside what I know"
  {
    name: 'how are you going is asking after the advisor',
    steps: [
      ['hiya', []],
      ['how are you going?', ['I am well'], ['outside what I know']],
    ],
  },
  // "Can I get each line on a yearly basis?": the monthly lines again
  {
    name: 'each line a year is the lines times twelve with the one-time costs apart',
    steps: [
      ['35 agents voice and email on-prem', ['Estimate: 35 agents']],
      ['Can I get each line on a yearly basis?', ['a year (twelve months', 'Data storage: $73,500', 'Paid once, not every year', 'Together: $135,780 a year']],
    ],
  },
  // "Tolong hitung keduanya." after "Cloud atau on-premise?": a hybrid estimate
  {
    name: 'both priced is the comparison, not hybrid',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon, SMS, live chat', []],
      ['Tolong hitung keduanya.', ['Paling murah selama 3 tahun'], ['Estimasi: 30 agen, telepon, SMS, dan live chat, hibrida']],
    ],
  },
  // "Studio game … cloud. Budget kami 50 jt sebulan, cukup gak?": the business costs article before the estimate
  {
    name: 'a budget weighed against a whole scenario brings no unrelated article',
    locale: 'id-ID',
    steps: [['Studio game, support 12 agen, email + web chat + social, cloud. Budget kami 50 jt sebulan, cukup gak?', ['Estimasi: 12 agen', 'Anggaran'], ['Di luar teknologi, sumber menyebut tiga kelompok']]],
  },
  // "eh gk jadi deh, nanti aja" in the sales form, then the next estimate offered sales again
  {
    name: 'a sales form called off is not offered again on the next estimate',
    locale: 'id-ID',
    steps: [
      ['saya mau dihubungi sales', []],
      ['Hubungi saya saja', ['nama']],
      ['eh gk jadi deh, nanti aja', ['Dibatalkan']],
      ['biaya 5 agen WA cloud brp?', ['Estimasi: 5 agen'], ['Ingin tim sales menindaklanjuti']],
    ],
  },
];

describe('thirty-third round (2026-12-05, twenty-fifth session)', () => {
  it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    h = await createHarness('test', c.locale ?? 'en-US');
    for (const [input, expected, absent = []] of c.steps) {
      const reply = (await h.say(input)).join('\n');
      for (const e of expected) {
        if (typeof e === 'string') expect(reply, `${input} → ${e}`).toContain(e);
        else expect(reply, `${input} → ${e}`).toMatch(e);
      }
      for (const a of absent) {
        if (typeof a === 'string') expect(reply, `${input} ↛ ${a}`).not.toContain(a);
        else expect(reply, `${input} ↛ ${a}`).not.toMatch(a);
      }
      // (a text that must come exactly once in the last reply)
      if (c.once && input === c.steps.at(-1)![0]) expect(reply.split(c.once).length - 1, `${input}: "${c.once}" once`).toBe(1);
    }
  });
});
