/**
 * What the thirty-eighth session (2026-12-06) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "hapus tiktok" with WhatsApp and Instagram still named: the whole social media channel removed
  {
    name: 'one social network dropped keeps the channel the others use',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon, whatsapp, instagram, tiktok, cloud', ['Estimasi: 20 agen']],
      ['hapus tiktok', ['TikTok dihitung di dalam saluran media sosial', 'WhatsApp dan Instagram'], ['media sosial dihapus']],
      ['hapus media sosial', ['media sosial dihapus']],
    ],
  },
  // "so what's the monthly cost on cloud?" with cloud the scenario's: the figure per agent
  {
    name: 'the month asked with the deployment already priced',
    steps: [
      ['30 agents voice and email, cloud', ['Estimate: 30 agents']],
      ['so what\'s the monthly cost on cloud?', ['$7,125 a month'], ['per agent per month']],
    ],
  },
  // "what's the cheapest line on there": the comparison of deployments
  {
    name: 'the cheapest line of the estimate',
    steps: [
      ['30 agents voice and email, cloud', ['Estimate: 30 agents']],
      ["what's the cheapest line on there", ['The smallest costs of 30 agents', 'Data storage: $3,375', 'At no extra cost'], ['Cheapest over 3 years']],
    ],
  },
  {
    name: 'biaya paling kecil',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon dan email, on-prem', ['Estimasi: 30 agen']],
      ['biaya yg paling kecil apa?', ['Biaya terkecil 30 agen', 'Nomor telepon: Rp 495.000 per bulan (<1% dari total bulanan)']],
    ],
  },
  // "Our vendor just told us prices are going up 12% next year." beside the scenario: 11 agents became 12 in year 2
  {
    name: 'a price rise next year said with the scenario',
    steps: [
      ['I run customer care for a wine subscription club. 11 agents on voice and email in the cloud. Our vendor just told us prices are going up 12% next year.', ['Estimate: 11 agents', 'With prices 12% higher from the second year on', '$101,574', '$94,050'], ['From 11 to 12 agents', '→ 12']],
    ],
  },
  // "what if cloud licences go up 5% every year?": "Updated: agents 200 → 210."
  {
    name: 'licences going up every year',
    steps: [
      ['200 agents, voice and email and web chat, cloud', ['Estimate: 200 agents']],
      ['what if cloud licences go up 5% every year?', ['With prices rising 5% a year', '$1,711,440'], ['200 → 210']],
    ],
  },
  // "tahun depan vendor bilang harga naik 15%, jadinya brp?": "Penawarannya Rp 15 per bulan…"
  {
    name: 'harga naik 15% tahun depan',
    locale: 'id-ID',
    steps: [
      ['25 agen telepon dan whatsapp, cloud', ['Estimasi: 25 agen']],
      ['tahun depan vendor bilang harga naik 15%, jadinya brp?', ['Dengan harga 15% lebih tinggi mulai tahun kedua'], ['Rp 15 per bulan', 'Penawaran']],
    ],
  },
  // "Selamat sore. Kami operator seluler virtual (MVNO) yang sedang berkembang.": the sales hand-off; "Kami ISP lokal di
  // Kalimantan Timur …": what on-premises means; "Halo, saya Direktur Operasional …", "pagi, sy marketing manager …":
  // "Saya belum menangkap maksud Anda"
  {
    name: 'introductions by title or kind of business start the estimate',
    locale: 'id-ID',
    steps: [
      ['Selamat sore. Kami operator seluler virtual (MVNO) yang sedang berkembang.', ['Berapa jumlah agen'], ['Tim sales', 'belum menangkap']],
    ],
  },
  {
    name: 'kami ISP lokal',
    locale: 'id-ID',
    steps: [
      ['Kami ISP lokal di Kalimantan Timur, pelanggan terus bertambah.', ['Berapa jumlah agen'], ['On-premise berarti']],
      // ("Saat ini 20 agen, tahun depan 40, tahun ketiga mungkin 70 agen": the head count asked again)
      ['Saat ini 20 agen, tahun depan 40, tahun ketiga mungkin 70 agen. Telepon dan WhatsApp.', ['Mau dijalankan di mana'], ['Berapa jumlah agen']],
      ['Berapa total biayanya selama 3 tahun kalau di cloud dibanding on-premise?', ['Estimasi: 20 agen', 'Tahun demi tahun 20 → 40 → 70 agen']],
    ],
  },
  {
    name: 'halo saya direktur',
    locale: 'id-ID',
    steps: [
      ['Halo, saya Direktur Operasional jaringan hotel butik di Bandung dan Lembang (5 properti).', ['Berapa jumlah agen'], ['belum menangkap']],
    ],
  },
  {
    name: 'pagi sy marketing manager',
    locale: 'id-ID',
    steps: [
      ['pagi, sy marketing manager developer perumahan di cikarang', ['Berapa jumlah agen'], ['belum menangkap']],
    ],
  },
  // "Permisi, kami koperasi simpan pinjam di Semarang dengan sekitar 12.000 anggota.": 12,000 agents, the channels asked
  {
    name: 'thousands of members are no head count',
    locale: 'id-ID',
    steps: [
      ['Permisi, kami koperasi simpan pinjam di Semarang dengan sekitar 12.000 anggota.', ['Berapa jumlah agen'], ['12.000 agen', 'Saluran apa saja']],
    ],
  },
  // "Estimasi 500 agen, telepon, SMS, email, live chat dan media sosial. Tolong bandingkan ketiga model selama 5 tahun."
  // at "estimate first, or just contact me?": the head count asked
  {
    name: 'a scenario said as the choice before sales',
    locale: 'id-ID',
    steps: [
      ['saya mau bicara dengan sales', ['Tim sales bisa membantu']],
      ['Estimasi 500 agen, telepon, SMS, email, live chat dan media sosial. Tolong bandingkan ketiga model selama 5 tahun.', ['Estimasi: 500 agen', '500 agen selama 5 tahun'], ['Berapa jumlah agen']],
    ],
  },
  // "remove web chat, nobody uses it" at the sales offer: the offer to erase the conversation, web chat kept
  {
    name: 'a channel removed is no erasure of the chat',
    steps: [
      ['12 agents voice, web chat and whatsapp, cloud', ['Estimate: 12 agents']],
      ['remove web chat, nobody uses it', ['Updated: removed web chat.'], ['erase this conversation']],
    ],
  },
  // "why is that one the recommendation?": "Which line do you mean?"
  {
    name: 'why the verdict',
    steps: [
      ['12 agents voice and email, cloud', ['Estimate: 12 agents']],
      ['why is that one the recommendation?', ['Where the difference comes from', 'In-house IT staff'], ['Which line do you mean']],
    ],
  },
  {
    name: 'kenapa yang direkomendasikan',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan email, cloud', ['Estimasi: 20 agen']],
      ['Kenapa yang direkomendasikan itu? Padahal kami sudah punya ruang server sendiri.', ['Asal selisihnya', 'Ruang rak, listrik, dan pendingin']],
    ],
  },
  // "cool, thank you so much, have a nice day" at the deployment question: "to go on, just answer the question below"
  {
    name: 'a goodbye inside the estimate form',
    steps: [
      ['12 agents', []],
      ['voice and email', []],
      ['cool, thank you so much, have a nice day', ['Goodbye, and thanks!'], ['just answer the question below']],
    ],
  },
  // "can our existing PBX be reused with a cloud platform?": the cloud's figures; "Kami masih pakai PBX Avaya lama. Bisa
  // diintegrasikan atau harus ganti total?": the drawbacks of on-premises
  {
    name: 'an existing PBX asked about',
    steps: [
      ['30 agents voice, cloud', ['Estimate: 30 agents']],
      ['can our existing PBX be reused with a cloud platform?', ['my source says nothing about phone systems you already own', 'SIP trunk'], ['The same scenario cloud']],
    ],
  },
  {
    name: 'PBX Avaya lama',
    locale: 'id-ID',
    steps: [
      ['Kami masih pakai PBX Avaya lama. Bisa diintegrasikan atau harus ganti total?', ['sumber saya tidak membahas sistem telepon yang sudah Anda miliki'], ['kekurangan']],
    ],
  },
  // "your useless, I just want a number": "I am not sure what you mean"; "this is way too expensive, our current phone
  // system costs us $2000 a month total": the deployment question again, the $2,000 unheard; "why is data storage so
  // high?? we barely record anything": what this chat keeps
  {
    name: 'a frustrated visitor who wants a number',
    steps: [
      ['your useless, I just want a number', ['As a guide, 10 agents', 'How many agents'], ['not sure what you mean']],
      ['property management company, 25 agents, phones only', ['Where should it run']],
      ['this is way too expensive, our current phone system costs us $2000 a month total', ['you pay about $2,000 a month today']],
      ['why is data storage so high?? we barely record anything', ['$1,350 per agent per year'], ['I keep only this conversation']],
    ],
  },
  {
    name: 'gw cuma mau tau harga',
    locale: 'id-ID',
    steps: [
      ['eh bot, gw cuma mau tau harga, gak usah ribet', ['Sebagai gambaran, 10 agen'], ['belum menangkap']],
    ],
  },
  // "hmm kok mahal ya, ganti cloud deh": where the gap comes from, the scenario left on hybrid
  {
    name: 'a switch said after a complaint',
    locale: 'id-ID',
    steps: [
      ['15 agen telepon dan whatsapp, hybrid', ['Estimasi: 15 agen']],
      ['hmm kok mahal ya, ganti cloud deh', ['Estimasi: 15 agen, telepon dan media sosial, cloud']],
    ],
  },
  // "and if we added SMS so customers can text us?": the price of one SMS, the scenario unchanged
  {
    name: 'a channel added with why it is wanted',
    steps: [
      ['6 agents voice, cloud', ['Estimate: 6 agents']],
      ['and if we added SMS so customers can text us?', ['added SMS'], ['typically costs about $0.01']],
    ],
  },
  // "60 interviewers, voice only, cloud …": "How many agents (seats) will the contact center have?"
  {
    name: 'interviewers are the head count',
    steps: [
      ['market research firm: 60 interviewers, voice only, cloud. about 3,000 minutes each per month.', ['60 agents'], ['How many agents']],
    ],
  },
  // "real estate brokerage here. how many chat agents do we need for 400 web chats a day? …": the essay on which channels
  // to have first; "price that in the cloud, web chat plus voice": voice dropped
  {
    name: 'a chat head count asked, then priced with voice',
    steps: [
      ['real estate brokerage here. how many chat agents do we need for 400 web chats a day? chats take about 8 minutes', ['For 400 chats a day'], ['Start from where your customers']],
      ["we're open 7 days, 12 hours a day", ['12 open hours a day, 7 days a week']],
      ['price that in the cloud, web chat plus voice', ['Estimate: 15 agents, voice and web chat, cloud']],
    ],
  },
  // "A vendor quoted us $1.2 million a year for an on-prem system …" at the deployment question: the deployment asked
  // again; "and how does that compare with going cloud over 5 years?": the volumes asked
  {
    name: 'a quote for an on-premises system, then the comparison',
    steps: [
      ["I'm the VP of guest services at a cruise line. 150 reservation agents, voice, email and web chat.", ['Where should it run']],
      ['A vendor quoted us $1.2 million a year for an on-prem system including everything. Does that sound fair?', [], ['Where should it run']],
      ['and how does that compare with going cloud over 5 years?', ['Estimate: 150 agents, voice, email and web chat, on-premises', 'The quote is $1,200,000 a year', '150 agents over 5 years'], ['Last, optional step']],
    ],
  },
  // "what's the difference per month compared to before?" after a correction: the deployments compared
  {
    name: 'the difference against the estimate before',
    steps: [
      ['12 agents voice and sms in the cloud please.', ['Estimate: 12 agents']],
      ["it's 21 agents not 12", ['21 agents']],
      ["what's the difference per month compared to before?", ['took the monthly total from $2,910 to $5,093'], ['Cheapest over 3 years']],
    ],
  },
  // "how does the hybrid cost compare to just going cloud?" at the volumes question: the source's table of pros and
  // cons; "why would hybrid ever be worth it then?": the hybrid estimate again
  {
    name: 'hybrid against cloud, then when hybrid pays off',
    steps: [
      ['12 volunteers plus 3 staff, phone and facebook messenger', ['Where should it run']],
      ['hybrid', ['Last, optional step']],
      ['how does the hybrid cost compare to just going cloud?', ['Estimate: 15 agents, voice and social media, hybrid', '15 agents over 3 years'], ["The source's table"]],
      ['why would hybrid ever be worth it then?', ['hybrid'], ['Estimate: 15 agents', 'My figures are the market itself']],
    ],
  },
  // "cloud aja" after a budget weighed in the cloud: the same budget answer again, word for word
  {
    name: 'the budget deployment chosen prices the head count it covers',
    locale: 'id-ID',
    steps: [
      ['min budget kita 30 juta sebulan, dapet apa ya buat call center?', ['cukup untuk sekitar **7 agen**']],
      ['kita dealer mobil di tangerang, butuh telpon sama wa', ['cukup untuk sekitar **6 agen**']],
      ['cloud aja', ['Estimasi: 6 agen, telepon dan media sosial, cloud', 'Anggaran Anda Rp 30.000.000 per bulan'], ['cukup untuk sekitar']],
    ],
  },
  // "kita dpt penawaran vendor … 15 agen, 95 juta per bulan. wajar gak sih?": the channels asked, the quote unheard;
  // "kalo ditawar jadi 70 juta masih masuk akal?": the 95 juta judged
  {
    name: 'a quote noted, then negotiated down',
    locale: 'id-ID',
    steps: [
      ['kita dpt penawaran vendor call center cloud 15 agen, 95 juta per bulan. wajar gak sih?', ['penawaran Rp 95.000.000 per bulan saya catat']],
      ['channelnya telpon, wa, sama email', ['Langkah terakhir']],
      ['kalo ditawar jadi 70 juta masih masuk akal?', ['Estimasi: 15 agen', 'Penawarannya Rp 70.000.000 per bulan'], ['Rp 95.000.000 per bulan;']],
    ],
  },
  // "kalo tambah Discord bisa gak?": "social media added", no word of Discord
  {
    name: 'a network the source never prices is said to be priced as social media',
    locale: 'id-ID',
    steps: [
      ['20 agen email dan live chat, cloud', ['Estimasi: 20 agen']],
      ['kalo tambah Discord bisa gak?', ['media sosial ditambahkan', 'Discord saya hitung sebagai saluran media sosial']],
    ],
  },
  // "Bisa bantu buatkan surat penawaran harga pupuk untuk petani?" at the head-count question: "a whole number from 1
  // to 100,000"
  {
    name: 'a question not understood inside the form',
    locale: 'id-ID',
    steps: [
      ['Selamat siang, kami distributor pupuk di Lampung.', ['Berapa jumlah agen']],
      ['Bisa bantu buatkan surat penawaran harga pupuk untuk petani?', ['Pertanyaan itu tidak bisa saya cocokkan', 'Berapa jumlah agen'], ['Bilangan bulat']],
    ],
  },
  // "we'd be around 8 agents for ticketing and membership questions" at the time question: sent to sales as the time
  // to call
  {
    name: 'a head count said at the time question',
    steps: [
      ["I'd like to speak to a sales rep please", ['Sales can help you much better with a scenario']],
      ["I'm Tomás Oliveira from the Harbor Science Museum, tomas.oliveira@harborsciencemuseum.org, 617-555-0199", ['When is a good time to reach you?']],
      ["we'd be around 8 agents for ticketing and membership questions", ['agents: 8', 'When is a good time to reach you?'], ['New lead']],
    ],
  },
  // "no, not interested in sales" at "anything else?": a goodbye
  {
    name: 'sales turned down at anything else',
    steps: [
      ['moving company, 7 people on the phones, voice only, cloud', ['Estimate: 7 agents']],
      ['ok thanks', ['You are welcome!']],
      ['no, not interested in sales', ['no one from sales will contact you'], ['Goodbye']],
    ],
  },
  // "can you tell me how many years until cloud costs more than on-prem?": the comparison again
  {
    name: 'how many years until cloud costs more',
    steps: [
      ['40 agents, voice, SMS and social media, cloud', ['Estimate: 40 agents']],
      ['can you tell me how many years until cloud costs more than on-prem?', ['no break-even within 3 years', 'Nor later']],
    ],
  },
  // "eh tunggu, agennya salah, harusnya 16 bukan 12" at the sales offer: "not sure what you mean"
  {
    name: 'a head count said wrong after a pause word',
    locale: 'id-ID',
    steps: [
      ['kita punya 12 agen, telepon sama live chat. cloud. hitungin dong', ['Estimasi: 12 agen']],
      ['tambahin instagram sama sms juga deh', ['ditambahkan']],
      ['eh tunggu, agennya salah, harusnya 16 bukan 12', ['16 agen'], ['belum menangkap']],
    ],
  },
  // "Jam operasionalnya 24 jam ya, bukan 8 jam." after a staffing answer: staffed for 24 calls a month
  {
    name: 'opening hours said with -nya',
    locale: 'id-ID',
    steps: [
      ['kami terima 1.200 panggilan per hari, rata-rata 4 menit. butuh berapa agen?', ['1.200 panggilan']],
      ['Jam operasionalnya 24 jam ya, bukan 8 jam.', ['24 jam operasional per hari'], ['Untuk 24 panggilan']],
    ],
  },
  // "agennya belum tau sih, mungkin 5-10an lah" at the head-count question: "a whole number from 1 to 100,000", four
  // times
  {
    name: 'a guessed range of agents with -an',
    locale: 'id-ID',
    steps: [
      ['mau hitung biaya call center dong', ['Berapa jumlah agen']],
      ['agennya belum tau sih, mungkin 5-10an lah', ['10'], ['Bilangan bulat']],
    ],
  },
  // "what's the cost for 3 years? dalam rupiah ya": the month and the year, no three-year total
  {
    name: 'the cost for a span asked with the currency',
    steps: [
      ['25 agents voice and email, cloud', ['Estimate: 25 agents']],
      ["what's the cost for 3 years? dalam rupiah ya", ['Over 3 years, cloud comes to about Rp 3,526,875,000']],
    ],
  },
  // "We're a social housing association …, voice and email": social media added
  {
    name: 'social housing is no social media',
    steps: [
      ["We're a social housing association in Manchester, 18 agents on an ageing on-prem phone system, voice and email", ['18 agents, voice and email'], ['social media']],
    ],
  },
  // "ugh another chatbot. fine. meal kit delivery company, 15 agents": "added AI"
  {
    name: 'a complaint about bots adds no AI',
    steps: [
      ['ugh another chatbot. fine. meal kit delivery company, 15 agents', ['Which channels do you need?'], ['added AI']],
    ],
  },
  // "no wait, make that 45 agents" at the sales offer: "OK. Anything else?" first
  {
    name: 'a correction that opens with no',
    steps: [
      ['30 agents voice and chat, cloud', ['Estimate: 30 agents']],
      ['no wait, make that 45 agents', ['45 agents'], ['Anything else']],
    ],
  },
  // "eh tiktok gak usah deh, ganti email aja": WhatsApp and Instagram removed with TikTok
  {
    name: 'one network dropped beside another change',
    locale: 'id-ID',
    steps: [
      ['15 agen telepon, whatsapp, instagram, tiktok, cloud', ['Estimasi: 15 agen']],
      ['eh tiktok gak usah deh, ganti email aja', ['TikTok dihitung di dalam saluran media sosial', 'email ditambahkan', 'telepon, media sosial, dan email'], ['media sosial dihapus']],
    ],
  },
  // "Rencananya 35 agen, telepon dan email, hibrida. Rekaman disimpan di server sendiri.": priced in the cloud
  {
    name: 'hybrid named beside servers of its own',
    locale: 'id-ID',
    steps: [
      ['Rencananya 35 agen, telepon dan email, hibrida. Rekaman disimpan di server sendiri.', ['35 agen', 'hibrida'], ['cloud\n']],
    ],
  },
  // "… 25 agen telepon. Kami sudah punya server di ruang server sendiri, IT 2 orang.": 2 agents
  {
    name: 'the IT team head count is no agents',
    locale: 'id-ID',
    steps: [
      ['Kami pabrik garmen, 25 agen telepon. Kami sudah punya server di ruang server sendiri, IT 2 orang.', ['25 agen'], ['jumlah agen: 2', 'Estimasi: 2 agen']],
    ],
  },
  // "Makasih, insightful banget" under the estimate: what moves the total
  {
    name: 'thanks with praise in Indonesian chat',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan email, cloud', ['Estimasi: 20 agen']],
      ['Makasih, insightful banget', [], ['Yang paling menggeser total', 'Rincian']],
    ],
  },
];

describe('forty-sixth round (2026-12-06, thirty-eighth session)', () => {
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
