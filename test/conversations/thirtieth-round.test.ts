/**
 * What the twenty-second session (2026-12-04) found the advisor getting wrong (a round of exploratory visitors, helpers
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
type Conversation = { name: string; locale?: string; steps: Step[] };

const conversations: Conversation[] = [
  // "Ok. Jane Doe, …, yes consent": the estimate form begun for the "yes" and every detail asked again
  {
    name: 'contact details given at the estimate-or-contact choice, with consent, are kept',
    steps: [
      ["I don't want to chat with a bot. Can I talk to a real person?", ['Just contact me']],
      ['Ok. Jane Doe, jane.doe@acme.io, Acme, 555 201 3344, mornings, yes consent', ['Jane Doe', 'jane.doe@acme.io', 'Acme', '555 201 3344', 'May our sales team contact you'], ['What is your name?']],
      ['yes', ['They will contact you on 555 201 3344 (mornings), or at jane.doe@acme.io']],
    ],
  },
  // the lead sent at once on a consent said earlier, the condition unheard
  {
    name: 'details not to be used for marketing: what they are for, and the consent asked with the summary',
    locale: 'id-ID',
    steps: [
      ['edtech, 10 agen, chat + email, cloud', ['Estimasi: 10 agen']],
      ['boleh dihubungi sales', []],
      ['Rafi, rafi@belajarin.id, PT Belajar Asik', []],
      ['nomor hp gak usah ya, email aja. eh tapi saya gak mau data saya dipake buat marketing', ['tidak dimasukkan ke daftar pemasaran', 'Bolehkah tim sales kami menghubungi Anda'], ['referensi']],
      ['ya', ['referensi', 'rafi@belajarin.id']],
    ],
  },
  // a paragraph on omnichannel quality assurance above the estimate
  {
    name: 'a scenario with only "price?" asked is the estimate, with no article',
    steps: [
      ['100 agents, voice + email + chat, cloud. price?', ['Estimate: 100 agents, voice, email and web chat, cloud'], ['Monitoring and scoring', 'omnichannel QA']],
    ],
  },
  // the social media price article; the three people and their channels dropped
  {
    name: 'a scenario said in its own sentence before a short question is priced',
    locale: 'id-ID',
    steps: [
      ['klinik gigi kecil, admin cuma 3 orang, mau terima telpon sama wa lebih rapi. mahal gak?', ['jumlah agen: 3', 'telepon dan media sosial'], ['Satu interaksi layanan pelanggan di media sosial']],
    ],
  },
  // "7 orng" unheard: the head count asked again and again
  {
    name: 'a misspelt "orang" is a head count',
    locale: 'id-ID',
    steps: [
      ['mau nanya bwt cs toko bangunan 7 orng pke tlpn sm wa brp ya biaya nya klo cloud', ['7 agen'], ['Berapa jumlah agen']],
    ],
  },
  // how long a rollout takes, then the estimate
  {
    name: 'the monthly price asked in rupiah at the volumes question is the estimate alone',
    locale: 'id-ID',
    steps: [
      ['selamat siang, koperasi kami mau bikin layanan pelanggan, ada 5 orang petugas. pakai telepon sama whatsapp aja', []],
      ['cloud aja deh, kami gak punya server', []],
      ['jadi per bulan kira2 brp rupiah ya?', ['Estimasi: 5 agen'], ['berapa lama persiapan']],
    ],
  },
  // a year's budget read as a month's: "enough for about 110 agents" against Rp 1.7 miliar for the first year
  {
    name: 'a budget for the first year is held against the first 12 months, one-time costs included',
    locale: 'id-ID',
    steps: [
      ['Dinas Kominfo kami mau layanan pengaduan dengan 10 operator, kanal telepon dan WhatsApp. Harus on-premise.', ['Estimasi: 10 agen']],
      ['tidak', []],
      ['Anggaran kami 500 juta untuk tahun pertama, cukup tidak?', ['Rp 500.000.000 untuk 12 bulan pertama (termasuk biaya sekali bayar)', 'belum cukup'], ['cukup untuk sekitar']],
    ],
  },
  // "kalau on-prem?" after a yearly budget: "enough for about 2 agents", with the servers and licences left out
  {
    name: 'a yearly budget weighed for on-premises counts the one-time costs',
    locale: 'id-ID',
    steps: [
      ['Budget kami 300 juta setahun untuk contact center. Dapat berapa agen kalau cloud, channel telepon dan email?', ['Rp 300.000.000 per tahun cukup untuk sekitar', 'termasuk biaya sekali bayar']],
      ['kalau on-prem?', ['belum cukup untuk 12 bulan pertama satu agen']],
    ],
  },
];

describe('thirtieth round (2026-12-04, twenty-second session)', () => {
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
