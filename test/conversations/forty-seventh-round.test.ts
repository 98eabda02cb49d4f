/**
 * What the thirty-ninth session (2026-12-06) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "we're 40 agents now … plan to grow to 80 in 3 yrs": 80 agents priced from today
  {
    name: 'a head count grown to by a year, said with "yrs", after today\'s',
    steps: [
      ["we're 40 agents now, voice and email, cloud, and plan to grow to 80 in 3 yrs", ['Estimate: 40 agents'], ['Estimate: 80 agents']],
      ["what's the 3 year total then?", ['40 → 40 → 80 agents']],
    ],
  },
  // "honestly I'm worried about a cloud vendor holding our call recordings. what are the risks?" at the deployment
  // question: cloud chosen and the volumes asked
  {
    name: 'a deployment named as a worry is not chosen',
    steps: [
      ['We run a managed security (SOC) company and want a customer-facing support line. 12 analysts answering phones and email.', ['agents: 12']],
      ["honestly I'm worried about a cloud vendor holding our call recordings. what are the risks?", ['Where should it run'], ['optional step']],
      ['ok understood. price on-prem for us', ['Estimate: 12 agents, voice and email, on-premises']],
    ],
  },
  // "ok understood. price on-prem for us" under a cloud estimate (a guard: this one passed at the session's start; the
  // message failed at the optional volumes question, in the row above, where it was "OK")
  {
    name: 'an order to price one deployment after an acknowledgement',
    steps: [
      ['12 agents, voice and email, cloud', ['Estimate: 12 agents']],
      ['ok understood. price on-prem for us', ['Updated: deployment cloud → on-premises'], ['Anything else']],
    ],
  },
  // "Why is hybrid so expensive in your comparison?" at the optional volumes question: the comparison and no answer;
  // "why does hybrid cost more than both?" after it: the comparison again
  {
    name: 'why one deployment costs more, at the volumes question and after the comparison',
    steps: [
      ['55 agents, voice and email.', ['agents: 55']],
      // (since the fiftieth session, 2026-12-07, a view over years asked for comes at once, with typical volumes; it
      // was the optional volumes question first)
      ['Let us see a comparison of all three deployments over 5 years.', ['Cheapest over 5 years'], ['optional step']],
      ['Why is hybrid so expensive in your comparison?', ['hybrid comes to', 'Where the difference comes from']],
      ['why does hybrid cost more than both?', ['hybrid comes to', 'Where the difference comes from'], ['Cheapest over 5 years']],
    ],
  },
  // "how do I pay my electricity bill?": the article on cloud contact centers
  {
    name: 'paying for a thing that is not ours is off-topic',
    steps: [
      ['how do I pay my electricity bill?', ['outside'], ['third-party']],
    ],
  },
  {
    name: 'paying zakat is off-topic, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['cara bayar zakat fitrah gimana ya?', ['di luar'], ['pihak ketiga']],
    ],
  },
  // "just me and 1 part time person answering emails and the odd call": 1 agent
  {
    name: 'the visitor and one part-timer are two',
    steps: [
      ['hi! tiny coffee roastery w/ subscription boxes. just me and 1 part time person answering emails and the odd call', ['agents: 2'], ['agents: 1;']],
    ],
  },
  // "now what would 50 look like?" under the estimate: the same estimate again; "at 50?": not understood
  {
    name: 'a what-if led in by "now", and a head count alone asked',
    steps: [
      ['10 support agents on email and web chat, cloud', ['Estimate: 10 agents']],
      ['now what would 50 look like?', ['agents 10 → 50']],
      ['at 75?', ['agents 50 → 75']],
    ],
  },
  // "Mortgage lender, 42 loan officers … on the phones and email. We must record all calls …": "tell me its channels and
  // where it would run"
  {
    name: 'after a line priced alone, only the deployment is asked when the channels are known',
    steps: [
      ['Mortgage lender, 42 loan officers and support staff on the phones and email. We must record all calls and keep them 7 years for compliance.', ['tell me where it would run'], ['tell me its channels']],
    ],
  },
  // "and what's the difference per year between the two?" after the same scenario priced fully cloud: not understood
  {
    name: 'the difference between the scenario and the other deployment just priced',
    steps: [
      ['Hi, online casino operator based in Malta. Customer support 80 agents, 24/7, web chat, email and voice. Hybrid.', ['Estimate: 80 agents']],
      ['what is the monthly cost in euros? approx is ok', ['I cannot show "euros"', '$24,221 a month'], ['outside what I know']],
      ['Can we see what it would be fully cloud instead?', ['The same scenario cloud']],
      ["and what's the difference per year between the two?", ['$62,520 a year', 'Where the difference comes from'], ['not sure what you mean']],
    ],
  },
  // "yes that's all correct now" at the company question: stored as the company
  {
    name: 'a confirmation at the company question is no company',
    steps: [
      ['24 agents, voice, email and web chat, cloud.', ['Estimate: 24 agents']],
      ["I'd like to talk to sales.", ['What is your name?']],
      ['Priya Raman', ['email']],
      ['priya.raman@travelsure-ins.com', ['company']],
      ["yes that's all correct now", ['company name'], ['good time']],
    ],
  },
  // "oke noted, cukup dulu" under the switch offer: switched to hybrid; "hmm ok lah": not understood
  {
    name: 'enough for now, and an ok with a particle, are oks',
    locale: 'id-ID',
    steps: [
      ['20 agen, channel telepon, SMS, email. On-premise.', ['Estimasi: 20 agen']],
      ['kalau hybrid jadinya berapa?', ['Skenario yang sama dengan model hibrida']],
      ['oke noted, cukup dulu', ['Baik'], ['Perubahan: model penerapan']],
      ['hmm ok lah', [], ['belum menangkap maksud']],
    ],
  },
  // "Terima kasih, selamat malam" mid-conversation: "Halo!"
  {
    name: 'thanks with the time of day is a goodbye',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon dan email, cloud', ['Estimasi: 10 agen']],
      ['Terima kasih, selamat malam', ['Sampai jumpa'], ['Halo!']],
    ],
  },
  // "Oke itu cukup. Sekarang mulai lagi ya untuk klien kedua": not understood
  {
    name: 'starting again for a second client',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon dan email, cloud', ['Estimasi: 10 agen']],
      ['Oke itu cukup. Sekarang mulai lagi ya untuk klien kedua', ['Kita mulai lagi dari awal'], ['belum menangkap maksud']],
    ],
  },
  // "permisi, mau nanya harga aja ya, gak usah dihitungin dulu": not understood
  {
    name: 'only prices asked about, no estimate wanted yet',
    locale: 'id-ID',
    steps: [
      ['permisi, mau nanya harga aja ya, gak usah dihitungin dulu', [], ['belum menangkap maksud', 'Berapa agen']],
    ],
  },
  // "Halo kak, lagi iseng nih sambil nunggu meeting": off-topic
  {
    name: 'a greeting with small talk',
    locale: 'id-ID',
    steps: [
      ['Halo kak, lagi iseng nih sambil nunggu meeting', ['Halo'], ['di luar yang saya ketahui']],
    ],
  },
  // "Total 24 agen: 14 di Jakarta, 10 di Surabaya": 24 + 14 = 38 agents
  {
    name: 'a total said first, then its parts',
    locale: 'id-ID',
    steps: [
      ['Total 24 agen: 14 di Jakarta, 10 di Surabaya. Channel: telepon, email. Kami kepikiran hybrid karena dua lokasi.', ['14 + 10 = 24 agen', 'Estimasi: 24 agen'], ['24 + 14']],
    ],
  },
  // "aplikasi kencan (dating app) lokal … 7 orang": on-premises recorded
  {
    name: '"lokal" after a bracket describes the business',
    locale: 'id-ID',
    steps: [
      ['Hai, aku product lead di aplikasi kencan (dating app) lokal. Tim trust & safety + CS kita 7 orang.', ['Saluran apa saja'], ['on-premise']],
    ],
  },
  // "Eh bukan SMS, maksud saya WhatsApp. Maaf": voice dropped, SMS kept
  {
    name: 'one channel taken back for another, with an apology after it',
    locale: 'id-ID',
    steps: [
      ['Mau hitung biaya untuk 6 agen, telepon dan SMS, cloud', ['Estimasi: 6 agen, telepon dan SMS']],
      ['Eh bukan SMS, maksud saya WhatsApp. Maaf', ['telepon dan media sosial'], ['6 agen, SMS']],
    ],
  },
  // "Tahun depan rencananya 25 agen. Lebih hemat cloud atau hybrid untuk 2 tahun ke depan?": 25 from the first day
  {
    name: 'a head count for next year is growth',
    locale: 'id-ID',
    steps: [
      ['Sekarang 10 agen, telepon dan live chat di aplikasi, cloud.', ['Estimasi: 10 agen']],
      ['Tahun depan rencananya 25 agen. Lebih hemat cloud atau hybrid untuk 2 tahun ke depan?', ['Dari 10 menjadi 25 agen di tahun ke-2'], ['Perubahan: agen 10 → 25']],
    ],
  },
  // "aduh nomor HP nya typo, harusnya 081234567809": "aduh nomor HP nya" stored as the company
  {
    name: 'the words that say which detail is put right are no company',
    locale: 'id-ID',
    steps: [
      ['Kami perlu 7 agen telepon dan WA untuk layanan purna jual, cloud', ['Estimasi: 7 agen']],
      ['boleh sambungkan ke sales?', ['nama']],
      ['Rina Kartika, rina@voltmotor.id, 081234567890', ['perusahaan']],
      ['aduh nomor HP nya typo, harusnya 081234567809', ['081234567809', 'perusahaan'], ['aduh nomor HP nya']],
    ],
  },
  // "Halo, saya analis keuangan di sebuah online travel agent …": not understood
  {
    name: 'a financial analyst introduces the business',
    locale: 'id-ID',
    steps: [
      ['Halo, saya analis keuangan di sebuah online travel agent (tiket pesawat & hotel). Kami sedang menyusun business case.', ['salam kenal', 'agen'], ['belum menangkap maksud']],
    ],
  },
  // "brp biaya cs": how head counts are worked out from call volumes
  {
    name: 'what customer service costs, asked plainly',
    locale: 'id-ID',
    steps: [
      ['brp biaya cs', ['Sebagai gambaran', 'agen'], ['Erlang']],
    ],
  },
  // "oh gitu, trs gaji CS jakarta biasanya brp ya": that salaries are not in the estimate, word for word again
  {
    name: 'what agents are paid is no salary in the estimate',
    locale: 'id-ID',
    steps: [
      ['mau tau biaya cs 9 agen, telfon, wa, sama in-app chat.. cloud ya', ['Estimasi: 9 agen']],
      ['itu udh termasuk gaji agen blm?', ['belum termasuk']],
      ['oh gitu, trs gaji CS jakarta biasanya brp ya', ['tidak memuat angka gaji'], ['bukan agen Anda']],
    ],
  },
  {
    name: 'a typical salary asked in English',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ["what's a typical agent salary in Texas?", ['no salary or wage figures', 'salaries are $2,800 a month']],
    ],
  },
  // "What could we cut to get under that?" after the budget: the budget held against the estimate, word for word again
  {
    name: 'what to cut to fit the budget',
    steps: [
      ["We're a cosmetics e-commerce brand with 20 agents doing email, web chat and social. Cloud.", ['Estimate: 20 agents']],
      ['Our budget is $5,000 a month max. Does this fit?', ['Your budget is $5,000 a month']],
      ['What could we cut to get under that?', ['covers about', 'levers'], ['Your budget is $5,000 a month']],
    ],
  },
  // "We honestly have maybe $600 a month. Is that realistic …?": the estimate, the budget never mentioned
  {
    name: 'a budget said as money we have a month',
    steps: [
      ["Hi there, I'm the volunteer coordinator at a small charity, we do fundraising calls and SMS campaigns. Only 5 people.", ['agents: 5']],
      ['We honestly have maybe $600 a month. Is that realistic for voice and SMS in the cloud?', ['Estimate: 5 agents', 'Your budget is $600 a month']],
    ],
  },
  // "what if AI handles 30% of chats, could we go to 10 agents?": voice and SMS removed
  {
    name: 'the channel a bot takes a share of is named, not chosen',
    steps: [
      ["ok let's just get a price for 14 agents voice + web chat + sms, cloud", ['Estimate: 14 agents, voice, SMS and web chat']],
      ['what if AI handles 30% of chats, could we go to 10 agents?', ['agents 14 → 10'], ['removed voice']],
    ],
  },
  {
    name: 'how many agents a voicebot share saves, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['8 agen telepon dan whatsapp, cloud', ['Estimasi: 8 agen']],
      // (changed on purpose in the fortieth session: the head count the share leaves is worked out, with what the other
      // channel does to it, in place of the general article)
      ['Kalau 30% telepon ditangani voicebot, agennya bisa dikurangi jadi berapa?', ['sekitar 6 agen, bukan 8', 'saluran lain'], ['media sosial dihapus']],
    ],
  },
  // "we prefer onprem becoz client data security" at the deployment question: the security article and the question
  // again; "what is cost per agent per month in onprem?" there: how a seat is paid, and the question again
  {
    name: 'a deployment preferred for a reason is chosen, and its price per agent',
    steps: [
      ['we are having 60 agents, voice and email and chat support', ['Where should it run']],
      ['ok no problem, give in dollar. we prefer onprem becoz client data security', ['optional step'], ['Where should it run']],
      ['what is cost per agent per month in onprem?', ['Estimate: 60 agents, voice, email and web chat, on-premises', 'per agent per month']],
    ],
  },
  // "what if we also need to support 6 languages?": the estimate again
  {
    name: 'a question asking no price, read as the estimate itself, goes to the knowledge base',
    steps: [
      ['25 agents, email and web chat, cloud', ['Estimate: 25 agents']],
      ['what if we also need to support 6 languages?', ['language'], ['Line items']],
      ['What does your estimate include that their quote might not?', ['staffing'], ['first 12 months of']],
      ['and on-prem?', ['on-premises']],
    ],
  },
  // "Kalau on-premise apakah lebih tahan kalau internet mati?": on-premises priced
  {
    name: 'whether on-premises survives an internet outage',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon dan live chat, cloud', ['Estimasi: 10 agen']],
      ['Kalau on-premise apakah lebih tahan kalau internet mati?', ['internet'], ['Skenario yang sama dengan model on-premise']],
    ],
  },
  // "Hi, I'd just like to understand how pricing works generally." then "pros and cons of keeping it on-premises?": the
  // on-premises definition, then on-premises recorded with a platform already owned
  {
    name: 'how pricing works in general, and pros and cons that choose nothing',
    steps: [
      ["Good afternoon. I'm the practice manager at a law firm in Manchester, UK. Before giving you any numbers, I'd just like to understand how pricing works generally.", ['platform licence'], ['own and run all the hardware']],
      ['And what are the main pros and cons of keeping it on-premises?', ['drawbacks'], ['Noted so far: deployment']],
    ],
  },
  // (second round of the session) "Bisa hitung total biaya 3 tahun dengan pertumbuhan itu?" after the growth was priced
  // at the deployment question: the year at today's head count (the form had been left open)
  {
    name: 'the horizon total with the growth said in the form',
    locale: 'id-ID',
    steps: [
      ['Sekarang CS 20 orang, semuanya telepon dan WhatsApp.', ['agen: 20']],
      ['Target tahun depan 60 agen, tahun ketiga 100 agen. Pakai cloud.', ['20 → 60 → 100']],
      ['Bisa hitung total biaya 3 tahun dengan pertumbuhan itu?', ['Dengan pertumbuhan yang Anda sebutkan (20 → 60 → 100 agen)'], ['Estimasi: 20 agen']],
    ],
  },
  // "We're a specialty chemicals manufacturer … We need to price an on-premises contact center …": on-premises lost
  {
    name: 'the deployment named in an introduction is kept',
    steps: [
      ["We're a specialty chemicals manufacturer in Louisiana. We need to price an on-premises contact center for customer orders and a 24/7 emergency line.", ['How many agents'], ['Where should it run']],
      ['20 agents, voice only.', ['Estimate: 20 agents, voice, on-premises']],
    ],
  },
  // "Sudah dapat hasilnya, terima kasih. Saya mau dihubungi sales.": "I cannot send email from here"
  {
    name: 'a request to be contacted by sales after thanks for the result',
    locale: 'id-ID',
    steps: [
      ['Kami mau hitung biaya contact center: 12 agen, live chat, email, dan telepon. Cloud.', ['Estimasi: 12 agen']],
      ['Sudah dapat hasilnya, terima kasih. Saya mau dihubungi sales.', ['nama'], ['tidak bisa mengirim email']],
    ],
  },
  // "12 agents for our premium members", "laundry premium": the premium tier priced
  {
    name: 'premium customers are no premium tier',
    steps: [
      ['hello sir, we are matrimonial website based in Jaipur. we want to setup support team for premium members', []],
      ['40 agent, whatsapp + voice + webchat. cloud.', ['Platform licence (subscription)*: $5,000 ($2,000–$8,000)'], ['$8,000 ($5,000–$8,000)']],
    ],
  },
  // "yes that's all correct, submit" at the company question: stored as the company
  {
    name: 'a confirmation with "submit" at the company question',
    steps: [
      ['24 agents, voice, email and web chat, cloud.', ['Estimate: 24 agents']],
      ["I'd like to talk to sales.", ['What is your name?']],
      ['Rachel Whitfield', ['email']],
      ['rachel@example-park.com', ['company']],
      ["yes that's all correct, submit", ['company name'], ['good time']],
    ],
  },
  // "Can you show it in euros?": "(Indonesian visitors also get rupiah)"
  {
    name: 'another currency turned down without a word on rupiah',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ['Can you show it in euros?', ['I cannot show "euros"'], ['rupiah']],
    ],
  },
  // "what about voice AI / IVR, is that extra?": voice made the only channel, AI added
  {
    name: 'whether a voice bot costs extra is asked, not ordered',
    steps: [
      ['15 agents, social media, email and web chat, cloud', ['Estimate: 15 agents']],
      ['what about voice AI / IVR, is that extra?', ['AI'], ['Updated:', 'removed social media']],
    ],
  },
  // "Cloud, volume tipikal aja" at the deployment question: the volumes asked next
  {
    name: 'typical volumes chosen with the deployment',
    locale: 'id-ID',
    steps: [
      ['8 agen, telepon dan email', ['Mau dijalankan di mana']],
      ['Cloud, volume tipikal aja', ['Estimasi: 8 agen'], ['Langkah terakhir']],
    ],
  },
  // "yaudah lah, males" under the sales offer: the sales form opened
  {
    name: 'giving up is no yes to the sales offer',
    locale: 'id-ID',
    steps: [
      ['8 agen, telepon dan email, cloud', ['Estimasi: 8 agen']],
      ['yaudah lah, males', [], ['Siapa nama Anda']],
    ],
  },
  // "kalo harga vendor naik 15% tahun depan, jadi brp per bulannya?": the year and the horizon, the month never said
  {
    name: 'the month after a price rise',
    locale: 'id-ID',
    steps: [
      ['cs kita 3 orang, wa sama email. cloud', ['Estimasi: 3 agen']],
      ['terus kalo harga vendor naik 15% tahun depan, jadi brp per bulannya?', ['biaya per bulan jadi sekitar']],
    ],
  },
  // "Kenapa biaya on-premise segini? Komponen terbesarnya apa?": the estimate again
  {
    name: 'the largest component asked with a why',
    locale: 'id-ID',
    steps: [
      ['Kami mau buat hotline: 8 agen, telepon dan SMS, on-premise.', ['Estimasi: 8 agen']],
      ['Kenapa biaya on-premise segini? Komponen terbesarnya apa?', ['Biaya terbesar'], ['Rincian (nilai tipikal']],
    ],
  },
  // "Berapa konselor yang bisa kami dapat dengan dana tersebut, cloud?" after the budget: uptime
  {
    name: 'how many counsellors a budget buys',
    locale: 'id-ID',
    steps: [
      ['Dana kami terbatas, paling banyak 10 juta per bulan. Kami butuh konselor yang bisa menerima telepon dan WhatsApp.', ['cukup untuk sekitar']],
      ['Berapa konselor yang bisa kami dapat dengan dana tersebut, cloud?', ['cukup untuk sekitar **2 agen**']],
    ],
  },
  // "kalau tiktok bisa juga gak?" with social media priced: "that is already your scenario", TikTok never named
  {
    name: 'a network priced as social media, named where social media is priced already',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan instagram, cloud', ['Estimasi: 10 agen']],
      // (the forty-first session says the network is inside the social line, at no extra cost, in place of the note)
      ['kalau tiktok bisa juga gak?', ['TikTok sudah termasuk dalam baris media sosial']],
    ],
  },
  // "kalo email ada biaya tambahan gak": email made the only channel (twice, in both rounds); before any estimate, the
  // article on the business costs beyond technology
  {
    name: 'whether email costs extra, before and after the estimate',
    locale: 'id-ID',
    steps: [
      ['terus email ada biaya tambahan gak?', ['Sumber tidak memberi harga terpisah untuk email']],
      ['10 agen telepon dan email, cloud', ['Estimasi: 10 agen']],
      ['kalo email ada biaya tambahan gak', ['sudah termasuk dalam lisensi platform'], ['Perubahan:']],
    ],
  },
  // "price 2 custom integrations then": the article on integrations again
  {
    name: 'integrations to price, counted',
    steps: [
      ['We have 45 agents, voice and SMS. cloud', ['Estimate: 45 agents']],
      ['We use Salesforce as CRM, does integrating it cost extra?', []],
      ['price 2 custom integrations then', ['custom integrations: 2']],
    ],
  },
  // "remove the WFM, we'll do schedules in excel": "I cannot send email … download links", WFM kept
  {
    name: 'a change said with the visitor\'s own spreadsheet',
    steps: [
      ['10 agents voice cloud with WFM', ['Estimate: 10 agents']],
      ["remove the WFM, we'll do schedules in excel", ['Updated:'], ['cannot send']],
    ],
  },
  // "is a human available or not": not understood; "ugh another chatbot. just tell me what a contact center costs, no
  // fluff": the vendor's claims about savings
  {
    name: 'a person asked for, and the price of a center asked plainly',
    steps: [
      ['ugh another chatbot. just tell me what a contact center costs, no fluff', ['It depends mostly on how many agents'], ['Nextiva']],
      ['is a human available or not', ['Sales can help you'], ['not sure what you mean']],
    ],
  },
  // "Hey — head of CX at an online eyewear brand …", "Hello, I coordinate the family support line at a hospice …":
  // not understood; "I have questions first.": not understood; "hm ok. I'll tell him. thanks": "outside what I know"
  {
    name: 'introductions, questions announced, and thanks with a remark',
    steps: [
      ['Hello, I coordinate the family support line at a hospice nonprofit in Vermont. We\'re small and funded by grants.', ['how many agents you have'], ['not sure what you mean']],
      ['I have questions first.', ['ask me anything'], ['not sure what you mean', 'set-up']],
      ['8 agents, voice and email, cloud', ['Estimate: 8 agents']],
      ["hm ok. I'll tell him. thanks", ['welcome'], ['outside what I know']],
    ],
  },
  // "kalau instagram dihapus jadi berapa?" at the deployment question, WhatsApp still named: social media removed
  {
    name: 'one network dropped in the form keeps the channel WhatsApp uses',
    locale: 'id-ID',
    steps: [
      ['8 agen, telepon + whatsapp + instagram', ['Mau dijalankan di mana']],
      ['kalau instagram dihapus jadi berapa?', ['Instagram dihitung di dalam saluran media sosial'], ['media sosial dihapus']],
    ],
  },
];

describe('forty-seventh round (2026-12-06, thirty-ninth session)', () => {
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
