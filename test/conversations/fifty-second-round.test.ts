/**
 * What the forty-fourth session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "kalo listrik mati gimana?": the vendor's claims before an estimate, "not understood" under one
  {
    name: 'a power cut asked about is the outage answer',
    locale: 'id-ID',
    steps: [
      ['kalo listrik mati gimana?', ['Listrik padam', 'UPS'], ['Nextiva']],
      ['20 agen telpon sama wa, cloud', ['Estimasi: 20 agen']],
      ['kalo listrik mati gimana?', ['Listrik padam', 'genset'], ['belum menangkap']],
    ],
  },
  // "biaya yg sekali bayar apa aja, yg bulanan apa aja?": the first year's sum, no line listed (cloud has no one-time)
  {
    name: 'which costs are one-time and which monthly, each listed',
    locale: 'id-ID',
    steps: [
      ['20 agen telpon sama wa, cloud', ['Estimasi: 20 agen']],
      ['biaya yg sekali bayar apa aja, yg bulanan apa aja?', ['tidak punya biaya sekali bayar', 'Biaya berjalannya, setiap bulan:', '• Lisensi platform (langganan)', '• Penyimpanan data']],
    ],
  },
  {
    name: 'one-off against recurring, on-premises, both listed',
    steps: [
      ['20 agents voice and email on-prem', ['Estimate: 20 agents']],
      ['which costs are one-off and which are monthly?', ['The one-time costs, paid before the first month:', 'The running costs, every month:', '• Servers']],
    ],
  },
  // "We have 35 dispatch and customer service agents, …": the head count dropped, asked again and again
  {
    name: 'two kinds of agent joined by and before the agent word are the head count',
    steps: [
      ["Hello. I'm the IT manager for a regional courier company. We have 35 dispatch and customer service agents, need voice, SMS and web chat, and we're leaning towards hybrid.", [/35/], ['How many agents']],
    ],
  },
  // "around 30 callers most of the year but it jumps to 70 in november and december": 70 all year ("callers" read as calls)
  {
    name: 'a usual count of callers and a peak in named months is the year by season',
    steps: [
      ["hello, we're a charity that runs phone fundraising campaigns. around 30 callers most of the year but it jumps to 70 in november and december", ['season by season', 'peak of 70 agents']],
      ['cloud', ['optional step']],
      ['typical volumes', ['10 months × $7,125 a month (30 agents)', '2 months × $16,634 a month (70 agents)']],
    ],
  },
  // "whats the difference between cloud and on premises in plain english": "Did you mean" and the other deployment's figures
  {
    // (changed on purpose, forty-fifth session: asked in plain words, each deployment is said in plain words, the
    // new deployment-basics article, rather than the source's table of pros and cons)
    name: 'the difference of two deployments asked in plain words is said in plain words',
    steps: [
      ['6 support staff, email, web chat and social media, compare all three', ['6 agents']],
      ['whats the difference between cloud and on premises in plain english', ['On-premises means', 'Cloud means'], ['Did you mean']],
    ],
  },
  // "do recordings for compliance make storage a lot more expensive?": the compliance answer, nothing on storage
  {
    name: 'recordings kept for compliance asked as a storage cost',
    steps: [
      ['60 agents, voice, SMS and email, on-prem, typical volumes', ['Estimate: 60 agents']],
      ['do recordings for compliance make storage a lot more expensive?', ['Longer retention means more stored data']],
    ],
  },
  // "which line items would you negotiate on first?": how the estimate is worked out
  {
    name: 'where to negotiate is the largest lines and what moves the price',
    steps: [
      ['200 agents voice, SMS, social, email and web chat, cloud, typical volumes', ['Estimate: 200 agents']],
      ['which line items would you negotiate on first?', ['The largest costs of 200 agents', 'length of your contract']],
    ],
  },
  // "No phone line at all." at the deployment question: "Then I will price all three side by side"
  {
    name: 'no phones said at the deployment question is no voice, and the question again',
    steps: [
      ['We have 25 agents and lots of traffic from Instagram and Twitter plus email and live chat on our site.', ['Where should it run']],
      ['No phone line at all.', ['Right, no voice: your channels are social media, email and web chat.', 'Where should it run'], ['side by side']],
    ],
  },
  // "is there a minimum number of agents or a contract length usually?": the contract length only
  {
    name: 'a minimum head count and a contract length asked together are both answered',
    steps: [
      ['3 staff answer calls and texts, cloud, typical volumes', ['Estimate: 3 agents']],
      ['is there a minimum number of agents or a contract length usually?', ['no minimum head count', 'no contract discount']],
    ],
  },
  // "Reliability matters more than price. Which deployment would you recommend?": the verdict on cost alone
  {
    name: 'a recommendation asked with reliability first gets how reliable each deployment is',
    steps: [
      ['We do alarm monitoring. 50 operators, 24/7, voice and SMS. Reliability matters more than price. Which deployment would you recommend?', ['single point of failure', 'Reliability depends more on how a center is built']],
    ],
  },
  // "gak jadi, mending hybrid aja gmn?" under a cloud estimate: the three compared, the estimate left on cloud
  {
    name: 'another deployment preferred instead is the switch',
    locale: 'id-ID',
    steps: [
      ['toko bunga, 3 org cs, telp doang, cloud aja deh', ['Estimasi: 3 agen']],
      ['gak jadi, mending hybrid aja gmn?', ['Estimasi: 3 agen, telepon, hibrida']],
    ],
  },
  // "amankah kalau pakai cloud sebenarnya? kan ada aturan data" under an on-premises estimate: switched to cloud
  {
    name: 'whether a deployment is safe, with data rules named, is asked and not chosen',
    locale: 'id-ID',
    steps: [
      ['20 petugas, telepon, sms, sama media sosial, on-premise', ['Estimasi: 20 agen']],
      ['amankah kalau pakai cloud sebenarnya? kan ada aturan data', ['tidak menyebut regulasi tertentu'], ['on-premise → cloud']],
    ],
  },
  // "jadi lebih hemat yg mana utk kami?" at the optional volumes step: ways to save in general, the volumes asked again
  {
    name: 'which deployment is cheaper for us is the comparison',
    locale: 'id-ID',
    steps: [
      ['Siang kak, saya supervisor CS di perusahaan pembiayaan motor. Agen kami 30 org', ['Saluran apa saja']],
      ['semua channel kak, telp, sms, sosmed, email, live chat', ['Mau dijalankan di mana']],
      ['hybrid', ['Langkah terakhir']],
      ['jadi lebih hemat yg mana utk kami?', ['Paling murah selama 3 tahun'], ['Langkah terakhir']],
    ],
  },
  // "normal 10 petugas, tp kalau ada bencana bisa naik jadi 40an": 40 all year, the 10 never said
  {
    name: 'a usual count and a disaster peak with no length: the usual priced, the peak said',
    locale: 'id-ID',
    steps: [
      ['normal 10 petugas, tp kalau ada bencana bisa naik jadi 40an', ['10 agen']],
    ],
  },
  // "oh gitu, tp kita gak punya orang IT sih. ngaruh gak?" under an on-premises estimate: not understood
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'no IT staff of their own asked under an on-premises estimate is its IT staff line',
    locale: 'id-ID',
    steps: [
      ['4 orang CS, telp sama whatsapp, on premise', ['Estimasi: 4 agen']],
      ['oh gitu, tp kita gak punya orang IT sih. ngaruh gak?', ['Staf IT internal'], ['belum menangkap']],
    ],
  },
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'no IT team said in English under an on-premises estimate',
    steps: [
      ['12 agents, voice and email, on-prem', ['Estimate: 12 agents']],
      ["we don't have an IT team, does that matter?", ['In-house IT staff']],
    ],
  },
  // "jadi kalo 40 orang cuma 2 bulan biayanya brp kira2?" at the optional volumes step after a usual and a peak count:
  // the volumes question again
  {
    name: 'the held peak asked with its months at the volumes step prices the year by season',
    locale: 'id-ID',
    steps: [
      ['Biasanya CS cuma 10 orang, tapi pas jual tiket konser besar butuh sampe 40 orang selama 2 bulan', ['40 agen']],
      ['channelnya sosmed, live chat sama email', ['Mau dijalankan di mana']],
      ['cloud dong pastinya', ['Langkah terakhir']],
      ['jadi kalo 40 orang cuma 2 bulan biayanya brp kira2?', ['10 bulan ×', '2 bulan ×'], ['Langkah terakhir']],
    ],
  },
  // "nama sy budi santoso, kerja di PT Sinar Kopi Nusantara": the company only, the name asked again and again
  {
    name: 'a name after "nama sy" is the name',
    locale: 'id-ID',
    steps: [
      ['mau ngobrol sama sales dong', ['Tim sales']],
      ['nama sy budi santoso, kerja di PT Sinar Kopi Nusantara', ['PT Sinar Kopi Nusantara'], ['Siapa nama Anda']],
    ],
  },
  // "trus kalau tahun ke 3 kita pindah ke cloud aja gmn? masuk akal gak?" under an on-premises estimate: cloud from the first day
  {
    name: 'a move planned for a later year is each year and what moving involves, not a switch',
    locale: 'id-ID',
    steps: [
      ['22 agen, telpon sama sms sama live chat di web, onprem', ['Estimasi: 22 agen']],
      ['trus kalau tahun ke 3 kita pindah ke cloud aja gmn? masuk akal gak?', ['Tahun 3:', 'Langkah hibrida'], ['on-premise → cloud']],
    ],
  },
  // "paket dasar aja gimana? yg fitur minimal" under the estimate: what the basic plan costs in general
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'a plan tried as "X aja gimana?" is the change to that plan',
    locale: 'id-ID',
    steps: [
      ['6 admin, telp + wa + sms, cloud', ['Estimasi: 6 agen']],
      ['paket dasar aja gimana? yg fitur minimal', [/paket|Paket/, 'Rp']],
    ],
  },
  // "CS ada 4 orang handle telpon dan whatsapp. Mau pake cloud. Kira2 brp sebulan?": "4 + 2 = 6 agen" ("Kira" a site of 2)
  {
    name: 'reduplication written with a 2 is no site count',
    locale: 'id-ID',
    steps: [
      ['Assalamualaikum, saya punya usaha jasa aqiqah & catering di Depok. CS ada 4 orang handle telpon dan whatsapp. Mau pake cloud. Kira2 brp sebulan?', ['Estimasi: 4 agen'], ['4 + 2']],
    ],
  },
  // "kalo admin nya cuma 2 jadi brp?" under an estimate of 3: the estimate on screen again
  {
    name: 'a head count after its noun and a hedge, asked what it comes to',
    locale: 'id-ID',
    steps: [
      ['jualan hijab online, admin 3 orang, ig fb wa, cloud', ['Estimasi: 3 agen']],
      ['kalo admin nya cuma 2 jadi brp?', ['2 agen'], ['Estimasi: 3 agen']],
    ],
  },
  // "Kalau pas musim ramai kita tambah jadi 25 orang selama 2 bulan, bisa gak sih scale naik turun gitu di cloud?": 25
  // agents all year, the question unanswered
  {
    name: 'a head count for a season of two months is that season priced, with how seats scale',
    locale: 'id-ID',
    steps: [
      ['Tim CS 12 org, pake wa, ig, sama web chat, cloud', ['Estimasi: 12 agen']],
      ['Kalau pas musim ramai kita tambah jadi 25 orang selama 2 bulan, bisa gak sih scale naik turun gitu di cloud?', ['10 bulan ×', '2 bulan ×', 'bisa ditambah atau dikurangi']],
    ],
  },
  // "Kalau pake cloud, internetnya harus kenceng gak?": the per-agent cost of cloud
  {
    name: 'the internet a deployment needs is the bandwidth and outage answer',
    locale: 'id-ID',
    steps: [
      ['5 agen telepon on premise', ['Estimasi: 5 agen']],
      ['Kalau pake cloud, internetnya harus kenceng gak?', ['panduan bandwidth']],
    ],
  },
  // "Apakah ada risiko kalau server on premise rusak?": the up-front hardware
  {
    name: 'a server that breaks is how reliable each deployment is',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon sama email on premise', ['Estimasi: 10 agen']],
      ['Apakah ada risiko kalau server on premise rusak?', ['satu titik kegagalan']],
    ],
  },
  // "kalo on prem, servernya perlu diganti tiap brp tahun?": the on-premises figures
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'how often the servers are replaced, with -nya on them',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon on premise', ['Estimasi: 10 agen']],
      ['kalo on prem, servernya perlu diganti tiap brp tahun?', [/tahun/], ['Skenario yang sama']],
    ],
  },
  // "Saya tertarik tapi saya gak mau kasih data pribadi ya": not understood
  {
    name: 'personal details withheld is what the advisor keeps',
    locale: 'id-ID',
    steps: [
      ['Saya tertarik tapi saya gak mau kasih data pribadi ya', ['Tidak ada yang dikirim ke tim sales'], ['belum menangkap']],
    ],
  },
  // "kalau bayar pake dolar bisa gak?": the figures shown in dollars
  {
    name: 'paying in dollars is the vendor billing term, not the display currency',
    locale: 'id-ID',
    steps: [
      ['5 agen telepon cloud', ['Estimasi: 5 agen']],
      ['kalau bayar pake dolar bisa gak?', ['ketentuan yang ditetapkan tiap vendor'], ['$']],
    ],
  },
  // "…what's the best deployment for us?" with a usual and a seasonal head count: "Did you mean one of these?"
  {
    name: 'the best deployment asked is the recommendation',
    steps: [
      ["We're a tax prep firm, 10 agents most of the year but 45 during tax season. voice and chat. what's the best deployment for us?", ['This is where the three differ most'], ['Did you mean']],
    ],
  },
  // "Do you price on-premise systems too?" with the team told: the article on keeping legacy hardware
  {
    name: 'whether a deployment is priced is answered by pricing it',
    steps: [
      ['Hi there! I own a moving company in Ohio. We have 8 people on the phones. Do you price on-premise systems too?', ['8 agents', 'on-premises'], ['legacy', 'Did you mean']],
    ],
  },
  // "kalo ditambah gaji 4 cs masing2 UMR jakarta 5,4jt, totalnya jadi brp sebulan?": 4 agents added (8 priced)
  {
    name: 'salaries added for the agents named is no change of head count',
    locale: 'id-ID',
    steps: [
      ['4 cs telepon sama whatsapp cloud', ['Estimasi: 4 agen']],
      ['kalo ditambah gaji 4 cs masing2 UMR jakarta 5,4jt, totalnya jadi brp sebulan?', ['Rp 5.400.000 per agen per bulan, 4 agen'], ['8 agen']],
    ],
  },
  // "We already have an IT team of 4, so we wouldn't need to hire anyone. Can you take that out?": 25 agents became 4
  {
    name: 'the size of the visitor IT team is no head count',
    steps: [
      ['25 agents voice and email on-prem', ['Estimate: 25 agents']],
      ["We already have an IT team of 4, so we wouldn't need to hire anyone. Can you take that out?", [/IT staff/i], ['4 agents', '25 → 4']],
    ],
  },
  // "that seems like a lot for 3 people, what's the biggest part of it?": the totals again
  {
    name: 'the head count said back in a complaint with the largest cost asked',
    steps: [
      ['3 agents voice and email cloud', ['Estimate: 3 agents']],
      ["that seems like a lot for 3 people, what's the biggest part of it?", ['The largest costs of 3 agents']],
    ],
  },
  // "Does that include after-hours coverage?": "I am not sure what you mean"
  {
    name: 'whether the estimate covers longer hours is what it includes',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['Does that include after-hours coverage?', ['covers these lines'], ['not sure what you mean']],
    ],
  },
  // "Are these numbers real or are you just making them up?": "Yes. Say "talk to sales" …"
  {
    name: 'figures doubted as made up is how accurate the estimate is',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['Are these numbers real or are you just making them up?', ['It is a budget estimate, not a quote'], ['Yes. Say']],
    ],
  },
  // "Kami mau hybrid: telepon tetap on-prem, sisanya cloud.": email and SMS dropped
  {
    name: 'hybrid told channel by channel keeps the channels',
    locale: 'id-ID',
    steps: [
      ['Sekarang 18 agen pakai PBX lama, mau migrasi.', []],
      ['Kanal telepon, email, dan SMS notifikasi pengiriman.', ['Mau dijalankan di mana']],
      ['Kami mau hybrid: telepon tetap on-prem, sisanya cloud.', ['Langkah terakhir']],
      ['pakai volume tipikal', ['Estimasi: 18 agen, telepon, SMS, dan email, hibrida']],
    ],
  },
  // "mau ngobrol sm sales dong. sy budi santoso dr CV Maju Jaya Teknik, …": the name asked three times
  {
    name: 'a lower-case name after "sy" before a business with its legal form',
    locale: 'id-ID',
    steps: [
      ['mau ngobrol sm sales dong. sy budi santoso dr CV Maju Jaya Teknik, wa 0857 1122 3344, email budi at majujaya dot com', ['nama budi santoso', 'perusahaan CV Maju Jaya Teknik']],
    ],
  },
  // "Apakah data rekaman panggilan di cloud disimpan di Indonesia? Kami perlu patuh UU PDP": storage prices first
  {
    name: 'where recordings are kept is the residency answer',
    locale: 'id-ID',
    steps: [
      ['Apakah data rekaman panggilan di cloud disimpan di Indonesia? Kami perlu patuh UU PDP', ['Sumber saya tidak menyebut regulasi tertentu'], ['US$1.350', 'Rp 22.275.000 per agen']],
    ],
  },
  // "kak, kalo hybrid itu apa sih bedanya sama cloud?": the source's table, hybrid never said
  {
    name: 'what hybrid is, set against cloud, then the table',
    locale: 'id-ID',
    steps: [
      ['kak, kalo hybrid itu apa sih bedanya sama cloud?', ['Pusat kontak hibrida mencampur', 'Tabel sumber']],
    ],
  },
  // "Kalau servernya udah ada, apa masih dihitung biaya hardware?": how the estimate is worked out, first
  {
    name: 'the hardware asked with servers owned answers it first',
    locale: 'id-ID',
    steps: [
      ['Selamat siang, kami jaringan apotek dengan 60 cabang, rencana call center pusat 24 agen, telepon, sms, whatsapp, dan email. Mau on prem karena udah punya server ruang sendiri', ['Estimasi: 24 agen']],
      ['Kalau servernya udah ada, apa masih dihitung biaya hardware?', ['**Server (on-premise)**'], ['Setiap baris adalah kuantitas']],
    ],
  },
  // "ada biaya tambahan gak buat backup internet?": other business costs, the second line never said
  {
    name: 'a backup internet line is the outage answer',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['ada biaya tambahan gak buat backup internet?', ['jalur kedua dari penyedia lain']],
    ],
  },
  // "cloud probably. do we need to buy any hardware like phones or headsets?": which channels to choose
  {
    name: 'headsets to buy are equipment, not the voice channel',
    steps: [
      ['15 agents, voice and email', ['Where should it run']],
      ['cloud probably. do we need to buy any hardware like phones or headsets?', ['headsets, computers, desks', 'optional step']],
    ],
  },
  // (a guard from the development set's misses: "Cloud. Namun, seberapa aman datanya?" at the deployment question lost
  // its answer to the rule for a deployment's safety asked)
  {
    name: 'a deployment answered, then its safety asked, keeps the answer',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon dan email', ['Mau dijalankan di mana']],
      ['Cloud. Namun, seberapa aman datanya?', ['Langkah terakhir']],
    ],
  },
];

describe('fifty-second round (2026-12-07, forty-fourth session)', () => {
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
