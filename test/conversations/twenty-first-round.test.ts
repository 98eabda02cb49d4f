/**
 * What the twenty-first round of exploratory visitors (2026-12-03, thirteenth session; helpers who never saw the code,
 * the corpora or the tests) showed the advisor getting wrong, as whole conversations through the real dialogs, NLU,
 * cost engine and knowledge base. The comment on each says what it used to do.
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
  // "why?" got the winner's own largest costs; "how much would that cost?" priced hybrid, the first of the others
  {
    name: '"why?" after a verdict says where the lead comes from, and "that" is the deployment named',
    steps: [
      ['50 agents voice and email in the cloud', ['Estimate: 50 agents, voice and email, cloud']],
      ['which deployment is cheapest over 5 years?', ['Cheapest over 5 years: cloud']],
      ['why?', ['Over 5 years your scenario comes to about $712,740 cloud and $1,006,000 on-premises. Where the difference comes from'], ['The largest costs of']],
      ['which would you recommend?', ['On cost alone cloud is the one for you']],
      ['how much would that cost?', [/About \$238 per agent per month|about \$11,879 a month/, 'cloud'], ['The same scenario hybrid']],
    ],
  },
  // "why is cloud cheapest?" compared all three again
  {
    name: '"why is it the cheapest?" after the comparison is the gap between the winner and the runner-up',
    steps: [
      ['30 agents voice only cloud', ['Estimate: 30 agents, voice, cloud']],
      ['compare deployments', ['Cheapest over 3 years: cloud']],
      ['why is it the cheapest?', ['Where the difference comes from'], ['Comparison (upfront']],
    ],
  },
  // the company "Park Digital" replaced the name "Leo Park" and the company was asked again
  {
    name: 'a business said by its trade beside the email is the company, not the name',
    steps: [
      ['40 agents voice+sms cloud, can someone call me?', ['What is your name?']],
      ['Call me at (212) 555-0199 tomorrow after 2pm, name is Leo Park', ['What is your work email address?']],
      // (the consent said with it sends the request: see the consent conversations below)
      ['leo@parkdigital.co, Park Digital, yes ok to contact', ['You said sales may contact you', 'Your request is with sales'], ['Which company or organization']],
      ['what did you send?', ['Contact: Leo Park, Park Digital']],
    ],
  },
  // "Great — I will pass your scenario to our sales team… What is your name?"
  {
    name: 'a yes that restates the head count confirms it; it opens no sales form',
    steps: [
      ['We have 3 sites with 15 agents each, voice and email, cloud.', ['Estimate: 45 agents, voice and email, cloud']],
      ['Yes, 45 total', ['That is already your scenario (45 agents, voice and email, cloud)'], ['What is your name?']],
    ],
  },
  // the sales form (EN), "not understood" (ID)
  {
    name: 'a shorter version of the estimate is three lines',
    steps: [
      ['60 agents voice and email cloud', ['Estimate: 60 agents, voice and email, cloud']],
      ['shorter please, 3 bullets', ['• Scenario: 60 agents, voice and email, cloud.', '• Cost: about $14,256 a month', '• Cheapest over 3 years: cloud'], ['What is your name?']],
    ],
  },
  {
    name: 'poin-poin singkat: the estimate in three lines',
    locale: 'id-ID',
    steps: [
      ['70 agen voice + email + chat cloud', ['Estimasi: 70 agen']],
      ['bisa dalam bentuk poin2 singkat aja?', ['• Skenario: 70 agen, telepon, email, dan live chat, cloud.', '• Biaya: sekitar'], ['belum menangkap']],
    ],
  },
  // the cloud figure per agent again
  {
    name: '"and if we hosted it ourselves?" is the on-premises price of the scenario',
    steps: [
      ['18 agents, voice and web chat, we want a SaaS solution', ['Estimate: 18 agents, voice and web chat, cloud']],
      ['And if we hosted it ourselves?', ['The same scenario on-premises: about $7,422 a month'], ['About $238 per agent']],
    ],
  },
  // a list of on-premises cost drivers, no price and no comparison with cloud
  {
    name: '"gmn kalo on prem? mahal bgt ga" is the on-premises price beside the cloud one',
    locale: 'id-ID',
    steps: [
      ['brp biaya utk 15 agen, telp sm email, cloud', ['Estimasi: 15 agen, telepon dan email, cloud']],
      ['gmn kalo on prem? mahal bgt ga', ['Skenario yang sama dengan model on-premise: sekitar'], ['Biaya terbesar']],
    ],
  },
  // the cloud estimate for 60 agents, not the comparison being looked at; and generic hybrid text for the gap
  {
    name: 'a change made while looking at the comparison shows the comparison again',
    steps: [
      ['Compare all deployments for 75 agents, voice, email, social over 3 years.', ['Cheapest over 3 years: cloud']],
      ['Why is hybrid more (or less) than cloud here?', ['Over 3 years your scenario comes to about $1,027,588 hybrid and $722,610 cloud']],
      ['What if we only had 60 agents?', ['Updated: agents 75 → 60.', '60 agents over 3 years', 'Cheapest over 3 years: cloud'], ['Estimate: 60 agents']],
    ],
  },
  // "your estimate is for the cloud … has no hardware" (EN); "nothing changed" (ID)
  {
    name: 'hardware asked of owned on-premises servers: the line, and why it is $0 up front',
    steps: [
      ['We already own our PBX and servers on-prem. 40 agents, voice only. What would staying on-prem cost vs moving to cloud?', ['I counted your on-premises platform as already owned']],
      ['Does the on-prem number include buying new hardware?', ['**Servers (on-premises)** (40 agents, voice, on-premises)', 'its licences, servers and gateways are not bought again'], ['Your estimate (40 agents, voice, cloud) is for the cloud']],
    ],
  },
  {
    name: 'server yang sudah ada: the server line, and that they are not bought again',
    locale: 'id-ID',
    steps: [
      ['Kami sudah punya server on-prem sendiri di data center, 50 agen, pakai telepon dan email. Berapa biaya kalau tetap on-premise?', ['Estimasi: 50 agen, telepon dan email, on-premise']],
      ['Apakah server yang sudah ada bisa mengurangi biaya hardware?', ['**Server (on-premise)** (50 agen, telepon dan email, on-premise)', 'Server Anda saya hitung sebagai sudah ada'], ['tidak ada yang berubah']],
    ],
  },
  // priced 1,200 agents (the employees)
  {
    name: 'the agents among the employees are the head count',
    locale: 'id-ID',
    steps: [
      ['Perusahaan kami 1.200 karyawan, tapi yang jadi agen contact center cuma 150. Kanal telepon, email, media sosial. Cloud.', ['Estimasi: 150 agen, telepon, media sosial, dan email, cloud'], ['1.200 agen']],
    ],
  },
  // a privacy answer and the consent question again
  {
    name: 'refusing to have the details stored is the no to consent',
    locale: 'id-ID',
    steps: [
      ['25 agen telepon email cloud, mau dihubungi sales', ['Siapa nama Anda?']],
      ['Nama Joko, joko@firma.co.id, Firma Joko, 021-7654321, kapan saja', ['Bolehkah tim sales kami menghubungi Anda']],
      ['tidak, saya tidak setuju datanya disimpan', ['saya tidak menyimpan atau mengirim apa pun'], ['Bolehkah tim sales kami menghubungi Anda']],
    ],
  },
  // "Senin pagi / setuju" went to sales as the time to call
  {
    name: 'a yes typed last among slash-separated details is not part of the time',
    locale: 'id-ID',
    steps: [
      ['18 agen, telepon dan whatsapp, cloud. tolong hubungkan saya ke sales', ['Siapa nama Anda?']],
      // (and, since the second round of the session, the "setuju" is the consent, which sends the request)
      ['Dewi Lestari / dewi.lestari@gmail.com / PT Kopi Nusantara / 0857 1111 2222 / Senin pagi / setuju', ['Anda menyatakan tim sales boleh menghubungi Anda'], ['Senin pagi / setuju']],
      ['apa yang dikirim?', ['Waktu yang diinginkan untuk dihubungi: Senin pagi'], ['Senin pagi / setuju']],
    ],
  },
  // the whole estimate printed again
  {
    name: 'turning sales down to look at the figures is acknowledged',
    locale: 'id-ID',
    steps: [
      ['8 agen, telepon dan social media, cloud', ['Estimasi: 8 agen']],
      ['tidak usah, terima kasih, saya cuma mau lihat angka dulu', ['tim sales tidak akan menghubungi Anda'], ['Estimasi: 8 agen']],
    ],
  },
  // a greeting and the quick actions, never what the tool is
  {
    name: '"what is this?" says what the advisor is',
    steps: [
      ['hello? what is this', ['I am an automated advisor, not a person.']],
    ],
  },
  // only the phones were heard; the definition asked for never came
  {
    name: 'what a contact center is, asked beside a first detail, is answered and the detail kept',
    steps: [
      ["i don't really know what a contact center is, I just have a small team answering phones", ['A call center handles phone calls only; a modern omnichannel contact center serves customers', 'How many agents']],
    ],
  },
  // "You are welcome! If you would like sales to follow up later …"
  {
    name: 'sales turned down in so many words is said back as turned down',
    steps: [
      ['8 agents, voice and SMS, cloud.', ['Estimate: 8 agents, voice and SMS, cloud']],
      ["No thanks, I don't want to talk to sales.", ['Understood — no one from sales will contact you'], ['You are welcome!']],
      ['Can you just tell me the yearly total?', ['$23,280 a year']],
    ],
  },
  // the list of assumptions; the method article ("pakai angka yang paling atas aja": the typical figure)
  {
    name: 'the worst case is the estimate at the top of its range',
    steps: [
      ['50 agents voice cloud', ['Estimate: 50 agents, voice, cloud']],
      ["what's the worst case?", ['At the high end, with every figure at the top of its range', '$18,442 a month', '$221,298 a year (typical: $142,548)', '$663,894 over 3 years']],
    ],
  },
  {
    name: 'angka paling atas: the estimate at the top of its range',
    locale: 'id-ID',
    steps: [
      ['50 agen, telepon + web chat, cloud', ['Estimasi: 50 agen, telepon dan live chat, cloud']],
      ['pakai angka yang paling atas aja, totalnya berapa?', ['Di batas atas', 'Rp 304.285.000 per bulan'], ['Cara estimasi']],
    ],
  },
  // "Where should it run?" after an answer weighing cloud against on-premises
  {
    name: '"show me that for …" after an answer weighing the deployments is their comparison',
    steps: [
      ['Why is cloud usually cheaper upfront but maybe more expensive long term?', [/cloud/i]],
      ['Show me that for 90 agents, voice only, over 5 years', ['90 agents over 5 years', 'Cheapest over 5 years'], ['Where should it run']],
    ],
  },
  // the advantages of on-premises; a definition of the cloud contact center
  {
    name: 'a follow-up about egress that names a deployment stays about egress',
    steps: [
      ['What is egress and why does it matter?', ["Egress is data leaving the provider's data center"]],
      ['Does it apply to on-prem?', ['so an on-premises center pays no egress fee'], ['The source lists three']],
    ],
  },
  {
    name: 'apakah itu berpengaruh: still about egress',
    locale: 'id-ID',
    steps: [
      ['apa itu egress?', ['Egress adalah data yang keluar']],
      ['apakah itu berpengaruh besar ke biaya contact center cloud?', ['egress', 'US$0,08 per GB'], ['berjalan di infrastruktur cloud milik vendor']],
    ],
  },
  // the general three-deployment table, the 100 agents lost
  {
    name: 'whether hybrid fits 100 agents, asked after its pros and cons, prices hybrid for 100',
    locale: 'id-ID',
    steps: [
      ['Apa kelebihan dan kekurangan model hybrid?', ['kekurangan']],
      ['Cocok nggak buat perusahaan dengan 100 agen?', ['Saluran apa saja yang dibutuhkan?'], ['Tabel sumber']],
      ['telepon dan email', ['Langkah terakhir, opsional', '100 agen']],
    ],
  },
  // the second round of the session (testers on 903944b):
  // "May our sales team contact you …? Yes or no?" after the visitor had said so
  {
    name: 'consent said with the last detail sends the request, with the summary',
    steps: [
      ['50 agents voice and email cloud', ['Estimate: 50 agents']],
      ["This looks good, I'd like to talk to sales.", ['What is your name?']],
      ["My email is priya.n@northwind.co.uk and I'm Priya Nair", ['Which company']],
      ['company Northwind Logistics, phone +44 20 7946 0958', ['When is a good time']],
      // (no preview came with a consent question, so the summary of what went is shown in full)
      ['Tuesday afternoons UK time work best. And yes, you can contact me.', ['You said sales may contact you', 'Contact: Priya Nair, Northwind Logistics', 'Your request is with sales — reference'], ['Yes or no?']],
    ],
  },
  {
    name: 'consent said with the sales request holds through the estimate asked for first',
    steps: [
      ['I want someone from sales to call me. Jonas Berg, jonas.berg@fjordtech.no, FjordTech AS, +47 912 34 567, mornings CET, and I consent to being contacted.', ['Noted: your email jonas.berg@fjordtech.no']],
      ['We have 35 agents, voice and chat, cloud.', ['Estimate: 35 agents, voice and web chat, cloud', 'You said sales may contact you', 'Your request is with sales'], ['Yes or no?']],
    ],
  },
  // still: without it, the consent question comes
  {
    name: 'without consent said, the consent question comes',
    steps: [
      ['talk to sales about 20 agents voice cloud', ['Estimate: 20 agents, voice, cloud', 'What is your name?']],
      ['Ana Lima', ['work email']],
      ['ana@lima.io', ['Which company']],
      ['Lima Co', ['phone']],
      ['skip', ['good time']],
      ['skip', ['Yes or no?'], ['You said sales may contact you']],
    ],
  },
  // "You are welcome!" and the request lost
  {
    name: 'thanks before a request leaves the request to be read',
    steps: [
      ["quick q — what's cheaper for 10 agents voice over 3 yrs: cloud or on-prem?", ['10 agents over 3 years']],
      ['thx. and for 100?', ['Updated: agents 10 → 100.', '100 agents over 3 years'], ['You are welcome!']],
    ],
  },
  // the estimate printed again
  {
    name: 'sales turned down beside "just a ballpark" after the estimate is acknowledged',
    steps: [
      ["10 agents, voice only, cloud. What's the cost?", ['Estimate: 10 agents, voice, cloud']],
      ["Thanks. I don't want to be contacted by sales, just wanted a ballpark.", ['Understood — no one from sales will contact you'], ['Estimate: 10 agents']],
    ],
  },
  // the year's figures
  {
    name: 'why the figures are ranges is how sure they are',
    steps: [
      ['Give me an estimate for 30 agents, voice and social, on-premises.', ['Estimate: 30 agents']],
      ['Why is it a range and not a single number?', ['It is a budget estimate, not a quote'], ['$132,840 a year']],
    ],
  },
  // the first year of the cloud alone
  {
    name: 'which deployment is cheaper in the first year is the deployments year by year',
    steps: [
      ['Price 200 agents, voice, email and chat, cloud.', ['Estimate: 200 agents']],
      ['And which has the lower first-year cost?', ['What each deployment has cost by the end of each year']],
    ],
  },
  // "Which line do you mean?"
  {
    name: '"that line item" after the largest costs is the largest line',
    steps: [
      ['Price 15 agents, voice and SMS, cloud.', ['Estimate: 15 agents']],
      ['What is the biggest cost in there?', ['The largest costs of 15 agents']],
      ['What does that line item actually cover?', ['**Platform licence (subscription)** (15 agents'], ['Which line do you mean?']],
    ],
  },
  // the budget line again
  {
    name: 'how many agents a budget covers, asked after it was held against the estimate',
    steps: [
      ['Our budget is $10,000 a month. Can we afford 25 agents on cloud with voice and chat?', ['$10,000 a month']],
      ['How many agents could we afford within that budget?', ['$10,000 a month covers about **42 agents**']],
    ],
  },
  // "I could not read a volume or add-on there."
  {
    name: 'the figure per receptionist asked at the optional volumes step',
    steps: [
      ["Hi, we're a small dental clinic. 4 receptionists answer the phones. What would a contact center cost us?", ['Where should it run']],
      // (two details in one message are priced at once since the twenty-fourth session: the figure is asked after it)
      ['Just phone, and maybe SMS for appointment reminders. Cloud is probably easiest for us.', ['Estimate: 4 agents, voice and SMS, cloud']],
      ['What does that come to per receptionist per month?', ['About $243 per agent per month'], ['I could not read a volume']],
    ],
  },
  // 15 agents priced (the 25 at the other site lost)
  {
    name: 'two sites, one said as "one" and "the other", are added up',
    steps: [
      ['We have 2 sites, 15 agents in one and 25 in the other, voice only, cloud.', ['Estimate: 40 agents, voice, cloud']],
    ],
  },
  // "Saya tidak menemukan volume atau add-on di situ" and no figures
  {
    name: 'a question about the figures at the optional volumes step prices the comparison and answers it',
    locale: 'id-ID',
    steps: [
      ['Kami BPO dengan 350 seat. Channel: voice, email, web chat, dan sosmed.', ['Mau dijalankan di mana']],
      ['Bandingkan on-prem, cloud, dan hybrid untuk 3 tahun dong', ['Langkah terakhir, opsional']],
      ['Kenapa on-prem bisa lebih murah/mahal di tahun ke-3?', ['350 agen selama 3 tahun', 'Total biaya tiap model penerapan sampai akhir setiap tahun'], ['Saya tidak menemukan volume']],
    ],
  },
  // "Itu sudah skenario Anda … jadi tidak ada yang berubah" (email kept)
  {
    name: 'a removal after "tapi" is made',
    locale: 'id-ID',
    steps: [
      ['50 agen, telepon dan email, cloud', ['Estimasi: 50 agen, telepon dan email, cloud']],
      ['Kalau 80 agen tapi emailnya dihapus?', ['80 agen, telepon, cloud'], ['tidak ada yang berubah']],
    ],
  },
  // "Waktu yang diinginkan untuk dihubungi: setuju", and consent asked again
  {
    name: 'a trailing "setuju" after the time is consent, not the time',
    locale: 'id-ID',
    steps: [
      ['25 agen telepon cloud, tolong hubungkan ke sales', ['Siapa nama Anda?']],
      ['Andi Wijaya, andi@corp.co.id, PT Corp, 08123456789', ['Kapan waktu yang tepat']],
      ['kapan saja jam kerja. setuju.', ['Anda menyatakan tim sales boleh menghubungi Anda', 'referensi'], ['Waktu yang diinginkan untuk dihubungi: setuju', 'Ya atau tidak?']],
    ],
  },
  // the set-up time article above the estimate
  {
    name: 'a bare "berapa?" after a scenario is the estimate, with no article above it',
    locale: 'id-ID',
    steps: [
      ['20 agen voice cloud, berapa?', ['Estimasi: 20 agen, telepon, cloud'], ['Sumber saya tidak menyebut berapa lama']],
    ],
  },
  // hybrid priced alone, "is hybrid a good idea?" unanswered
  {
    name: 'whether a deployment is a good idea, asked with a scenario, compares all three',
    locale: 'id-ID',
    steps: [
      ['bro, kantor gw mau bikin cc 33 orang nih, telpon + wa + ig, enaknya hybrid ga sih?', ['Estimasi: 33 agen, telepon dan media sosial, hibrida', '33 agen selama 3 tahun']],
    ],
  },
  // the cloud's first year
  {
    name: "the first year asked of another deployment is that deployment's",
    locale: 'id-ID',
    steps: [
      ['120 agen, telepon, email dan chat, cloud', ['Estimasi: 120 agen']],
      ['Berapa biaya di tahun pertama saja untuk on-premise?', ['Total 12 bulan pertama untuk 120 agen, telepon, email, dan live chat, on-premise'], ['Rp 5.647.118.000']],
    ],
  },
];

describe('twenty-first round (2026-12-03, thirteenth session)', () => {
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
    }
  });
});
