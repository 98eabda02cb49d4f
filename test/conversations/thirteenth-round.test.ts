/**
 * What the eleventh round of exploratory visitors (2026-12-02, sixth session) found the advisor getting wrong, as whole
 * conversations through the real dialogs, NLU, cost engine and knowledge base. The comment on each says what it used
 * to do.
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
  // "Which line do you mean?", then "I am not sure what you mean", then "outside what I know"
  {
    name: 'a figure quoted from the estimate is explained as the line or total it is',
    steps: [
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents, voice and email, cloud', 'Data storage*: $3,375']],
      ['where does the $125 come from?', ['**Platform licence (subscription)** (30 agents', '30 × $125 per agent per month']],
      ['and the $3,375?', ['**Data storage** (30 agents'], ['Which line do you mean?']],
      ['what is the $7,125?', ['How the total for 30 agents, voice and email, cloud adds up'], ['outside what I know']],
      ['where does the $999 come from?', ['Which line do you mean?']],
    ],
  },
  {
    name: 'a rounded rupiah figure finds its line',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon dan email, cloud', ['Estimasi: 30 agen, telepon dan email, cloud']],
      ['Rp 2 juta per agen itu dari mana?', ['**Lisensi platform (langganan)** (30 agen']],
      ['kalo yg 55 juta?', ['**Penyimpanan data** (30 agen'], ['Baris yang mana?']],
    ],
  },
  // 20 → 15 agents
  {
    name: '"add 5 agents and drop whatsapp" adds the agents',
    steps: [
      ['pricing for 20 agents, cloud, voice + whatsapp', ['Estimate: 20 agents, voice and social media, cloud']],
      ['add 5 agents and drop whatsapp, add email instead', ['agents 20 → 25', 'Estimate: 25 agents, voice and email, cloud']],
    ],
  },
  // the lead went to sales with "media sosial, email": voice was dropped
  {
    name: 'a sales request beside the scenario keeps its channels',
    locale: 'id-ID',
    steps: [
      ['kak, brp biaya buat 15 agen? pake telp, email, sama sosmed. cloud. sama mau hubungi sales sekalian', ['15 agen, telepon, media sosial, dan email, cloud'], ['15 agen, media sosial dan email']],
    ],
  },
  // the estimate and the lead switched to hybrid
  {
    name: 'a comparison asked against hybrid leaves the chosen on-premises',
    locale: 'id-ID',
    steps: [
      ['Selamat siang. Saya dari bagian pengadaan PT Bank Nusantara Sejahtera. Kami sedang menyusun anggaran untuk contact center dengan 120 agen.', []],
      // (two details in one message are priced at once since the twenty-fourth session)
      ['Kanal yang dibutuhkan adalah telepon, email, dan web chat. Untuk deployment, kami mempertimbangkan on-premises karena regulasi OJK.', ['Estimasi: 120 agen, telepon, email, dan live chat, on-premise']],
      ['Bagaimana perbandingannya dengan opsi hibrida untuk jangka waktu 5 tahun?', ['Dibanding on-premise Anda selama 5 tahun'], ['hibrida\nBaris']],
    ],
  },
  // "Baik, saya teruskan skenario Anda ke tim sales… Siapa nama Anda?"
  {
    name: '"jgn kirim apa2 ke sales" turns the sales offer down',
    locale: 'id-ID',
    steps: [
      ['hitung 20 agen telp email cloud dong', ['Estimasi: 20 agen']],
      ['udah cukup, tp jgn kirim apa2 ke sales ya', [], ['Siapa nama Anda?', 'saya teruskan skenario Anda ke tim sales']],
    ],
  },
  // "Anda belum mengirim apa pun…", then the name question again
  {
    name: 'withdrawing consent in the sales form before anything was sent ends the form',
    locale: 'id-ID',
    steps: [
      ['hitung 20 agen telp email cloud dong', ['Estimasi: 20 agen']],
      ['hubungi sales', ['Siapa nama Anda?']],
      ['cabut persetujuan', [], ['Siapa nama Anda?']],
    ],
  },
  // the phone number went to sales anyway
  {
    name: '"remove the phone number" at the consent question takes it out of the summary',
    steps: [
      ['35 agents, voice and email, cloud', ['Estimate: 35 agents']],
      ['talk to sales', ['What is your name?']],
      ['Liam O Brien', ['email']],
      ['liam.obrien@harborfreight-logistics.ie', ['company']],
      ['Harbor Logistics', ['phone']],
      ['+353 1 555 0147', []],
      ['skip', ['Phone: +353 1 555 0147']],
      ['actually dont call me, remove the phone number', ['May our sales team contact you'], ['Phone: +353 1 555 0147']],
    ],
  },
  // the deployment question came back after every message
  {
    name: 'a visitor who does not know where to host gets the three side by side',
    steps: [
      ['Our CFO wants numbers. 22 seats, voice and email, we dont know where to host it.', ['22 agents over 3 years', 'Cheapest over 3 years'], ['Where should it run']],
      ['what is the 7 year cost of each?', ['22 agents over 7 years'], ['Where should it run']],
    ],
  },
  // "How many agents (seats) will the contact center have?" four times
  {
    name: '"me and my wife" is a team of two',
    steps: [
      ['just me and my wife answering facebook messages and the phone for our bakery. what would this cost?', ['Where should it run'], ['How many agents']],
      ['cloud is fine', ['typical volumes for 2 agents']],
    ],
  },
  // the name and company were asked again in the sales form
  {
    name: 'a self-introduction with the scenario is kept for the sales form',
    steps: [
      ['Hello, I am Sarah from Brightside Insurance. We have 70 agents on an old Avaya system on-prem. Thinking of moving to cloud. Voice and email.', ['70 agents']],
      ['ok, please have someone contact me', ['What is your work email address?'], ['What is your name?']],
    ],
  },
  // the scenario stayed hybrid: "OK. Anything else?"
  {
    name: '"ok do that" after the scenario on another deployment switches to it',
    steps: [
      ['50 agents, cloud, voice and web chat', ['Estimate: 50 agents, voice and web chat, cloud']],
      ['switch to hybrid', ['deployment cloud → hybrid']],
      ['and if we go back to cloud?', ['Say "switch to cloud"']],
      ['ok do that', ['deployment hybrid → cloud'], ['Anything else']],
    ],
  },
  // amounts stayed in dollars
  {
    name: 'switching to Indonesian brings rupiah with it; a currency chosen stays',
    steps: [
      ['what is the cost of a cloud contact center for 10 agents with voice?', ['$2,375']],
      ['eh pake bahasa indonesia aja ya', []],
      ['per tahunnya brp?', ['Rp '], ['US$']],
    ],
  },
  {
    name: 'a currency the visitor chose survives a language switch',
    steps: [
      ['10 agents voice cloud', ['$2,375']],
      ['show it in rupiah', ['Rp ']],
      ['in english please', []],
      ['per year?', ['Rp '], ['$28,500']],
    ],
  },
  // the first Indonesian question was answered in English
  {
    name: '"apa itu egress?" is answered in Indonesian',
    steps: [
      ['apa itu egress?', ['Egress adalah']],
    ],
  },
  // the same article, word for word, for another question
  {
    name: 'a second question on the same topic gets its other article',
    steps: [
      ['What is the difference between on-premises and cloud contact centers?', ["The source's table"]],
      ['which one is cheaper over 5 years usually?', ['Cloud is cheaper to start'], ["The source's table"]],
    ],
  },
  // "That is outside what I know", three times
  {
    name: 'frustration and "what can you do?" get an answer that helps',
    locale: 'id-ID',
    steps: [
      ['kamu bodoh ya', ['Maaf kalau belum membantu'], ['di luar yang saya ketahui']],
      ['lo bisa apa sih sebenernya', [], ['di luar yang saya ketahui']],
    ],
  },
  {
    name: '"you are useless" is answered as frustration',
    steps: [
      ['you are useless', ['Sorry this has not helped yet'], ['outside what I know']],
    ],
  },
  // "Phone: 12345" went to sales
  {
    name: 'a five-digit phone number is refused with the way forward',
    steps: [
      ['15 agents cloud voice sms', ['Estimate: 15 agents']],
      ['talk to sales', ['What is your name?']],
      ['Ken Watanabe', []],
      ['ken@kw-retail.jp', []],
      ['KW Retail', ['phone']],
      ['12345', ['too short to call', 'say "skip"']],
      ['555 0150', ['When is a good time']],
    ],
  },
  // the MMS were priced at the preset, not the 500 given
  {
    name: 'MMS said as pictures are priced at the volume given',
    steps: [
      ['18 agents, voice and sms, cloud', ['Estimate: 18 agents']],
      ['what if we also use MMS for 500 pictures a month', ['MMS 500 a month']],
    ],
  },
  // "Sumber memakai harga dalam dolar AS …"
  {
    name: 'a tax question before any estimate is about tax',
    locale: 'id-ID',
    steps: [
      ['Apakah harga yang ditampilkan sudah termasuk PPN?', ['belum termasuk pajak'], ['kurs']],
    ],
  },
  // the general table and "depends on your own scenario", with the scenario priced on screen
  {
    name: '"which one do you recommend?" with an estimate gives the verdict of its comparison',
    steps: [
      ['25 agents voice sms, cloud', ['Estimate: 25 agents']],
      ['which one do you recommend?', ['On cost alone cloud is the one for you', 'below the next']],
    ],
  },
  // the pricing-model article (per agent or per use) came
  {
    name: '"mending yg mana?" after an estimate is about the deployments',
    locale: 'id-ID',
    steps: [
      ['kak 12 agen, semua channel, cloud', ['Estimasi: 12 agen']],
      ['mending yg mana?', ['Dari sisi biaya saja, cloud'], ['per pemakaian']],
    ],
  },
  // agent salaries came
  {
    name: 'a line named by its label on the card is explained',
    locale: 'id-ID',
    steps: [
      ['60 agen telp sms email live chat on-premise, WFM', ['Estimasi: 60 agen']],
      ['Jelaskan baris staf IT internal, kenapa sebesar itu?', ['Staf IT internal** (60 agen'], ['gaji mereka tidak termasuk']],
    ],
  },
  // the integrations article came
  {
    name: '"what if we already have servers?" takes the servers out of the purchase',
    steps: [
      ['quote for 45 agents on premise, voice + email + chat, 5 yr horizon', ['Estimate: 45 agents']],
      ['what if we already have the servers?', ['the servers you already have are not bought again', 'already owned']],
    ],
  },
  // the first 12 months came ("$0 one-time plus 12 × …")
  {
    name: '"what does the one-time cost include?" lists the one-time lines',
    steps: [
      ['150 agents, voice, email, web chat, on premise', ['Estimate: 150 agents']],
      ['what does the one-time cost include?', ['One-time: Platform licence (perpetual, on-premises) $225,000 + Servers (on-premises) $36,000']],
    ],
  },
  // only the up-front difference and the setup article came
  {
    name: '"how much was on-prem again?" after switching away gives the on-premises figures',
    steps: [
      ['40 agents on premises, voice and email', ['Estimate: 40 agents']],
      ['lets do cloud instead', ['on-premises → cloud']],
      ['wait, how much was on-prem again?', ['The same scenario on-premises: about $12,460 a month']],
    ],
  },
  // only the channel question came
  {
    name: 'salaries asked with the head count are answered before the form goes on',
    steps: [
      ['so whats the total cost including salaries for 10 agents?', ['their salaries are not in it', 'Which channels do you need?']],
    ],
  },
  // "Saya belum menangkap maksud Anda", and the lead kept "Lina"
  {
    name: 'a name corrected after the lead was sent updates the lead',
    locale: 'id-ID',
    steps: [
      ['10 agen cloud telp', ['Estimasi: 10 agen']],
      ['hubungi sales', ['Siapa nama Anda?']],
      ['Lina', []],
      ['lina@kopikita.id', []],
      ['Kopi Kita', []],
      ['lewati', []],
      ['lewati', []],
      ['ya', ['referensi']],
      ['eh nama saya sebenarnya Linawati', ['nama Anda sebagai Linawati']],
      ['apa yang dikirim?', ['Kontak: Linawati, Kopi Kita']],
    ],
  },
  // the choice was asked again, and "ya boleh" then started the estimate questions
  {
    name: 'a time to call said at the estimate-or-contact choice chooses contact and is kept',
    locale: 'id-ID',
    steps: [
      ['Halo, saya Dimas dari PT Sinar Logistik, email dimas@sinarlogistik.id, tolong minta sales hubungi saya ya. No hp 0812-3456-7890', ['Atau, tinggalkan data']],
      ['jam 9-11 pagi hari kerja', ['Waktu yang diinginkan untuk dihubungi: jam 9-11 pagi hari kerja'], ['Atau, tinggalkan data']],
    ],
  },
  // the script went into the lead's plain-text summary as the time to call (the fuzz test's sequence found it once the
  // phone needed 7 digits)
  {
    name: 'markup typed at the time question is no time',
    steps: [
      ['15 agents cloud voice sms', ['Estimate: 15 agents']],
      ['talk to sales', ['What is your name?']],
      ['Ken Watanabe', []],
      ['ken@kw-retail.jp', []],
      ['KW Retail', ['phone']],
      ['555 0150', ['When is a good time']],
      ['<script>alert(1)</script>', ['When is a good time'], ['May our sales team contact you']],
    ],
  },
];

describe('thirteenth round (2026-12-02)', () => {
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
