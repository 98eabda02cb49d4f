/**
 * What the thirty-fifth session (2026-12-06) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // "What would six months cost?": the figure per agent; "what about 18 months?": the hybrid answer again; "and half a
  // year?": the head count halved
  {
    name: 'a number of months of the estimate',
    steps: [
      ['30 agents voice and chat cloud', ['Estimate: 30 agents']],
      ['What would six months cost?', ['For 6 months', '$42,750'], ['per agent per month']],
      ['is hybrid worth it for us?', ['The same scenario hybrid']],
      ['what about 18 months?', ['For 18 months', '$128,250'], ['The same scenario hybrid']],
      ['and half a year?', ['For 6 months'], ['30 → 15']],
    ],
  },
  {
    name: 'enam bulan pertama dan setengah tahun',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon dan chat cloud', ['Estimasi: 30 agen']],
      ['enam bulan pertama habis berapa?', ['Untuk 6 bulan']],
      ['setengah tahun berapa?', ['Untuk 6 bulan'], ['30 → 15']],
    ],
  },
  // "ya typical is ok" under the sales offer: the sales form; then "wats the total per month" kept as the name
  {
    name: 'typical volumes accepted with a yes, and a question typed at the name question',
    steps: [
      ['hey we r a food delivry startup, need like 8 ppl doing chat and sms, cloud pls', ['Estimate: 8 agents']],
      ['ya typical is ok', ['already uses typical volumes'], ['What is your name?']],
      ['talk to sales', ['What is your name?']],
      ['wats the total per month', ['$1,265', 'What is your name?'], ['work email']],
    ],
  },
  // "what if we only staff for the off-season, around 250 calls a day?": calls changed, 15 agents kept (±$0)
  {
    name: 'new calls for a head count sized from calls size it again',
    steps: [
      ['Hi, I own a moving company. We get about 600 calls a day in peak season. How many agents would I need to handle that?', ['about 15 on the payroll']],
      ['and what would that many agents cost in the cloud with voice and email?', ['Estimate: 15 agents']],
      ['what if we only staff for the off-season, around 250 calls a day?', ['For 250 calls a day', 'agents 15 → 8', 'Estimate: 8 agents']],
    ],
  },
  // "Kalau shrinkage-nya 20% saja gimana?" under the estimate of the staffed head count: not understood
  {
    name: 'shrinkage diubah di bawah estimasi dari hitungan staf',
    locale: 'id-ID',
    steps: [
      ['Panggilan masuk sekitar 200 sehari, rata-rata 4 menit, buka 24 jam 7 hari. Butuh berapa CS?', ['sekitar 12 orang']],
      ['Hitung biayanya dengan jumlah itu, telepon + WhatsApp, cloud.', ['Estimasi: 12 agen']],
      ['Kalau shrinkage-nya 20% saja gimana?', ['shrinkage 20%', 'jumlah agen 12 → 11'], ['belum menangkap']],
    ],
  },
  // "ok thnks" after the on-premises figures and how to switch: switched to on-premises
  {
    name: 'thanks with a typo is no yes to switching',
    steps: [
      ['hi we r a roofing contracter, need 25 agnets, voise and emial, clowd', ['Estimate: 25 agents']],
      ['wat about on prem, how much upfrnt', ['The same scenario on-premises']],
      ['ok thnks', [], ['Updated', 'on-premises']],
    ],
  },
  // "And one chat?" after the price of one email: "I am an automated advisor"; "what about one SMS?": one SMS a month
  {
    name: 'one unit of a channel asked after another',
    steps: [
      ['Software training company. 11 agents. Web chat and email only. Cloud. Typical volumes.', ['Estimate: 11 agents']],
      ['How much does one email cost us?', ['no separate price']],
      ['And one chat?', ['Web chat'], ['automated advisor']],
      ['what about one SMS?', [/SMS/], ['does not change the estimate yet']],
    ],
  },
  // "What would switching to the essentials tier save?": the comparison of deployments; "What is the per-agent cost over
  // 3 years?": the total
  {
    name: 'a tier asked what it saves, and the per-agent cost over the horizon',
    steps: [
      ['25 care coordinators, voice, email, web chat. Cloud.', ['Estimate: 25 agents']],
      ['What is the per-agent cost over 3 years?', ['per agent'], ['Cheapest over']],
      ['What would switching to the essentials tier save?', ['Updated', 'Standard → Essential'], ['Cheapest over 3 years']],
    ],
  },
  // "I don't want servers in the back room … What would something like that cost us per month?": the deployment asked
  {
    name: 'no servers wanted is the cloud',
    steps: [
      ["I'm not a tech person at all and I don't want servers in the back room. 6 people, phone and email. What would something like that cost us per month, roughly?", ['Estimate: 6 agents, voice and email, cloud'], ['Where should it run']],
    ],
  },
  // "we're a chain of 9 gyms. how much for a call center": not understood; "what about Indonesian?": not understood
  {
    name: 'a price for a call center, and Indonesian asked about',
    steps: [
      ["we're a chain of 9 gyms. how much for a call center", ['How many agents'], ['I am not sure what you mean']],
      ['what about Indonesian? we have a partner office in Bali', ['I speak English and Indonesian'], ['I am not sure what you mean', 'saya lanjutkan']],
      ['do you speak indonesian?', ['I speak English and Indonesian'], ['saya lanjutkan']],
    ],
  },
  // "…, best time is Tuesday mornings UK time." with the other details: the time dropped and asked again
  {
    name: 'the time after its label with the other details',
    steps: [
      ['150 agents, voice, email, web chat and social. Hybrid.', ['Estimate: 150 agents']],
      ["Looks reasonable. I'd like to talk to sales. I'm Margaret Okafor, Regent Coast Hotels, margaret.okafor@regentcoasthotels.com, best time is Tuesday mornings UK time.", ['Tuesday mornings UK time'], ['When is a good time']],
    ],
  },
  // "ok, I might talk to sales. why do you need my email though?": how the estimate is made; "yes ok" after the request
  // went: "I am not sure what you mean"
  {
    name: 'why the email is needed, and an ok after the request went',
    steps: [
      ['22 agents phone SMS email cloud', ['Estimate: 22 agents']],
      ['ok, I might talk to sales. why do you need my email though?', ['used for one thing only'], ['Each figure is the quantity']],
      ['talk to sales', ['What is your name?']],
      ['Dave Kowalski', ['email']],
      ['dave@kowalski.com', ['company']],
      ['Kowalski Plumbing Group', ['phone']],
      ['skip', ['good time']],
      ['afternoons', ['New lead']],
      ['yes', ['reference']],
      ['yes ok', [], ['I am not sure what you mean']],
    ],
  },
  // "I agree, but please don't add me to any marketing newsletters": asked yes or no again, the request never sent
  {
    name: 'an agreement with marketing refused beside it',
    steps: [
      ['Medical billing company, 85 agents, voice and email, hybrid, typical volumes.', ['Estimate: 85 agents']],
      ['I want to talk to sales: Priya Raman, ClearClaim Billing, priya.raman@clearclaimbilling.com, +1 615 555 0190, Thursdays after 1pm CT', ['New lead']],
      ["I agree, but please don't add me to any marketing newsletters", ['No newsletter', 'reference'], ['Please answer yes or no']],
    ],
  },
  // "yes include SMS" under the sales offer with SMS priced: the offer asked again, no word of SMS
  {
    name: 'a channel already priced, said with a yes under the sales offer',
    steps: [
      ['35 agents, voice and email, maybe SMS for alerts. Not sure about deployment', ['35 agents']],
      ['yes include SMS', ['That is already your scenario'], ['What is your name?']],
    ],
  },
  // "hubungi via WA aja ya 0812-…": the office email asked twice
  {
    name: 'WA saja sebagai pengganti email',
    locale: 'id-ID',
    steps: [
      ['mau hitung 8 agent, media sosial + email, cloud yaa', ['Estimasi: 8 agen']],
      ['oke lumayan. aku mau ngobrol sama sales deh', ['Siapa nama Anda?']],
      ['Nama aku Citra Larasati, brand Glowria Beauty, hubungi via WA aja ya 0812-3456-7890, enaknya sore jam 4an', ['Citra Larasati'], ['alamat email']],
      ['iya boleh', ['referensi', '0812-3456-7890']],
    ],
  },
  // "Saya gak punya email kantor, telepon saja ke 0813-…": the scenario cut to email, the email asked twice
  {
    name: 'tidak punya email kantor, telepon saja',
    locale: 'id-ID',
    steps: [
      ['Mau bikin tim CS 10 orang: telepon, WhatsApp, email.', ['10']],
      ['Oke cloud. Tolong sambungkan ke sales ya. Saya Pak Slamet, UD Jati Makmur Jepara. Saya gak punya email kantor, telepon saja ke 0813-2567-8899, siang setelah jam 1.', ['telepon, media sosial, dan email'], ['Estimasi: 10 agen, email, cloud', 'alamat email']],
    ],
  },
  // "Kenapa butuh email saya? Saya lebih nyaman ditelepon." at the email question: the email asked again and again
  {
    name: 'lebih nyaman ditelepon di pertanyaan email',
    locale: 'id-ID',
    steps: [
      ['3 staf, telepon dan email, cloud.', ['Estimasi: 3 agen']],
      ['Baik, saya ingin bicara dengan sales.', ['Siapa nama Anda?']],
      ['Ratna Wulandari', ['alamat email']],
      ['Kenapa butuh email saya? Saya lebih nyaman ditelepon.', ['Tidak apa-apa, tanpa email'], ['Apa alamat email kantor Anda?']],
    ],
  },
  // "SMS nya salah, maksudnya 4.000 per bulan, bukan 40.000": social media, email and live chat removed, SMS kept at 40,000
  {
    name: 'angka SMS yang salah dikoreksi',
    locale: 'id-ID',
    steps: [
      ['22 agen, live chat, email, WhatsApp, sama SMS sekitar 40.000 SMS per bulan. Cloud.', ['Estimasi: 22 agen']],
      ['SMS nya salah, maksudnya 4.000 per bulan, bukan 40.000', ['SMS 4.000 per bulan'], ['dihapus']],
    ],
  },
  // "kalo ganti ke MMS …": voice, SMS and WhatsApp removed, MMS alone; "balikin ke SMS aja": SMS alone
  {
    name: 'SMS diganti MMS lalu dikembalikan',
    locale: 'id-ID',
    steps: [
      ['9 agen. telp, wa, sms 20rb/bulan. cloud ya', ['Estimasi: 9 agen']],
      ['kalo ganti ke MMS biar bisa kirim gambar promo, jadi brp sebulan?', ['Estimasi: 9 agen, telepon, MMS, dan media sosial']],
      ['hmm mahal, balikin ke SMS aja', ['Estimasi: 9 agen, telepon, SMS, dan media sosial']],
    ],
  },
  // "trus klo stahun brp", "yg pling mhl itu apa ya pak": not understood
  {
    name: 'singkatan dan salah ketik: setahun dan paling mahal',
    locale: 'id-ID',
    steps: [
      ['4 org cs, lwt telpn sm sms aj, pke yg cloud', ['Estimasi: 4 agen']],
      ['itu per bln ya pak? trus klo stahun brp', ['per tahun'], ['belum menangkap']],
      ['yg pling mhl itu apa ya pak', ['Lisensi platform'], ['belum menangkap']],
    ],
  },
  // "yg cloud aja. brp per bulan" with cloud the scenario: "nothing changed", no price
  {
    name: 'deployment yang sama dengan harga ditanya',
    locale: 'id-ID',
    steps: [
      ['PO bus AKAP, pool di Cirebon. 35 agen. telp, sms, wa.', ['35']],
      ['mana yg paling murah buat kami?', ['Paling murah']],
      ['yg cloud aja. brp per bulan', ['Rp 157.375.000 per bulan'], ['tidak ada yang berubah']],
    ],
  },
  // "Yang cloud itu per tahun berapa rupiah?": the currency article; "total biaya tahun pertama termasuk PPN?" on
  // premises: the running year alone
  {
    name: 'cloud per tahun dalam rupiah, dan tahun pertama dengan PPN',
    locale: 'id-ID',
    steps: [
      ['12 agen, telepon, email, WhatsApp, dan live chat. Deployment belum tahu, tolong bandingkan ketiganya.', ['12 agen']],
      ['Yang cloud itu per tahun berapa rupiah?', [/per tahun/, 'Rp'], ['kurs bukan']],
      ['40 agen telepon on-premise', ['Estimasi: 40 agen']],
      ['total biaya tahun pertama termasuk PPN?', ['12 bulan pertama totalnya sekitar', 'dengan PPN']],
    ],
  },
  // "Tolong ubah jadwalnya ke Jumat pukul 14.00." after the request went to sales: not understood
  {
    name: 'jadwal telepon diubah setelah permintaan terkirim',
    locale: 'id-ID',
    steps: [
      ['28 agen, telepon, email, WhatsApp, live chat, cloud', ['Estimasi: 28 agen']],
      ['Saya ingin dihubungi tim sales: Dewi Anggraini, PT Nutrisi Cerdas Indonesia, dewi.anggraini@nutrisicerdas.co.id, 0812-9988-7766, Kamis pukul 10.00.', ['Dewi Anggraini']],
      ['Ya, saya setuju.', ['referensi']],
      ['Tolong ubah jadwalnya ke Jumat pukul 14.00.', ['Jumat pukul 14.00'], ['belum menangkap']],
    ],
  },
  // "kalau 6 agen tapi cuma kerja shift setengah hari, biaya lisensinya setengah?": the head count halved, no answer
  {
    name: 'lisensi untuk shift setengah hari',
    locale: 'id-ID',
    steps: [
      ['6 agen, telepon + whatsapp + email, cloud', ['Estimasi: 6 agen']],
      ['kalau 6 agen tapi cuma kerja shift setengah hari, biaya lisensinya setengah?', ['lisensi concurrent'], ['6 → 3']],
    ],
  },
  // "klo di tambah sms buat notif cucian udh jadi, 1 sms brp?": SMS added, the price of one never said
  {
    name: 'harga satu SMS ditanya sambil menambah SMS',
    locale: 'id-ID',
    steps: [
      ['brp ya klo 4 org cs, wa sm telp, yg cloud', ['Estimasi: 4 agen']],
      ['klo di tambah sms buat notif cucian udh jadi, 1 sms brp?', ['SMS ditambahkan', 'Rp 165 per pesan']],
      ['klo telp per menit?', [/per menit|menit/], ['kurang yakin']],
    ],
  },
  // "ok kalo rekaman telpon cuma disimpen 3 bulan, jadi brp?": the voice line (Rp 0 a minute)
  {
    name: 'rekaman disimpan 3 bulan',
    locale: 'id-ID',
    steps: [
      ['7 orang, telpon sama wa, cloud', ['Estimasi: 7 agen']],
      ['ok kalo rekaman telpon cuma disimpen 3 bulan, jadi brp?', ['Penyimpanan data'], ['**Telepon**']],
    ],
  },
  // "Kok penyimpanan datanya ada? aku kan ga rekam telepon" with no voice: "Updated", then the comparison
  {
    name: 'penyimpanan tanpa telepon dijelaskan',
    locale: 'id-ID',
    steps: [
      ['1 agen aja, whatsapp sama instagram, cloud. Brp ya?', ['Estimasi: 1 agen']],
      ['Kok penyimpanan datanya ada? aku kan ga rekam telepon', ['**Penyimpanan data**', 'tanpa saluran telepon'], ['selama 3 tahun']],
    ],
  },
  // "I need to know if your estimates account for HIPAA.": "How many agents?"; "Would a contact center even make sense for
  // 1 agent?": a comparison never asked, and "No." in front of the answer
  {
    name: 'a regulation asked of the estimate, and whether one agent needs a contact center',
    steps: [
      ["We're a telehealth startup, therapy sessions booked online. I need to know if your estimates account for HIPAA.", ['HIPAA'], ['How many agents']],
      ["I'm a solo bookkeeper, just me. Would a contact center even make sense for 1 agent? phone and email, cloud", ['business phone line', 'Estimate: 1 agent'], ['Cheapest over', /^No\./m]],
    ],
  },
  {
    name: 'usaha dua orang: perlu contact center, dan untung rugi cloud',
    locale: 'id-ID',
    steps: [
      ['Kalau cuma 2 orang apa perlu contact center? Apa untung ruginya pakai cloud?', ['telepon kantor biasa', 'lima kelebihan', 'Sumber menyebut tiga'], ['Pusat panggilan (call center) hanya']],
    ],
  },
  // "what is the one-time cost for hybrid?" with hybrid priced: the cost per agent a month
  {
    name: "the one-time cost of the scenario's own deployment",
    steps: [
      ['120 agents, voice, SMS, social media and web chat. hybrid.', ['Estimate: 120 agents']],
      ['what is the one-time cost for hybrid?', ['One-time:', '$151,000'], ['per agent per month']],
    ],
  },
  // "what about WhatsApp, how is that priced?": the social media line again; "$238 per agent?? that's a scam …": "Sorry
  // this has not helped yet"
  {
    name: 'how WhatsApp is billed, and a price called a scam',
    steps: [
      ['7 agents for social DMs, MMS and email. Cloud.', ['Estimate: 7 agents']],
      ['what about WhatsApp, how is that priced?', ['billed per conversation'], ['**Social media channel**']],
      ['$238 per agent?? that\'s a scam, my phone bill is 40 bucks', ['The largest costs'], ['Sorry this has not helped yet']],
    ],
  },
  // "what if texts double to 40k?": 40,000 agents at $6.1M a month; "which assumptions should I double-check …": the
  // head count doubled
  {
    name: 'a volume doubled to a figure, and a double-check',
    steps: [
      ["hello! we're a chain of nail salons. we just need 3 people texting clients (appointment reminders + replies), SMS only, no phone. cloud. about 20,000 texts a month", ['Estimate: 3 agents']],
      ['what if texts double to 40k?', ['SMS 40,000 a month', 'Estimate: 3 agents'], ['40,000 agents']],
      ['which assumptions should I double-check before presenting this?', ['What moves the total'], ['3 → 6']],
    ],
  },
  // "what share of the agents did you put in the cloud?" under a hybrid estimate: switched to the cloud
  {
    name: 'the hybrid share asked is no switch',
    steps: [
      ['60 agents: voice, email, web chat and social media. We\'d like a hybrid setup.', ['Estimate: 60 agents']],
      ['what share of the agents did you put in the cloud?', [/50%|half/], ['hybrid → cloud']],
    ],
  },
  // "eh boleh deh, saya setuju dihubungi" right after declining: the summary and the consent question again, twice
  {
    name: 'setuju dihubungi setelah menolak',
    locale: 'id-ID',
    steps: [
      ['Kami mau hotline teknisi 6 agen lewat telepon dan WhatsApp, cloud.', ['Estimasi: 6 agen']],
      ['Tolong hubungkan ke sales: Budi Santoso, CV Mata Elang Security, budi@mataelang.id, 031-5678-123, bisa dihubungi pagi jam 9-11', ['Bolehkah tim sales kami menghubungi Anda']],
      ['tidak', ['tidak menyimpan atau mengirim']],
      ['eh boleh deh, saya setuju dihubungi', ['referensi'], ['Bolehkah tim sales kami menghubungi Anda']],
    ],
  },
  // "…, WA aja ya 0812-…, enaknya dihubungi sore abis jam 4": the time asked twice, the lead sent without it
  {
    name: 'waktu setelah "enaknya dihubungi"',
    locale: 'id-ID',
    steps: [
      ['4 org, live chat sama instagram DM, cloud aja', ['Estimasi: 4 agen']],
      ['mau ngobrol sama sales deh', ['Siapa nama Anda?']],
      ['nama aku Sari Wulandari, toko Emas Lestari Jogja, WA aja ya 0812-2734-5561, enaknya dihubungi sore abis jam 4', ['sore abis jam 4'], ['Kapan waktu yang tepat', 'alamat email']],
    ],
  },
  // "Andi Pratama, PT Warna Prima Cat, WA 0813-…, email nggak usah ya": the email asked again, after the consent too
  {
    name: 'email nggak usah',
    locale: 'id-ID',
    steps: [
      ['25 agen, telepon, email, dan SMS, cloud', ['Estimasi: 25 agen']],
      ['hubungi sales', []],
      ['Andi Pratama, PT Warna Prima Cat, WA 0813-9988-7766, email nggak usah ya', ['0813-9988-7766'], ['alamat email']],
    ],
  },
  // "per org nya brp sbln": the month's total again; "cloud kalau setahun berapa per agen?": no figure per agent a year;
  // "yg mana lebih worth it buat kami": not understood; "Berapa biaya 3 bulan pertama …": the figure per agent
  {
    name: 'per orang sebulan, per agen setahun, mana yang lebih worth it, tiga bulan pertama',
    locale: 'id-ID',
    steps: [
      ['12 agen, telepon dan live chat, cloud', ['Estimasi: 12 agen']],
      ['per org nya brp sbln', ['per agen per bulan']],
      ['cloud kalau setahun berapa per agen?', ['per agen per tahun']],
      ['Berapa biaya 3 bulan pertama untuk opsi cloud?', ['Untuk 3 bulan']],
      ['yg mana lebih worth it buat kami, tenant kami 300an', [/Paling murah|terlalu tipis/], ['belum menangkap']],
    ],
  },
  // "… cloud. Boleh langsung disambungkan ke sales?": "Type 'talk to sales'", then the name not understood
  {
    name: 'minta disambungkan ke sales dengan sopan',
    locale: 'id-ID',
    steps: [
      ['Halo, saya punya biro arsitek di Bali. Mau CS 3 orang pakai email dan telepon, cloud. Boleh langsung disambungkan ke sales?', ['Siapa nama Anda?'], ['Ketik "hubungi sales"']],
      ['Made Wirawan', ['alamat email'], ['belum menangkap']],
    ],
  },
  // "is the price per agent the same if we sign a 3 year contract?": a 3-year total; "can we switch the seats off for the
  // rest of the year or are we locked in for 12 months?": not understood; "What if we kept it for 10 years?": storage
  // retention; "that cant be right, my buddy pays like $40 a user for his phone system": "already your scenario"
  {
    name: 'contract length, seats switched off, kept for ten years, and a price doubted',
    steps: [
      ['20 agents voice and email cloud', ['Estimate: 20 agents']],
      ['is the price per agent the same if we sign a 3 year contract?', ['no discount'], ['Over 3 years, cloud comes to']],
      ['can we switch the seats off for the rest of the year or are we locked in for 12 months?', ['minimum terms'], ['I am not sure what you mean']],
      ['What if we kept it for 10 years?', ['horizon 3 → 10 years'], ['retention']],
      ['that cant be right, my buddy pays like $40 a user for his phone system', ['What moves the total'], ['That is already your scenario']],
    ],
  },
  // "why is there no voice line and is storage lower because we have no calls?": "That is already your scenario"
  {
    name: 'why no voice line, and storage without calls',
    steps: [
      ['12 agents, web chat, email and social media, cloud', ['Estimate: 12 agents']],
      ['why is there no voice line and is storage lower because we have no calls?', ['**Data storage**'], ['That is already your scenario', 'removed']],
    ],
  },
  // "and what do we lose if we go essentials tier?": the tier switched, no word of what it drops; "sorry, back to
  // English — can you show the price in rupiah?": the currency article, no figure
  {
    name: 'what a tier drops, and the price in rupiah asked for',
    steps: [
      ['30 agents voice cloud', ['Estimate: 30 agents']],
      ['and what do we lose if we go essentials tier?', ['The tiers differ only in the platform licence', '$4,875 a month in all on Essential'], ['Updated']],
      ['sorry, back to English — can you show the price in rupiah?', ['Rp'], ['say "in rupiah"']],
    ],
  },
  // "actually yes, go ahead and send it" right after declining: the summary and the consent question again
  {
    name: 'sending said in so many words after declining',
    steps: [
      ['We run a wine club. 7 agents, phone + email + SMS, cloud, typical volumes.', ['Estimate: 7 agents']],
      ["I'd like someone from sales to reach out", ['What is your name?']],
      ['Priya Raman', ['email']],
      ['priya@cellarclub.co', ['company']],
      ['Cellar Club', ['phone']],
      ['skip', ['good time']],
      ['Tuesdays or Thursdays after 2pm', ['New lead']],
      ['no', []],
      ['actually yes, go ahead and send it', ['reference'], ['May our sales team contact you']],
    ],
  },
];

describe('forty-third round (2026-12-06, thirty-fifth session)', () => {
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
