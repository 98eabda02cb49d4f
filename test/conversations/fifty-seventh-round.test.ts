/**
 * What the forty-ninth session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
 * never saw the code, the corpora or the tests, and the leftovers of the rounds before), as whole conversations through
 * the real dialogs, NLU, cost engine and knowledge base. The comment on each says what it used to do.
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
  // "Kenapa angkanya ada rentang?" (and "kok angkanya ada rendah dan tinggi?"): the whole estimate shown again (a guard:
  // these turns passed on the start's code; the visitor's failure came later in a longer conversation, not reproduced here)
  {
    name: 'why the numbers come as a range, asked with the numbers named, is answered',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan WA, cloud', ['Estimasi: 20 agen']],
      ['Kenapa angkanya ada rentang?', ['bukan penawaran resmi'], ['Rincian (nilai tipikal']],
      ['kok angkanya ada rendah dan tinggi?', ['bukan penawaran resmi'], ['Rincian (nilai tipikal']],
    ],
  },
  // "budget is 100 dollars per agent a month, enough?": held against the whole center's $7,125 a month
  {
    name: 'a budget per agent is held against the cost per agent',
    steps: [
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['budget is 100 dollars per agent a month, enough?', ['$100 per agent a month', 'does not cover one agent'], ['$7,125']],
    ],
  },
  // "our target is max $300 per agent per month, doable?" before any scenario: "covers about 1 agents"
  {
    name: 'a budget per agent said first is kept for the estimate',
    steps: [
      ['our target is max $300 per agent per month, doable?', ['$300 per agent a month', 'How many agents'], ['1 agents']],
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents', 'Your budget is $300 per agent a month']],
    ],
  },
  // "target max 1,5 jt per agen per bulan, bisa gak?": read as a question about workforce management
  {
    name: 'a target per agent in rupiah is a budget per agent',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan WA, cloud', ['Estimasi: 20 agen']],
      ['target max 1,5 jt per agen per bulan, bisa gak?', ['Rp 1.500.000 per agen per bulan', 'belum cukup untuk satu agen']],
    ],
  },
  // "in-app chat, email, and instagram DMs, zero phone": voice priced
  {
    name: 'zero phone leaves voice out',
    steps: [['We run a dating app, 150 support agents. in-app chat, email, and instagram DMs, zero phone', ['added social media, email and web chat'], ['voice']]],
  },
  // "phone repair shops, 14 agents across our stores": "added voice", the channel question skipped
  {
    name: 'phones repaired in a shop are no voice channel',
    steps: [['phone repair shops, 14 agents across our stores', ['Which channels do you need'], ['added voice', 'Where should it run']]],
  },
  // "Great, that's all for now" at the deployment question: all three deployments priced side by side
  {
    name: 'that is all for now, in the estimate form, is a goodbye',
    steps: [
      ['4 staff take calls and text messages from boat owners', ['Where should it run']],
      ["Great, that's all for now", ['Goodbye'], ['Estimate:', 'side by side']],
    ],
  },
  // "what drives the upfront cost for on-prem so high?" under a cloud estimate: the setup-costs article and what moves the
  // cloud's total; "And hybrid, where would that land?" then repeated it word for word
  {
    name: 'what drives another deployment’s up-front cost is its one-time lines',
    steps: [
      ['180 agents, phone, email and web chat, cloud', ['Estimate: 180 agents']],
      ['what drives the upfront cost for on-prem so high?', ['Platform licence (perpetual, on-premises)', 'Servers (on-premises)'], ['What moves the total for']],
      ['And hybrid, where would that land?', ['The same scenario hybrid', '$196,000 one-time'], ['On-premises means buying']],
    ],
  },
  {
    name: 'what another deployment’s up-front cost is made of, in Indonesian, is its one-time lines',
    locale: 'id-ID',
    steps: [
      ['50 agen, telepon dan email, cloud', ['Estimasi: 50 agen']],
      ['biaya awal on-prem isinya apa aja?', ['Lisensi platform (permanen, on-premise)', 'Server (on-premise)']],
    ],
  },
  // "can you price both the 60 and the 140 scenario?" at the optional volumes step: 60 alone priced
  {
    name: 'two head counts to price, asked at the volumes step, are priced side by side',
    steps: [
      ['60 agents, voice, sms, web chat, email', ['Where should it run']],
      ['cloud', ['optional step']],
      ['can you price both the 60 and the 140 scenario?', ['Estimate: 60 agents', 'at each head count you named', '140']],
    ],
  },
  // "is there any point in a contact center platform for 1 person?" at the deployment question: the question ignored
  {
    name: 'whether a platform has any point for one person is answered in the form',
    steps: [
      ['1 agent, phone and email', ['Where should it run']],
      ['is there any point in a contact center platform for 1 person?', ['a full contact center platform is often more than you need', 'Where should it run']],
    ],
  },
  // "kalo 1 agen bisa gak pake contact center, atau kemahalan?" under a 1-agent estimate: its biggest lines and what moves
  // the total
  {
    name: 'whether a platform is too dear for one agent, with the estimate on screen, is the advice with its figure',
    locale: 'id-ID',
    steps: [
      ['1 agen buat jawab WA, cloud', ['Estimasi: 1 agen']],
      ['kalo 1 agen bisa gak pake contact center, atau kemahalan?', ['platform pusat kontak lengkap sering berlebihan', 'per agen per bulan'], ['Biaya terbesar']],
    ],
  },
  // "What does whatsapp add to that?" with social media priced: "That is already your scenario … nothing changed"
  {
    name: 'what a channel already priced adds is its line',
    steps: [
      ['6 agents, phone, email and whatsapp, cloud', ['Estimate: 6 agents']],
      ['What does whatsapp add to that?', ['Social media channel', '$180 a month'], ['nothing changed']],
    ],
  },
  // "roughly how much per month for 3 people" with 3 agents on screen: "nothing changed"
  {
    name: 'a price asked without a question mark for the head count on screen is the month',
    steps: [
      ['3 agents, phone and facebook messages, cloud', ['Estimate: 3 agents']],
      ['roughly how much per month for 3 people', ['For 3 agents', 'a month'], ['nothing changed']],
    ],
  },
  // "Can you redo the estimate with that volume" right after the volume was priced: how to change the estimate
  {
    name: 'the estimate asked again with what was just said is the estimate as it stands',
    steps: [
      ['250 agents, voice, SMS and email, on-prem', ['Estimate: 250 agents']],
      ['we do like 400,000 min/month', ['400,000']],
      ['Can you redo the estimate with that volume', ['Estimate: 250 agents'], ['Just say it in plain words']],
    ],
  },
  // "phone and email and whatsapp, we're open to whatever deployment is cheapest": the deployment asked again
  {
    name: 'a deployment left to the price is priced all three ways',
    steps: [
      ['we are a print shop chain, 10 people on customer service', ['Which channels']],
      ["phone and email and whatsapp, we're open to whatever deployment is cheapest", ['price all three side by side'], ['Where should it run']],
    ],
  },
  // "ok and give me the estimate for whichever is cheaper": "I am not sure what you mean"
  {
    name: 'the estimate of whichever deployment is cheaper is that estimate',
    steps: [
      ['10 agents, phone and email, cloud', ['Estimate: 10 agents']],
      ['ok and give me the estimate for whichever is cheaper', ['The cheapest over 3 years', 'Estimate: 10 agents'], ['not sure what you mean']],
    ],
  },
  // "What would migration cost roughly?" at the optional volumes step: the estimate, then "I am not sure what you mean"
  {
    name: 'migration costs asked at the volumes step are answered under the estimate',
    steps: [
      ['600 agents, email, web chat and social', ['Where should it run']],
      ['cloud', ['optional step']],
      ['What would migration cost roughly?', ['Estimate: 600 agents', 'no line for implementation or migration'], ['not sure what you mean']],
    ],
  },
  // "Please compare on-prem, cloud and hybrid over 5 years" at the deployment question: the optional volumes question
  {
    name: 'a comparison asked for in so many words in the form comes at once',
    steps: [
      ['600 agents, email, web chat and social', ['Where should it run']],
      ['Please compare on-prem, cloud and hybrid over 5 years', ['price all three side by side', 'over 5 years'], ['optional step']],
    ],
  },
  // "can you give me both" after "cloud or hybrid, not sure": the comparison, then "I am not sure what you mean"
  {
    name: 'both asked for at the volumes step is the comparison alone',
    steps: [
      ['18 agents, voice, sms and web chat', ['Where should it run']],
      ['cloud or hybrid, not sure', ['price all three side by side']],
      ['can you give me both', ['over 3 years'], ['not sure what you mean']],
    ],
  },
  // "ok and whats the upfront for hybrid" under the sales offer: a yes, and the scenario switched to hybrid
  {
    name: 'a question behind ok-and under the sales offer is no yes',
    steps: [
      ['18 agents, voice, sms and web chat, cloud', ['Estimate: 18 agents']],
      ['ok and whats the upfront for hybrid', ['The same scenario hybrid', 'one-time'], ['Updated: deployment', 'What is your name']],
    ],
  },
  // "which one is better for 24/7 ops", "which deployment is more reliable?": the comparison again; how accurate the estimate is
  {
    name: 'which deployment is more reliable is the uptime answer',
    steps: [
      ['18 agents, voice, sms and web chat, cloud', ['Estimate: 18 agents']],
      ['which one is better for 24/7 ops', ['single point of failure'], ['Cheapest over']],
      ['which deployment is more reliable?', ['single point of failure'], ['accurate']],
    ],
  },
  // "hmm cloud looks cheaper, why?" under on-premises: cloud's figures again, with no reason
  {
    name: 'why another deployment looks cheaper is where the gap comes from',
    steps: [
      ['22 agents, phone, sms, whatsapp, on premise', ['Estimate: 22 agents']],
      ['hmm cloud looks cheaper, why?', ['Where the difference comes from', 'In-house IT staff'], ['Say "switch to cloud"']],
    ],
  },
  // "voice is 90% of it, plus sms and a bit of email" at the channel question: "I cannot change it by a share"
  {
    name: 'a channel’s share of the contacts beside the channels is the mix',
    steps: [
      ['1000 agents, roadside assistance', ['Which channels']],
      ['voice is 90% of it, plus sms and a bit of email', ['Where should it run'], ['by a share']],
    ],
  },
  // "Can you break down the on-prem estimate item by item?" at the volumes step, all three to be compared: the cloud's
  // estimate alone; "what about maintenance/support costs on prem per year?": on-premises' summary
  {
    name: 'another deployment broken down at the volumes step, and its maintenance a year',
    steps: [
      ['50 agents, phone, email, web chat', ['Where should it run']],
      ['Management wants numbers for on-prem vs cloud vs hybrid', ['price all three side by side']],
      ['Can you break down the on-prem estimate item by item?', ['Estimate: 50 agents, voice, email and web chat, on-premises', 'Servers (on-premises)']],
      ['what about maintenance/support costs on prem per year?', ['Software maintenance (on-premises)', 'a year'], ['The same scenario on-premises: about']],
    ],
  },
  // "what about redundancy, is that included in the estimate?": the answer, then "Which line do you mean?"
  {
    name: 'whether redundancy is included is answered without asking which line',
    steps: [
      ['90 agents, voice, sms and email, on premises', ['Estimate: 90 agents']],
      ['what about redundancy, is that included in the estimate?', ['redundant pairs'], ['Which line do you mean']],
    ],
  },
  // "eh ternyata cs nya 6 ya, ada 2 org baru": agents 4 → 2
  {
    name: 'the new people said beside the team’s new size leave the size as the head count',
    locale: 'id-ID',
    steps: [
      ['cs 4 org, instagram, whatsapp, web chat, cloud', ['Estimasi: 4 agen']],
      ['eh ternyata cs nya 6 ya, ada 2 org baru', ['Estimasi: 6 agen'], ['Estimasi: 2 agen']],
    ],
  },
  // "ok whatsapp aja deh sama telpon" after Telegram was asked about: "Saluran media sosial (WhatsApp, Telegram)"
  {
    name: 'networks said as the only ones replace those named before',
    locale: 'id-ID',
    steps: [
      ['cs 12 org, semua lewat whatsapp & telegram', ['Mau dijalankan di mana']],
      ['ok whatsapp aja deh sama telpon', ['telepon']],
      ['cloud', ['Langkah terakhir']],
      ['brp sebulan', ['Saluran media sosial (WhatsApp)'], ['Telegram']],
    ],
  },
  // "Ok, bisa tolong jadwalkan dengan sales?": what workforce management does, for its "jadwal"
  {
    name: 'a meeting with sales to schedule is the sales request',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon, hybrid', ['Estimasi: 40 agen']],
      ['Ok, bisa tolong jadwalkan dengan sales?', ['Siapa nama Anda'], ['WFM']],
    ],
  },
  // "wkwk mahal jg. ok deh" under the sales offer: "Saya belum menangkap maksud Anda"
  {
    name: 'a remark closed with ok then acknowledges',
    locale: 'id-ID',
    steps: [
      ['3 agen, ig wa email, cloud', ['Estimasi: 3 agen']],
      ['wkwk mahal jg. ok deh', ['Baik'], ['belum menangkap']],
    ],
  },
  // "lalu biaya maintenance per tahunnya brp kira2": the maintenance lines a month
  {
    name: 'a line asked per year with -nya is the line’s year',
    locale: 'id-ID',
    steps: [
      ['20 agen, email dan telepon, on-premise', ['Estimasi: 20 agen']],
      ['lalu biaya maintenance per tahunnya brp kira2', ['per tahun**']],
    ],
  },
  // "kalau voice nya volume tinggi, biaya per menitnya brp?" at the volumes step: the channels cut to voice alone
  {
    name: 'a channel’s price asked at the volumes step keeps the channels',
    locale: 'id-ID',
    steps: [
      ['15 agen, voice wajib, whatsapp wajib, sms buat notif gangguan', ['Mau dijalankan di mana']],
      ['cloud', ['Langkah terakhir']],
      ['kalau voice nya volume tinggi, biaya per menitnya brp?', ['per menit', 'Langkah terakhir']],
      ['pakai volume tipikal', ['telepon, SMS, dan media sosial']],
    ],
  },
  // "Hi, kami startup SaaS HR, support team 12 org": cloud recorded, the deployment question skipped
  {
    name: 'SaaS as what the business sells is no deployment',
    locale: 'id-ID',
    steps: [
      ['Hi, kami startup SaaS HR, support team 12 org', ['Saluran apa saja'], ['cloud']],
      ['channel: web chat, email, whatsapp. gak butuh telpon', ['Mau dijalankan di mana']],
    ],
  },
  // "kalau hybrid gimana cara kerjanya" at the deployment question: hybrid chosen, the question ignored
  {
    name: 'how a deployment works, asked in the form, is what it is',
    locale: 'id-ID',
    steps: [
      ['12 orang, telepon, whatsapp, email, web chat', ['Mau dijalankan di mana']],
      ['kalau hybrid gimana cara kerjanya', ['hibrida', 'Mau dijalankan di mana'], ['Langkah terakhir']],
    ],
  },
  // "lebih bagus hybrid atau cloud ya buat kami?" at the deployment question: the general table, and the question again
  {
    name: 'which deployment suits them, asked in the form, brings the comparison',
    locale: 'id-ID',
    steps: [
      ['sekitar 7 agen, email sama web chat, mungkin telpon jg', ['Mau dijalankan di mana']],
      ['lebih bagus hybrid atau cloud ya buat kami?', ['ketiganya berdampingan', '7 agen selama 3 tahun']],
    ],
  },
  // "24 jam ngaruh ke harga gak?" at the volumes step: "Itu di luar yang saya ketahui", then the round-the-clock answer
  {
    name: 'whether round-the-clock hours change the price is no question out of scope',
    locale: 'id-ID',
    steps: [
      ['agen 9, shift, telpon aja', ['Mau dijalankan di mana']],
      ['cloud', ['Langkah terakhir']],
      ['24 jam ngaruh ke harga gak?', ['Buka 24/7 tidak mengubah biaya per agen'], ['di luar yang saya ketahui']],
    ],
  },
  // "tolong hitung utk 5 agen dan utk 30 agen": 30 alone priced
  {
    name: 'two head counts each with its own preposition are both priced',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['tolong hitung utk 5 agen dan utk 30 agen', ['Estimasi: 5 agen', '30']],
    ],
  },
  // "mana yg TCO nya paling rendah?": a general answer, the volumes question again
  {
    name: 'which has the lowest total cost is the comparison',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['mana yg TCO nya paling rendah?', ['Paling murah selama 3 tahun']],
    ],
  },
  // "data klien sensitif, mending on prem?": what on-premises is, the data never weighed
  {
    name: 'a deployment weighed for sensitive client data is the security answer',
    locale: 'id-ID',
    steps: [
      ['2 agen, telepon dan email, cloud', ['Estimasi: 2 agen']],
      ['data klien sensitif, mending on prem?', ['aman']],
    ],
  },
  // "Apa saja komponen biaya hybrid?": its three largest lines and what moves its total
  {
    name: 'what a deployment’s cost is made of is its estimate line by line',
    locale: 'id-ID',
    steps: [
      ['25 agen, telepon, on premise', ['Estimasi: 25 agen']],
      ['Apa saja komponen biaya hybrid?', ['Skenario yang sama untuk hibrida, per baris']],
    ],
  },
  // "apakah hybrid bisa jadi solusi klo internet putus?": how cloud and on-premises fare, nothing of hybrid
  {
    name: 'the outage answer asked of hybrid says how hybrid fares',
    locale: 'id-ID',
    steps: [
      ['25 agen, telepon, on premise', ['Estimasi: 25 agen']],
      ['apakah hybrid bisa jadi solusi klo internet putus?', ['Hibrida bisa meredam gangguan internet']],
    ],
  },
  // "Cloud seems right for seasonality but tell me": cloud taken, the volumes question, the advice never given
  {
    name: 'a deployment chosen with a check asked answers the check',
    steps: [
      ['500 agents, voice, email, web chat, sms', ['Where should it run']],
      ['Cloud seems right for seasonality but tell me', ['seats can usually be added or removed', 'optional step']],
    ],
  },
  // "Does the estimate include the dialler software?": whether anything is free
  {
    name: 'whether the estimate includes a thing with no line of its own is what it covers and leaves out',
    steps: [
      ['30 agents, voice, sms and facebook, cloud', ['Estimate: 30 agents']],
      ['Does the estimate include the dialler software?', ['covers these lines', 'It leaves out'], ['no free contact center platform']],
    ],
  },
  // "on premise, we have bad internet out here in the country so cloud scares me" at the deployment question: the
  // drawbacks of cloud, and the question again
  {
    name: 'a deployment said first, then the reason, is the answer',
    steps: [
      ['12 agents, voice and sms', ['Where should it run']],
      ['on premise, we have bad internet out here in the country so cloud scares me', ['optional step'], ['Where should it run']],
    ],
  },
  // "tiktok possible?" at the deployment question, the channels chosen: "Noted: removed voice and email"
  {
    name: 'a network asked about is added to the channels, never the only one',
    steps: [
      ['hiii we are a skincare and cosmetics brand, 35 ppl in customer care', ['Which channels']],
      ['insta dms, tiktok, whatsapp, facebook, email. phone rarely', ['Where should it run']],
      ['tiktok possible?', ['I priced TikTok as the social media channel', 'Where should it run'], ['removed']],
    ],
  },
  // "hi, kami software house, punya tim IT support 15 org buat klien2 kami": the agents asked again and again
  {
    name: 'an IT support team counted is the agents',
    locale: 'id-ID',
    steps: [['hi, kami software house, punya tim IT support 15 org buat klien2 kami', ['Saluran apa saja'], ['Berapa jumlah agen']]],
  },
  // "selisihnya brp sama yg tanpa WA?" right after WhatsApp was added: WhatsApp removed from the scenario
  {
    name: 'the difference without a channel is that channel’s line, the scenario kept',
    locale: 'id-ID',
    steps: [
      ['12 CS, channel email, telepon, sama web chat, cloud', ['Estimasi: 12 agen']],
      ['eh kami mau tambah WhatsApp juga deh, hitung ulang ya', ['media sosial']],
      ['selisihnya brp sama yg tanpa WA?', ['Saluran media sosial', 'per bulan'], ['dihapus']],
    ],
  },
  // "What's your name btw, are you a bot?" under an estimate: the AI line
  {
    name: 'whether the advisor is a bot, under an estimate, is answered',
    steps: [
      ['10 agents, voice, cloud', ['Estimate: 10 agents']],
      ["What's your name btw, are you a bot?", ['automated advisor'], ['AI features']],
    ],
  },
  // "nama usahanya CV Atap Jaya Kanopi, hp 081377712345" at the company question: the number kept in the company's name,
  // the phone asked again, and the lead sent with no phone
  {
    name: 'a phone number after the company’s name is the phone',
    locale: 'id-ID',
    steps: [
      ['5 agen telepon cloud', ['Estimasi: 5 agen']],
      ['hubungi sales', ['Siapa nama Anda']],
      ['Dewi Lestari', ['email']],
      ['dewi.kanopi@gmail.com', ['perusahaan']],
      ['nama usahanya CV Atap Jaya Kanopi, hp 081377712345', ['perusahaan CV Atap Jaya Kanopi, telepon 081377712345'], ['nomor telepon Anda']],
    ],
  },
  // "60 coordinators scheduling nurse visits": workforce management added; "Leaning hybrid because we already own some
  // Avaya phone gear.": the channels cut to voice
  {
    name: 'scheduling visits is no WFM, and phone gear owned names no channel',
    steps: [
      ["Good morning. We're a home healthcare agency with about 60 coordinators scheduling nurse visits.", ['Which channels'], ['workforce management']],
      ['We need phone, SMS for visit reminders and web chat on our site for families.', ['Where should it run']],
      ['Leaning hybrid because we already own some Avaya phone gear.', ['optional step']],
      ['use typical volumes', ['Estimate: 60 agents, voice, SMS and web chat, hybrid']],
    ],
  },
  // "…, mornings PST, yes consent given" in one line at the name question: the consent asked again
  {
    name: 'consent given in the all-in-one contact line is consent',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['talk to sales', ['What is your name?']],
      ['Priya Natarajan, priya.n@swiftpay.io, SwiftPay, +1 415 555 0142, mornings PST, yes consent given', ['CCA-'], ['Yes or no?']],
    ],
  },
  // "Which option has the highest upfront cost?": "Lowest up front: cloud"
  {
    name: 'the highest up-front cost asked names the highest',
    steps: [
      ['40 agents, voice and email, cloud', ['Estimate: 40 agents']],
      ['Which option has the highest upfront cost?', ['Highest up front: on-premises'], ['Lowest up front']],
    ],
  },
  // "how much would it be on prem" with on-premises the scenario's: its figure per agent, the one-time cost left out
  {
    name: 'how much the scenario’s own deployment comes to is the month, the year and the one-time cost',
    steps: [
      ['20 agents, voice, on prem', ['Estimate: 20 agents']],
      ['how much would it be on prem', ['a month', 'one-time']],
    ],
  },
  // "pagi, kami pabrik plastik kemasan, CS sales 20 orang": the sales form
  {
    name: 'the visitor’s own sales people counted are no request for sales',
    locale: 'id-ID',
    steps: [['pagi, kami pabrik plastik kemasan, CS sales 20 orang', ['Saluran apa saja'], ['Siapa nama Anda']]],
  },
  // "kalo cloud, ada risiko vendor lock-in gak?": cloud's cost per agent a month
  {
    name: 'lock-in asked is the lock-in answer',
    locale: 'id-ID',
    steps: [
      ['5 agen, telepon dan wa, cloud', ['Estimasi: 5 agen']],
      ['kalo cloud, ada risiko vendor lock-in gak?', ['vendor'], ['per agen per bulan']],
    ],
  },
  // "yg paling murah apa ya? ga ngerti IT saya" at the deployment question: the simplest to run, no figures
  {
    name: 'the cheapest asked by a visitor new to IT is the comparison',
    locale: 'id-ID',
    steps: [
      ['5 agen, telepon dan wa', ['Mau dijalankan di mana']],
      ['yg paling murah apa ya? ga ngerti IT saya', ['Paling murah selama 3 tahun']],
    ],
  },
];

describe('fifty-seventh round (2026-12-07, forty-ninth session)', () => {
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
