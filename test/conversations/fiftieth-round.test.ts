/**
 * What the forty-second session (2026-12-06) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "Is 4 agents too small, is there a minimum?" under an estimate: "I am not sure about that one"
  {
    name: 'a minimum head count asked is the vendor term with the advisor floor of one agent',
    steps: [
      ['4 agents, voice and email, cloud', ['Estimate: 4 agents']],
      ['Is 4 agents too small, is there a minimum?', ['no minimum head count', 'from one agent up'], ['not sure']],
    ],
  },
  // "minimal berapa agen?": the general vendor-terms answer, minimums not named
  {
    name: 'a minimum head count asked in Indonesian',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['minimal berapa agen?', ['tidak punya jumlah agen minimal', 'mulai dari satu agen']],
    ],
  },
  // "Is 4 agents too small?": the estimate again
  {
    name: 'whether the team is big enough is the small-teams answer',
    steps: [
      ['4 agents, voice and email, cloud', ['Estimate: 4 agents']],
      ['Is 4 agents too small?', ['from one agent up'], ['Estimate:']],
    ],
  },
  // "Then how about hybrid, cheaper or not?" after the small-teams answer: the small-teams answer again
  {
    name: 'another deployment asked cheaper or not after an article is its cost against the estimate',
    steps: [
      ['4 agents, voice and email, cloud', ['Estimate: 4 agents']],
      ['Is 4 agents too small?', ['from one agent up']],
      ['Then how about hybrid, cheaper or not?', ['The same scenario hybrid', 'more than cloud']],
    ],
  },
  // "How you price WeChat?" under an estimate: voice and email replaced with social media
  {
    name: 'a network price asked under an estimate is the social line, not a new channel list',
    steps: [
      ['4 agents, voice and email, cloud', ['Estimate: 4 agents']],
      ['How you price WeChat?', ['social media'], ['Updated', 'removed voice']],
    ],
  },
  // "kalau mau nambah AI gimana, ada biayanya gak?": AI added to the scenario
  {
    name: 'an add-on cost asked in a hypothetical is its price, not an order',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['kalau mau nambah AI gimana, ada biayanya gak?', ['AI', 'per percakapan'], ['AI sudah masuk skenario', 'Diperbarui']],
    ],
  },
  // "kok telepon sudah termasuk? emang gak ada batasnya?": the voice line and the estimate's disclaimer
  {
    name: 'a cap on included calls asked is the voice price answer',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['kok telepon sudah termasuk? emang gak ada batasnya?', ['panggilan tanpa batas', 'batas pemakaian wajar'], ['estimasi anggaran, bukan penawaran']],
    ],
  },
  // "but in Nov and Dec we need 20 agents leh. how much for the whole year?": 20 agents all year
  {
    name: 'a season said beside a question for the year prices the year by season',
    steps: [
      ['8 agents voice and web chat cloud', ['Estimate: 8 agents']],
      ['but in Nov and Dec we need 20 agents leh. how much for the whole year?', ['10 months × $1,900', '2 months × $4,750'], ['agents 8 → 20']],
    ],
  },
  // "… call center untuk 1200 agen, semua channel, hybrid": every channel but voice
  {
    name: 'all channels for a call center include voice',
    locale: 'id-ID',
    steps: [['Selamat malam. Saya mau hitung biaya call center untuk 1200 agen, semua channel, hybrid. Kami grup ritel minimarket nasional.', ['Estimasi: 1.200 agen, telepon, SMS, MMS, media sosial, email, dan live chat, hibrida']]],
  },
  // "kenapa on premise bisa 4x lipat? masuk akal gak sih": 40 agents on-premises
  {
    name: 'a ratio asked about is the gap between deployments, not a change',
    locale: 'id-ID',
    steps: [
      ['10 agen, live chat dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['kenapa on premise bisa 4x lipat? masuk akal gak sih', ['on-premise'], ['Perubahan', '40 agen']],
    ],
  },
  // "kalo on prem kapan balik modalnya dibanding cloud?": the scenario switched to on-premises
  {
    name: 'a payback asked between two deployments keeps the chosen one',
    locale: 'id-ID',
    steps: [
      ['80 agen, telepon, whatsapp dan email, cloud', ['Estimasi: 80 agen']],
      ['kalo on prem kapan balik modalnya dibanding cloud?', ['cloud'], ['Perubahan', 'model penerapan cloud → on-premise']],
    ],
  },
  // "yg hybrid itu maksudnya gimana sih, setengah2?": 60 agents halved and hybrid chosen
  {
    name: 'the meaning of hybrid asked with a guess beside it is the meaning',
    locale: 'id-ID',
    steps: [
      ['60 agen, chat, email dan sosmed, cloud', ['Estimasi: 60 agen']],
      ['yg hybrid itu maksudnya gimana sih, setengah2?', [/hibrida/i], ['Perubahan', '60 → 30']],
    ],
  },
  // "berapa kalo pake AI chatbot buat jawab pertanyaan2 basic?": the basic tier chosen beside AI
  {
    name: 'basic questions are no basic tier',
    locale: 'id-ID',
    steps: [
      ['30 agen, sosmed dan live chat, cloud', ['Estimasi: 30 agen']],
      ['berapa kalo pake AI chatbot buat jawab pertanyaan2 basic?', ['AI'], ['Dasar']],
    ],
  },
  // "eh maaf bukan 10, 8 org aja. sama tambah live chat di web": 10 kept
  {
    name: 'not ten, eight corrects to eight',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan sms, cloud', ['Estimasi: 10 agen']],
      ['eh maaf bukan 10, 8 org aja. sama tambah live chat di web', ['Estimasi: 8 agen', 'live chat']],
    ],
  },
  // "hybrid bisa gak?" at the deployment question: what hybrid is, and the question again
  {
    name: 'a deployment asked to be possible at the deployment question is chosen',
    locale: 'id-ID',
    steps: [
      ['toko elektronik online, 12 agen, chat dan email', ['Mau dijalankan di mana']],
      ['hybrid bisa gak?', ['volume'], ['Mau dijalankan di mana', 'Pusat kontak hibrida mencampur']],
    ],
  },
  // "Hybrid might make sense since our DMS is on-site. What would hybrid cost?": social media alone, hybrid
  {
    name: 'DMS in capitals is a system, not direct messages',
    steps: [
      ['Hello, I manage a car dealership group in Dubai. 25 sales and service advisors on phone, WhatsApp, Instagram and email.', ['Where should it run']],
      ['Hybrid might make sense since our DMS is on-site. What would hybrid cost?', ['Estimate: 25 agents, voice, social media and email, hybrid']],
    ],
  },
  // "Can I see it in AED?": not understood; "Can you show that in Korean won?": the estimate again
  {
    name: 'a currency asked for by name is said to be unavailable',
    steps: [
      ['25 agents, voice and email, cloud', ['Estimate: 25 agents']],
      ['Can I see it in AED?', ['I cannot show "AED"'], ['not sure what you mean']],
      ['Can you show that in Korean won?', ['I cannot show "won"'], ['Line items']],
    ],
  },
  // "me plus 2 friends answer messages": 2 agents and 2 social messages a month
  {
    name: 'the visitor plus two friends are three agents',
    steps: [
      ['i have a small online candle business and me plus 2 friends answer messages on instagram and email', ['agents: 3'], ['social interactions 2']],
      ['ok. so for the 3 of us, cloud, how much?', ['Estimate: 3 agents']],
    ],
  },
  // "Our guys each make about 3,500 minutes a month …": 3,500 minutes in all
  {
    name: 'minutes each of the team makes are per agent',
    steps: [
      ['120 collectors, voice and sms, on-premises', ['Estimate: 120 agents']],
      ['Our guys each make about 3,500 minutes a month, and we send roughly 40k texts a month total', ['420,000'], ['3,500 voice minutes a month']],
    ],
  },
  // "whats teh diffrence between the basic standard and premium": premium chosen
  {
    name: 'the difference between tiers asked is the tiers, not a switch',
    steps: [
      ['28 agents, voice and email, cloud', ['Estimate: 28 agents']],
      ['whats teh diffrence between the basic standard and premium', ['Premium', 'Standard'], ['Updated']],
    ],
  },
  // "kalo hybrid kenapa ada biaya server segala?": the cost per agent of hybrid
  {
    name: 'why a deployment carries a line is that line there',
    locale: 'id-ID',
    steps: [
      ['7 agen, telepon dan whatsapp, hybrid', ['Estimasi: 7 agen']],
      ['kalo hybrid kenapa ada biaya server segala?', ['**Server (on-premise)**', 'sekali bayar'], ['per agen per bulan']],
    ],
  },
  // "kalau perusahaan kecil lebih cocok yg mana": what hybrid is
  {
    name: 'which deployment suits a small business is the small-teams answer',
    locale: 'id-ID',
    steps: [
      ['Permisi, saya mau tanya2 dulu. Apa bedanya contact center cloud sama on premise? Kelebihan kekurangannya apa', ['on-premise']],
      ['kalau perusahaan kecil lebih cocok yg mana', ['cloud biasanya paling cocok untuk tim kecil'], ['Pusat kontak hibrida mencampur']],
    ],
  },
  // "apakah on premise tetap jalan kalau internet putus?": the cloud's outage answer alone
  {
    name: 'whether on-premises runs without the internet is answered for on-premises',
    locale: 'id-ID',
    steps: [
      ['30 agen helpdesk internal, telepon dan email, on premise', ['Estimasi: 30 agen']],
      ['apakah on premise tetap jalan kalau internet putus?', ['On-premise justru sebaliknya']],
    ],
  },
  // "6000 panggilan itu dihitung jadi brp menit?": the price of a minute
  {
    name: 'the minutes calls were counted as is the voice line quantity',
    locale: 'id-ID',
    steps: [
      ['14 agen, telepon dan whatsapp, cloud, 6000 panggilan sebulan', ['Estimasi: 14 agen']],
      ['6000 panggilan itu dihitung jadi brp menit?', ['6.000 panggilan × 330 detik ÷ 60 = 33.000 menit']],
    ],
  },
  // "Sebenarnya kami udah punya PBX lama di kantor, apa bisa dipake?": the drawbacks of on-premises
  {
    name: 'an old PBX asked to be usable is the existing PBX answer',
    locale: 'id-ID',
    steps: [['Sebenarnya kami udah punya PBX lama di kantor, apa bisa dipake?', ['PBX yang ada lewat SIP trunk'], ['lima kekurangan']]],
  },
  // "yaudah yg paling simpel aja": not understood; "berapa itu": "I am not sure about that one"
  {
    name: 'the simplest deployment asked for is cloud, and how much it is is the total',
    locale: 'id-ID',
    steps: [
      ['Pagi, saya wedding organizer, kami bertiga yang handle inquiry klien lewat IG, WA, dan telpon. Gak ngerti teknis sama sekali, enaknya pake yg mana?', ['3 agen']],
      ['yaudah yg paling simpel aja', ['paling simpel dijalankan adalah cloud'], ['belum menangkap']],
      ['berapa itu', ['Untuk 3 agen', 'per bulan'], ['kurang yakin']],
    ],
  },
  // "aturan OJK soal rekaman telpon harus disimpan lama, itu ngaruh ke biaya gak?": data residency
  {
    name: 'recordings kept long asked about the cost is what retention does to storage',
    locale: 'id-ID',
    steps: [
      ['45 agen, telepon dan whatsapp, cloud', ['Estimasi: 45 agen']],
      ['aturan OJK soal rekaman telpon harus disimpan lama, itu ngaruh ke biaya gak?', ['per masa simpan', 'Penyimpanan data']],
    ],
  },
  // "yg cloud gak usah, kantor pusat gak boleh simpan data di luar": not understood; then the three-way verdict on cloud
  {
    name: 'cloud not needed is a refusal, and two deployments set against each other are their gap',
    locale: 'id-ID',
    steps: [
      ['Kami operator kapal ferry penyeberangan, mau bikin call center 70 agen untuk info jadwal & tiket. telpon sama WA. on premise atau hybrid, tolong bandingin dua2nya aja', ['70 agen']],
      ['yg cloud gak usah, kantor pusat gak boleh simpan data di luar', ['bukan cloud'], ['belum menangkap']],
      ['jadi antara on prem dan hybrid mana yg lebih murah 3 tahun?', ['Selama 3 tahun skenario Anda sekitar', 'dengan on-premise dan', 'dengan hibrida'], ['Paling murah selama 3 tahun: cloud']],
    ],
  },
  // "… data percakapan kami nanti apakah disimpan oleh chatbot ini? Saya khawatir soal privasi": not understood
  {
    name: 'what this chat keeps asked beside an introduction is the privacy answer',
    locale: 'id-ID',
    steps: [['Saya dari platform crowdfunding/donasi online. Pertanyaan dulu sebelum hitung: data percakapan kami nanti apakah disimpan oleh chatbot ini? Saya khawatir soal privasi', ['Saya hanya menyimpan skenario'], ['belum menangkap']]],
  },
  // "sms 40rb itu dihitung brp per sms?" under an estimate: "tell me your head count"; "kalo sms nya naik jd 100rb?": the
  // message fees alone
  {
    name: 'messages priced under an estimate do not ask the head count, and a new count changes the estimate',
    locale: 'id-ID',
    steps: [
      ['hi, apotek online, cs 25 org. chat + sms (reminder obat). sms nya kira2 40rb/bulan. cloud', ['Estimasi: 25 agen']],
      ['sms 40rb itu dihitung brp per sms?', ['Rp 165 per pesan'], ['sebutkan jumlah agen']],
      ['kalo sms nya naik jd 100rb?', ['SMS 100.000 per bulan', 'Rp 6.600.000 → Rp 16.500.000']],
    ],
  },
  // "… 300 agen, full voice outbound, kira2 250rb menit per bulan", then "on premise, …": the optional volumes question
  {
    name: 'volumes said as the form opens answer the optional volumes step',
    locale: 'id-ID',
    steps: [
      ['Selamat siang. Kami perusahaan pembiayaan motor (multifinance), divisi collection mau bangun call center 300 agen, full voice outbound, kira2 250rb menit per bulan', ['Mau dijalankan di mana']],
      ['on premise, soalnya data nasabah sensitif', ['Estimasi: 300 agen, telepon, on-premise'], ['volume bulanan']],
    ],
  },
  // "How many times would we replace hardware in that period?": the server line, its cycle only among its assumptions
  {
    name: 'when the hardware is bought again within the horizon is said',
    steps: [
      ['30 agents voice and email on-premises, 10 years', ['Estimate: 30 agents']],
      ['How many times would we replace hardware in that period?', ['bought again every 5 years', 'once, in year 6']],
    ],
  },
  // "Can you break down how you got the monthly total": the total again
  {
    name: 'the monthly total broken down is its working',
    steps: [
      ['60 agents, voice, sms and web chat, cloud', ['Estimate: 60 agents']],
      ['Can you break down how you got the monthly total', ['Platform licence', 'Data storage'], ['For 60 agents, voice, SMS and web chat, cloud: about']],
    ],
  },
  // "OK and the monthly IT staffing, how many people is that?": how agents are staffed
  {
    name: 'the IT staff head count asked is the IT staff line',
    steps: [
      ['200 operators, voice, on-premises', ['Estimate: 200 agents']],
      ['OK and the monthly IT staffing, how many people is that?', ['In-house IT staff'], ['Erlang']],
    ],
  },
  // "We already have 3 full-time IT people who look after the telephony, does your number include them?": "nothing changed"
  {
    name: 'the visitor own IT people asked about are the IT staff line',
    steps: [
      ['450 agents, voice, sms and social, cloud', ['Estimate: 450 agents']],
      ['We already have 3 full-time IT people who look after the telephony, does your number include them?', ['no in-house IT'], ['nothing changed']],
    ],
  },
  // "What would change if 150 of the agents moved to the cloud and the rest stayed on our servers?": 150 agents in the cloud
  {
    name: 'part of the team moved to the cloud is a hybrid with that share',
    steps: [
      ['450 agents, voice, sms and social, on-premises', ['Estimate: 450 agents']],
      ['What would change if 150 of the agents moved to the cloud and the rest stayed on our servers?', ['hybrid split 33% of the seats in the cloud', 'Estimate: 450 agents'], ['agents 450 → 150']],
    ],
  },
  // "We'd be more like 70% cloud.": 70% more agents in the cloud
  {
    name: 'a share of the team in the cloud is the hybrid split',
    steps: [
      ['25 agents, voice and email, hybrid', ['Estimate: 25 agents']],
      ["We'd be more like 70% cloud.", ['70% of the seats in the cloud'], ['agents 25 →']],
    ],
  },
  // "OK. Cloud estimate please." after a privacy answer: cloud's drawbacks; the 40 agents said with the privacy question lost
  {
    name: 'a privacy question beside the scenario keeps it, and a deployment estimate asked for is priced',
    steps: [
      ["Hi, I'm with an online eyewear retailer in Copenhagen. 40 agents, chat, email and Facebook/Instagram. Before I type anything about our business: do you store this conversation, and who sees it?", ['I keep only', 'agents: 40']],
      ['OK. Cloud estimate please.', ['Estimate: 40 agents, social media, email and web chat, cloud']],
    ],
  },
  // "ternyata email jarang banget dipake, hapus aja": email alone kept
  {
    name: 'a channel dropped with "hapus aja" is removed, not kept alone',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon, whatsapp dan email, cloud', ['Estimasi: 20 agen']],
      ['ternyata email jarang banget dipake, hapus aja', ['Estimasi: 20 agen, telepon dan media sosial, cloud']],
    ],
  },
  // "oke mending hapus MMS aja deh, foto lewat WA aja": WhatsApp alone
  {
    name: 'one channel dropped for another keeps the rest',
    locale: 'id-ID',
    steps: [
      ['15 agen, telepon, mms dan whatsapp, cloud', ['Estimasi: 15 agen']],
      ['oke mending hapus MMS aja deh, foto lewat WA aja', ['Estimasi: 15 agen, telepon dan media sosial, cloud']],
    ],
  },
  // "Kalo pakai SMS itu dihitungnya per pesan ya? brp per SMS?" under an estimate: SMS alone priced
  {
    name: 'a channel asked about under an estimate is its line, not the channel list',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon dan sms, cloud', ['Estimasi: 30 agen']],
      ['Kalo pakai SMS itu dihitungnya per pesan ya? brp per SMS?', ['SMS'], ['Estimasi: 30 agen, SMS, cloud', 'telepon dihapus']],
    ],
  },
  // "jam kerja senin-sabtu aja, jamaah kita kebanyakan nelpon pagi": WhatsApp removed, voice alone
  {
    name: 'a channel named in passing under an estimate does not replace the others',
    locale: 'id-ID',
    steps: [
      ['12 agen, telepon dan whatsapp, cloud', ['Estimasi: 12 agen']],
      ['jam kerja senin-sabtu aja, jamaah kita kebanyakan nelpon pagi', [], ['media sosial dihapus']],
    ],
  },
  // "kemahalan gak sih buat 2 orang? ada opsi lebih murah?" at the optional volumes step: the estimate, the question lost
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed after another reply)
    name: 'a question at the optional volumes step is answered beside the estimate',
    locale: 'id-ID',
    steps: [
      ['permisi, sy kerja di penerbit buku kecil di jogja. cuma 2 org yg jawab pertanyaan pembaca sama toko buku', ['Saluran apa saja']],
      ['email aja cukup sih, paling sesekali telpon', ['Mau dijalankan di mana']],
      ['cloud', ['volume']],
      ['kemahalan gak sih buat 2 orang? ada opsi lebih murah?', ['Estimasi: 2 agen', 'Biaya terbesar']],
    ],
  },
  // "How much of the monthly is the licence vs storage?": storage alone
  {
    name: 'two lines asked together are each answered',
    steps: [
      ['90 agents, voice, email and social, cloud', ['Estimate: 90 agents']],
      ['How much of the monthly is the licence vs storage?', ['**Platform licence', '**Data storage']],
    ],
  },
  // "what's the total first-year cost now?": the month, the year and the one-time part, never summed
  {
    name: 'the total first-year cost is the first twelve months',
    steps: [
      ['25 operators, voice and email, on-premises', ['Estimate: 25 agents']],
      ["what's the total first-year cost now?", [/first (?:12 months|year)/i]],
    ],
  },
  // "I see. And which of the three would be cheapest for us over five years?": over 3 years
  {
    name: 'the horizon said beside a comparison is used',
    steps: [
      ['22 staff, voice and email, cloud', ['Estimate: 22 agents']],
      ['I see. And which of the three would be cheapest for us over five years?', ['5 years'], ['over 3 years']],
    ],
  },
  // "show me both 20 and 30 side by side?": 30 agents across the deployments
  {
    name: 'two head counts asked side by side',
    steps: [
      ['30 agents, voice and web chat, cloud', ['Estimate: 30 agents']],
      ['show me both 20 and 30 side by side?', ['20 agents', '30 agents']],
    ],
  },
  // "how many IT admins are you assuming for on-prem at 600 seats?": on-premises chosen
  {
    name: 'the IT staff assumed for another deployment keeps the scenario',
    steps: [
      ['600 agents, voice, email and web chat, cloud', ['Estimate: 600 agents']],
      ['how many IT admins are you assuming for on-prem at 600 seats?', ['In-house IT staff'], ['Updated: deployment cloud → on-premises']],
    ],
  },
  // "bet, peace": outside what I know; "Danke, tschüss": "I only speak English and Indonesian"
  {
    name: 'a goodbye in slang or another language is a goodbye',
    steps: [
      ['5 agents, social and email, cloud', ['Estimate: 5 agents']],
      ['bet, peace', [/bye|Goodbye/i], ['outside what I know']],
    ],
  },
  {
    name: 'a goodbye in German is a goodbye',
    steps: [
      ['8 agents, voice and email, cloud', ['Estimate: 8 agents']],
      ['Danke, tschüss', [/Goodbye|welcome/i], ['only speak']],
    ],
  },
  // "Farmers mostly send SMS and call us": SMS alone; "call, text or email us": email lost
  {
    name: 'the ways customers reach the business, said as verbs, are its channels',
    steps: [
      ['Our fly-in fly-out workers call, text or email us. 12 agents. Can you compare all three options?', ['12 agents, voice, SMS and email']],
    ],
  },
  // "ok and is whatsapp counted under social media in your estimate?" after the privacy answer: the privacy answer again
  {
    name: 'a question about the estimate after a privacy answer is not about privacy',
    steps: [
      ['5 staff, whatsapp, web chat and email, cloud', ['Estimate: 5 agents']],
      ['do you store this chat?', ['I keep only']],
      ['ok and is whatsapp counted under social media in your estimate?', ['WhatsApp'], ['I keep only']],
    ],
  },
  // "deployment hybrid (Jakarta on-prem, Semarang cloud)": the comparison, then a cloud estimate
  {
    name: 'hybrid with its parts said after it is hybrid',
    locale: 'id-ID',
    steps: [
      ['Halo, kami vendor software akuntansi utk UKM. Skrg ada 150 CS tersebar di Jakarta & Semarang', ['Saluran apa saja']],
      ['channel: telepon, email, live chat, whatsapp. deployment hybrid (Jakarta on-prem, Semarang cloud)', ['hibrida'], ['Paling murah']],
    ],
  },
  // "14 konsultan yg pegang CS. Belum tau mau cloud atau gimana, tolong bandingin ketiganya aja": a cloud estimate alone
  {
    // (a guard: the start's code passes this conversation; the visitor's turn came in another context)
    name: 'a deployment named in doubt beside a comparison of all three is not chosen',
    locale: 'id-ID',
    steps: [
      ['Halo, saya konsultan study abroad. Klien banyak tanya via WA, IG, email, dan telpon', ['agen']],
      ['14 konsultan yg pegang CS. Belum tau mau cloud atau gimana, tolong bandingin ketiganya aja', ['Perbandingan']],
    ],
  },
  // "Angka menit telepon yg dipakai berapa? Sesuai yg sy kasih kan?": the voice line, then a second, unrelated answer
  {
    name: 'a confirmation tag beside a question about the estimate is no question of its own',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon, cloud, 12.000 menit per bulan', ['Estimasi: 10 agen']],
      ['Angka menit telepon yg dipakai berapa? Sesuai yg sy kasih kan?', ['12.000'], ['kurang yakin', 'belum menangkap']],
    ],
  },
  // "kita jg aktif bgt di IG sama tiktok, itu masuk hitungan gak?": an article about Discord
  {
    name: 'networks asked to be counted are the social line',
    locale: 'id-ID',
    steps: [
      ['8 agen, whatsapp dan email, cloud', ['Estimasi: 8 agen']],
      ['kita jg aktif bgt di IG sama tiktok, itu masuk hitungan gak?', ['media sosial'], ['discord', 'Discord']],
    ],
  },
  // "kalau penyimpanan datanya kita batasi cuma 3 bulan, biayanya turun?": storage explained, a 3-month peak noted
  {
    name: 'a retention limit asked about its cost is the retention question',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan email, cloud', ['Estimasi: 20 agen']],
      ['kalau penyimpanan datanya kita batasi cuma 3 bulan, biayanya turun?', ['per masa simpan']],
    ],
  },
  // "Biaya2 ini dalam rupiah ya? Kalau vendor nagih dolar gimana": the total again
  {
    name: 'the currency vendors bill in is the currency answer',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan email, cloud', ['Estimasi: 20 agen']],
      ['Biaya2 ini dalam rupiah ya? Kalau vendor nagih dolar gimana', ['Rp 16.500'], ['Untuk 20 agen']],
    ],
  },
  // "trus kalo shift malem gak usah, cuma 8 jam sehari, ngaruh gak ke biaya?": "Baik. Ada lagi…"
  {
    name: 'fewer hours a day asked about the cost is the hours question',
    locale: 'id-ID',
    steps: [
      ['40 agen, telepon dan whatsapp, cloud', ['Estimasi: 40 agen']],
      ['trus kalo shift malem gak usah, cuma 8 jam sehari, ngaruh gak ke biaya?', ['per agen'], ['Ada lagi yang bisa saya bantu']],
    ],
  },
  // "Kalau porsi cloud di hybrid nya 80% gimana hasilnya?": the comparison at 50%
  {
    name: 'the cloud portion of a hybrid asked in Indonesian',
    locale: 'id-ID',
    steps: [
      ['30 agen, telepon dan email, hybrid', ['Estimasi: 30 agen']],
      ['Kalau porsi cloud di hybrid nya 80% gimana hasilnya?', ['80%']],
    ],
  },
  // "Yang sekali bayar di on-premise itu isinya apa saja?": the whole on-premises estimate
  {
    name: 'what the one-time cost of another deployment is made of',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan email, cloud', ['Estimasi: 20 agen']],
      ['Yang sekali bayar di on-premise itu isinya apa saja?', ['Server (on-premise)', 'Voice gateway'], ['Rincian (nilai tipikal']],
    ],
  },
  // "data chat customer kita disimpen dimana ya? ada yg wajib di indonesia gak?": the answer, then "I did not catch that"
  {
    name: 'the residency answer alone is the reply',
    locale: 'id-ID',
    steps: [
      ['20 agen, chat dan email, cloud', ['Estimasi: 20 agen']],
      ['data chat customer kita disimpen dimana ya? ada yg wajib di indonesia gak?', ['di dalam negeri'], ['belum menangkap']],
    ],
  },
  // "kalo servernya kita udah punya sendiri, bisa dikurangin gak biaya servernya?": on-premises' drawbacks
  {
    name: 'servers said to be owned already are owned in the scenario',
    locale: 'id-ID',
    steps: [
      ['50 agen, telepon + email, on-prem, tolong hitungin', ['Estimasi: 50 agen']],
      ['kalo servernya kita udah punya sendiri, bisa dikurangin gak biaya servernya?', ['server yang sudah Anda miliki tidak dibeli lagi']],
    ],
  },
  // "Fajar Kamera Rent" at the company question, "Fajar" given as the name: the name "Fajar Kamera Rent", the company
  // asked again and again
  {
    name: 'a business named after its owner at the company question is the company',
    locale: 'id-ID',
    steps: [
      ['2 orang admin, WA sama IG doang, cloud', ['Estimasi: 2 agen']],
      ['oke, tolong sambungin ke sales deh', ['nama']],
      ['Fajar', ['email']],
      ['fajar.rental@gmail.com', ['perusahaan']],
      ['Fajar Kamera Rent', [/telepon|nomor/i], ['nama Anda: Fajar Kamera Rent']],
    ],
  },
  // "we go from about 10 people on the phones to roughly 40 in peak": 10 + 40 = 50 agents
  {
    // (a guard: the start's code passes this shorter message; the visitor's, with the offices and the phone system, failed)
    name: 'a head count growing from one figure to another is a base and a peak',
    steps: [
      ['We are a tax preparation firm. Our phones go crazy January through April, so we go from about 10 people on the phones to roughly 40 in peak. Voice and email, cloud.', ['10 agents'], ['50 agents']],
    ],
  },
  // "can we keep recordings for less? we only need 6 months": a 6-month rental
  {
    name: 'months of recordings kept are a retention, not a rental',
    steps: [
      ['40 staff, voice and whatsapp, cloud', ['Estimate: 40 agents']],
      ['can we keep recordings for less? we only need 6 months', ['retention'], ['For 6 months']],
    ],
  },
  // "wait whats the monthly total again?" at the phone question: the phone question again
  {
    name: 'the total asked in the sales form is answered there',
    steps: [
      ['6 agents, voice and email, cloud', ['Estimate: 6 agents']],
      ['talk to sales', ['name']],
      ['Jane Doe', ['email']],
      ['jane@salon.co.uk', ['company']],
      ['Salon Group', ['phone']],
      ['wait whats the monthly total again?', ['about $1,425 a month', 'phone']],
    ],
  },
  // "sorry, it's 14 not 20, the others are volunteers who don't take calls": email removed, 20 kept
  {
    name: 'fourteen not twenty corrects the head count',
    steps: [
      ['20 agents, voice and email, cloud', ['Estimate: 20 agents']],
      ["sorry, it's 14 not 20, the others are volunteers who don't take calls", ['Estimate: 14 agents, voice and email'], ['removed email']],
    ],
  },
  // "eh salah agennya 7 deng bukan 5": the estimate kept at 5
  {
    name: 'seven not five, said in Indonesian, corrects the head count',
    locale: 'id-ID',
    steps: [
      ['5 agen, telepon dan whatsapp, cloud', ['Estimasi: 5 agen']],
      ['eh salah agennya 7 deng bukan 5', ['Estimasi: 7 agen']],
    ],
  },
  // "can you give me prices in Swiss francs?": outside what I know
  {
    name: 'Swiss francs asked for are said to be unavailable',
    steps: [
      ['10 agents, voice and email, cloud', ['Estimate: 10 agents']],
      ['can you give me prices in Swiss francs?', ['I cannot show "francs"'], ['outside what I know']],
    ],
  },
  // "What if we record only half our calls?": half the calls; "Can we turn off call recording …?": voice added
  {
    name: 'the share of calls recorded is set, not the calls',
    steps: [
      ['20 agents, voice and email, cloud, 6000 calls a month', ['Estimate: 20 agents']],
      ['What if we record only half our calls?', ['calls recorded 50%'], ['voice minutes', 'calls 6,000 → 3,000']],
    ],
  },
  {
    name: 'call recording turned off is no recording, not voice added',
    steps: [
      ['12 agents, voice and email, cloud', ['Estimate: 12 agents']],
      ['Can we turn off call recording and would that lower the storage cost?', ['no calls recorded'], ['Add it?']],
    ],
  },
  // "… at a 30-lawyer firm … 12 people handling phone calls, emails and a chat widget": 30 + 12 = 42 agents
  {
    name: 'a figure hyphenated to a noun describes the business, not agents',
    steps: [["Hello. I'm the office manager at a 30-lawyer firm in Chicago. We want a proper intake team: 12 people handling phone calls, emails and a chat widget on our website.", ['agents: 12'], ['42']]],
  },
  // "… nothing phone-based. cloud obviously": voice added
  {
    name: 'a channel said not to be used is left out',
    steps: [['hey! we sell merch for a couple of youtubers. 3 of us handle customer emails and instagram/twitter DMs. nothing phone-based. cloud obviously', ['Estimate: 3 agents, social media and email, cloud'], ['Voice*']]],
  },
  // "30 agents on phones and 10 more who only do email": the ten dropped
  {
    name: 'groups of the team by channel are the team together',
    steps: [['Hi, we sell water filter subscriptions. 30 agents on phones and 10 more who only do email. Cloud please.', ['Estimate: 40 agents, voice and email, cloud']]],
  },
  // "Actually wait, what's the first year cost before I say yes?" at the consent question: "please answer yes or no"
  {
    // (a guard: the start's code passes this conversation; the visitor's form had a phone and a time given)
    name: 'the first year asked at the consent question is answered there',
    steps: [
      ['6 agents, voice and email, cloud', ['Estimate: 6 agents']],
      ['talk to sales', ['name']],
      ['Jane Doe, jane@salon.co.uk, Salon Group, skip phone', []],
      ['skip', []],
      ["Actually wait, what's the first year cost before I say yes?", [/first (?:12 months|year)/i]],
    ],
  },
  // "klo 3 thn pake on prem lebih murah gk?": on-premises chosen
  {
    name: 'another deployment asked cheaper over years keeps the scenario',
    locale: 'id-ID',
    steps: [
      ['8 agen, telepon dan whatsapp, cloud', ['Estimasi: 8 agen']],
      ['klo 3 thn pake on prem lebih murah gk?', ['on-premise'], ['model penerapan cloud → on-premise']],
    ],
  },
  // "war tiket biasanya 3x setahun, masing2 sebulan. jadi setahun total brp?": 60 agents became 180
  {
    name: 'three times a year is no multiple of the team',
    locale: 'id-ID',
    steps: [
      ['60 agen, telepon dan whatsapp, cloud', ['Estimasi: 60 agen']],
      ['war tiket biasanya 3x setahun, masing2 sebulan. jadi setahun total brp?', [], ['180']],
    ],
  },
  // "Paket standar itu maksudnya apa? kalo premium atau basic bedanya apa …?": the basic tier chosen
  {
    name: 'the tiers asked about in Indonesian are the tiers, not a switch',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan email, cloud', ['Estimasi: 20 agen']],
      ['Paket standar itu maksudnya apa? kalo premium atau basic bedanya apa dan harganya jd brp?', ['Premium'], ['Perubahan']],
    ],
  },
  // "yg angkat telp & bales WA cuma sy sendiri + 1 karyawan": 1 agent
  {
    name: 'the visitor alone plus one employee are two agents',
    locale: 'id-ID',
    steps: [['yg angkat telp & bales WA cuma sy sendiri + 1 karyawan', ['jumlah agen: 2']]],
  },
  // "Tolong bandingkan on-premise vs cloud untuk 5 tahun, volume tipikal.": the optional volumes question
  {
    name: 'typical volumes said with the request answer the optional step',
    locale: 'id-ID',
    steps: [
      ['kantor cabang, 15 agen, telepon dan email', ['Mau dijalankan di mana']],
      ['Tolong bandingkan on-premise vs cloud untuk 5 tahun, volume tipikal.', ['5 tahun'], ['Langkah terakhir, opsional']],
    ],
  },
  // "kalau langganannya bisa bulanan aja gak? kontrak minimal brp lama biasanya?": the pros of cloud
  {
    name: 'a minimum contract asked is the vendor minimum answer',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon dan whatsapp, cloud', ['Estimasi: 10 agen']],
      ['kalau langganannya bisa bulanan aja gak? kontrak minimal brp lama biasanya?', ['masa kontrak minimal'], ['Kelebihan']],
    ],
  },
  // "By the way, can you recommend a good reservation software like SevenRooms or OpenTable?": the deployment verdict
  {
    name: 'another kind of software asked to be recommended is outside what the advisor knows',
    steps: [
      ['12 agents, voice and email, cloud', ['Estimate: 12 agents']],
      ['By the way, can you recommend a good reservation software like SevenRooms or OpenTable?', [/outside what I know|only (?:know|cover) contact center costs/i], ['On cost alone']],
    ],
  },
  // "What does that come to for the whole year?": an article on price rises
  {
    // (a guard: the start's code passes this conversation; the visitor's turn came after a price-rise answer)
    name: 'what the estimate comes to for the whole year',
    steps: [
      ['12 agents, voice and email, cloud', ['Estimate: 12 agents']],
      ['What does that come to for the whole year?', ['a year']],
    ],
  },
];

describe('fiftieth round (2026-12-06, forty-second session)', () => {
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
