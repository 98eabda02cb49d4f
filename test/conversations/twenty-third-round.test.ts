/**
 * What the twenty-third round of exploratory visitors (2026-12-03, fifteenth session; helpers who never saw the code,
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
  // "Understood — no one from sales will contact you", and no number
  {
    name: 'a price asked "not a sales pitch" is a price asked',
    steps: [['how much does a contact center cost. give me a number not a sales pitch', ['How many agents'], ['no one from sales will contact you']]],
  },
  // the agent question twice in a row
  {
    name: 'zero agents is asked about once',
    steps: [['0 agents, voice, cloud', ['Zero agents would cost nothing'], ['How many agents (seats) will the contact center have?']]],
  },
  // "cool" stored as the name
  {
    name: 'an acknowledgement at the name question is no name',
    steps: [
      ['talk to sales', []],
      ['no, just contact me', ['What is your name?']],
      ['cool', ['What is your name?'], ['What is your work email address?']],
    ],
  },
  // the email question again, word for word
  {
    name: 'an address without its ending is said to be wrong',
    steps: [
      ['talk to sales', []],
      ['no, just contact me', ['What is your name?']],
      ['Tom', ['email']],
      ['tom at beckerco', ['does not look like an email address']],
    ],
  },
  // the currency paragraph again
  {
    name: '"what about Indonesian rupiah?" after an estimate switches to rupiah',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents, voice, cloud']],
      ['what about Indonesian rupiah?', ['Rp '], ['say "in rupiah"']],
    ],
  },
  // the cloud's per-agent paragraph word for word
  {
    name: 'on-premises asked after the per-agent price is the perpetual seat',
    steps: [
      ["what's the typical price per agent per month for a cloud contact center?", ['Per agent, the fixed part is the licence']],
      ['and for on-prem?', ['perpetual licence bought once', '$1,500', '20%'], ['Per agent, the fixed part is the licence']],
    ],
  },
  {
    name: '"kalau on-prem lisensinya beli putus?" is the perpetual seat',
    locale: 'id-ID',
    steps: [
      ['Harga per agen per bulan untuk cloud berapa?', []],
      ['kalau on-prem lisensinya beli putus?', ['lisensi permanen yang dibeli sekali', '20%']],
    ],
  },
  // the assumptions, and AI added
  {
    name: 'whether the estimate includes a line is that line',
    steps: [
      ['20 agents voice and sms cloud', ['Estimate: 20 agents, voice and SMS, cloud']],
      ['does that include the per-message fees?', ['× $0.01 per message']],
      ['does it include AI?', ['That line is not part of your estimate'], ['Updated']],
    ],
  },
  {
    name: '"Sudah termasuk chatbot AI belum?" is the AI line, not what the advisor is',
    locale: 'id-ID',
    steps: [
      ['Estimasi 30 agen cloud, web chat dan email', ['Estimasi: 30 agen']],
      ['Sudah termasuk chatbot AI belum?', ['AI'], ['Saya penasihat otomatis']],
      ['itu udh sm lisensi blm?', ['30 × ']],
    ],
  },
  // "I did not catch what you mean"
  {
    name: 'monthly or yearly billing is a vendor term',
    locale: 'id-ID',
    steps: [
      ['Estimasi 45 agen, email dan media sosial, cloud', ['Estimasi: 45 agen']],
      ['Apakah tersedia opsi pembayaran tahunan?', ['tagihan bulanan atau tahunan'], ['belum menangkap']],
    ],
  },
  // a volume change of ±Rp 0, then nothing adjusted
  {
    name: '"cukup gak 10 agen untuk 800 telepon per hari?" is the staffing answer, and the head count then matches it',
    locale: 'id-ID',
    steps: [
      ['Estimasi 10 agen voice cloud', ['Estimasi: 10 agen']],
      ['sebenarnya cukup gak 10 agen untuk 800 telepon per hari?', ['Untuk 800 panggilan per hari'], ['tidak ada yang berubah']],
      ['oke kalau gitu sesuaikan aja jumlah agennya', ['jumlah agen 10 →']],
    ],
  },
  // voice added to "chat aja"
  {
    name: 'one channel said to be the only one is the only one',
    locale: 'id-ID',
    steps: [['ya udah, kalau call center 8 agen chat aja cloud brp', ['Estimasi: 8 agen, live chat, cloud']]],
  },
  // the agent question, as if no number had been said
  {
    name: 'a range of agents is priced at its upper end',
    locale: 'id-ID',
    steps: [['agen antara 20 sampai 30, voice dan chat, cloud', ['30 agen'], ['Berapa jumlah agen']]],
  },
  // the set-up time ignored for the channel question
  {
    name: 'the set-up time asked with a scenario is answered before the form goes on',
    locale: 'id-ID',
    steps: [['Kalau on-prem 60 agen, berapa lama implementasinya?', ['Sumber saya tidak menyebut berapa lama', 'Saluran apa saja']]],
  },
  // reassurance, and the time question again
  {
    name: 'refusing that the details be stored cancels the request',
    locale: 'id-ID',
    steps: [
      ['saya mau dihubungi sales', []],
      ['hubungi saya saja', []],
      ['Sari', []],
      ['sari@tokosari.com', []],
      ['Toko Sari', []],
      ['081298765432', []],
      ['gak, saya gak setuju data saya disimpan', ['tidak ada yang dikirim ke tim sales'], ['Kapan waktu yang tepat']],
    ],
  },
  // the sales choice with no word on whether it is a bot
  {
    name: '"ini bot ya? bisa ngobrol sama orang beneran gak?" says it is automated, then offers a person',
    locale: 'id-ID',
    steps: [['ini bot ya? bisa ngobrol sama orang beneran gak?', ['Saya penasihat otomatis, bukan manusia', 'tim sales']]],
  },
  // the general pros and cons, the rules never mentioned
  {
    name: 'a deployment asked for under data residency rules gets the compliance answer',
    steps: [['which would you recommend for a 60 agent team with strict data residency rules?', ['names no specific regulation', 'which channels do you need']]],
  },
  // "I am not sure what you mean"; then a paragraph about salaries
  {
    name: 'agents for a number of emails a day are worked out as emails',
    steps: [
      ['we get around 500 emails a day, how many agents do we need?', ['For 500 emails a day', 'about 13 on the payroll'], ['not sure what you mean']],
      ['with 25% shrinkage', ['emails']],
    ],
  },
  // chats sized as 5.5-minute phone calls, then the head count asked again
  {
    name: 'agents for chats a day are worked out as chats, and pricing them needs no channel question',
    locale: 'id-ID',
    steps: [
      ['Tolong hitung biaya contact center', ['Berapa jumlah agen']],
      ['sehari kira2 500 chat', ['Untuk 500 chat per hari', '2 chat sekaligus'], ['Berapa jumlah agen', 'siaga menerima telepon']],
      ['Hitung 12 agen', ['Mau dijalankan di mana'], ['Saluran apa saja']],
    ],
  },
  // the staffing method, then the vendor's marketing claims
  {
    name: 'the terms of the staffing answer are defined',
    steps: [
      ['what is an Erlang?', ['unit of call traffic']],
      ["and what's AHT?", ['average handle time', '5.5 minutes'], ['Nextiva']],
    ],
  },
  // the privacy notice again, word for word
  {
    name: 'whether the email will be spammed is answered as such',
    locale: 'id-ID',
    steps: [
      ['Data yang saya masukkan di sini disimpan gak? Aman?', ['Saya hanya menyimpan skenario']],
      ['Kalau saya kasih email, bakal dispam gak?', ['Tidak ada newsletter'], ['Saya hanya menyimpan skenario']],
    ],
  },
  // the whole year's running cost
  {
    name: 'one line asked for a year is that line\'s year',
    locale: 'id-ID',
    steps: [
      ['40 agen, voice dan SMS, on-premise', ['Estimasi: 40 agen']],
      ['Berapa biaya perawatan per tahun?', ['Pemeliharaan perangkat lunak (on-premise)', 'per tahun', 'Rp 16.500.000 per bulan']],
    ],
  },
  // the volumes question for the budget's head count, priced at twice the budget
  {
    name: 'another deployment asked after a budget answer weighs the same budget',
    steps: [
      ['our budget is $20,000 a month, how many agents can we afford in the cloud with voice?', ['$20,000 a month covers about', '(voice, cloud)']],
      ['and on-prem?', ['$20,000 a month covers about', '(voice, on-premises)'], ['Last, optional step']],
    ],
  },
  {
    name: '"kalau on-prem gimana?" after a budget answer in rupiah weighs the same budget',
    locale: 'id-ID',
    steps: [
      ['Budget kami cuma 50 juta rupiah per bulan. Bisa dapat berapa agen cloud voice+chat?', ['Rp 50.000.000 per bulan cukup untuk sekitar']],
      ['kalau on-prem gimana?', ['Rp 50.000.000 per bulan', 'on-premise'], ['Langkah terakhir']],
    ],
  },
  // the hybrid article (the general table's next best) before the channel question
  {
    name: 'which deployment suits a head count, asked right after the general table, goes to the comparison',
    locale: 'id-ID',
    steps: [
      ['Apa bedanya on-premise, cloud, dan hybrid?', ['Tabel sumber']],
      ['Untuk perusahaan asuransi 80 agen mana yang cocok?', ['bagi 80 agen', 'saluran apa saja'], ['Pusat kontak hibrida mencampur']],
    ],
  },
  // three-year totals and the general table
  {
    name: 'whether servers are needed is the server line',
    locale: 'id-ID',
    steps: [
      ['rumah sakit, 20 agen, telepon dan web chat, maunya hybrid', ['Estimasi: 20 agen']],
      ['Perlu server sendiri gak kalau hybrid?', ['Server (on-premise)', '4 ×']],
    ],
  },
  // "you have not sent anything to sales yet; say 'talk to sales'", and sales invited again at the goodbye
  {
    name: 'not being contacted, said before anything was sent, turns sales down for good',
    locale: 'id-ID',
    steps: [
      ['20 agen voice cloud', ['Estimasi: 20 agen']],
      ['gak usah hubungi saya ya', ['tim sales tidak akan menghubungi Anda'], ['belum mengirim apa pun']],
      ['bye', ['Sampai jumpa'], ['hubungi sales']],
    ],
  },
  // "not understood"
  {
    name: 'what the visitor\'s data is used for is answered',
    locale: 'id-ID',
    steps: [['saya mau konsultasi, tapi data saya dipakai buat apa?', ['Tidak ada newsletter'], ['belum menangkap']]],
  },
  // the capability list without the channels
  {
    name: 'what the advisor can do names the channels',
    steps: [['what channels do you support?', ['voice, SMS, MMS, social media']]],
  },
];

describe('twenty-third round (2026-12-03, fifteenth session)', () => {
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
