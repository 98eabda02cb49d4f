/**
 * What the forty-third session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "Ok what's the new monthly total with sms" with SMS already in: "That is already your scenario, so nothing changed"
  {
    name: 'the total asked again with a channel already in is the total',
    steps: [
      ['45 agents, voice and email, cloud', ['Estimate: 45 agents']],
      ["Ok what's the new monthly total with sms", ['Updated: added SMS']],
      ["Ok what's the new monthly total with sms", ['For 45 agents, voice, SMS and email, cloud: about', 'a year'], ['nothing changed']],
    ],
  },
  // "ok give me the typical monthly number only": "I am not sure what you mean"
  {
    name: 'the typical monthly number asked for',
    steps: [
      ['8 agents, phone and web chat, cloud', ['Estimate: 8 agents']],
      ['ok give me the typical monthly number only', ['For 8 agents, voice and web chat, cloud: about', 'a month'], ['not sure what you mean']],
    ],
  },
  // "and the monthly for cloud again?" after on-premises was priced beside it: what a cloud contact center is
  {
    name: 'the month of the scenario on screen asked again by its deployment',
    steps: [
      ['55 agents. email, web chat, social, voice. Cloud.', ['Estimate: 55 agents']],
      ['What would it look like on-prem instead, roughly?', ['The same scenario on-premises']],
      ['and the monthly for cloud again?', ['For 55 agents, voice, social media, email and web chat, cloud: about', 'a month'], ["third-party vendor's cloud"]],
    ],
  },
  // "… phone + email, and whatsapp for VIP clients": the price of a social interaction before anything was asked
  {
    name: 'a channel named in an opening statement is one of the channels, not a question about it',
    steps: [
      ['art auction house, client services for bidders. 10 agents. phone + email, and whatsapp for VIP clients', ['agents: 10', 'social media'], ['A customer service interaction on social media']],
    ],
  },
  // "ok and the yearly cost" at the optional volumes step: "I am not sure about that one — I only know contact center costs"
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'the yearly cost asked at the volumes step',
    steps: [
      ['10 agents, phone, email and whatsapp', ['Where should it run']],
      ['cloud please', ['optional step']],
      ['ok and the yearly cost', ['a year'], ['not sure about that one']],
    ],
  },
  // "28 reps phone+email, 4 more on webchat only": "How many agents (seats) will the contact center have?"
  {
    name: 'groups of the team with their channels straight after them',
    steps: [
      ['B2B auto parts distributor. 28 reps phone+email, 4 more on webchat only', ['agents: 32', 'voice, email and web chat'], ['How many agents']],
    ],
  },
  // "we just want a shared inbox + phone … 3 people": voice alone
  {
    name: 'a shared inbox is email',
    steps: [
      ['small architecture firm, we just want a shared inbox + phone for client inquiries. 3 people', ['agents: 3', 'voice and email']],
    ],
  },
  // "that seems expensive for 3 people, why?" at the volumes step: the estimate, the question lost
  {
    name: 'why the estimate is high, asked at the volumes step with a head count in it',
    steps: [
      ['3 people, phone and email', ['Where should it run']],
      ['cloud', ['optional step']],
      ['that seems expensive for 3 people, why?', ['Estimate: 3 agents', 'What moves the total']],
    ],
  },
  // "how many voice minutes did u assume? we'd only do maybe 300 min per agent a month": the estimate on the assumed minutes
  {
    name: 'minutes per agent said beside a question at the volumes step',
    steps: [
      ['18 agents on chat & whatsapp, small voice line', ['Where should it run']],
      ['cloud pls', ['optional step']],
      ["how many voice minutes did u assume? we'd only do maybe 300 min per agent a month", ['5,400']],
      ['update it with that', ['Estimate: 18 agents'], ['What is your name', 'pass your scenario']],
    ],
  },
  // "we'd store way less, maybe $500 per agent a year": "I am not sure what you mean"
  {
    name: 'a storage price said with storing as a verb',
    steps: [
      ['30 agents. voice, email, webchat. cloud', ['Estimate: 30 agents']],
      ['why is storage so expensive', ['Data storage']],
      ["we'd store way less, maybe $500 per agent a year", ['$500'], ['not sure what you mean']],
    ],
  },
  // "hmm actually hybrid, we want the sms in the cloud": "50 agents, SMS, on-premises"
  {
    name: 'a channel placed on one side of a hybrid chooses the hybrid and keeps the channels',
    steps: [
      ['50 dispatchers, voice + sms', ['Where should it run']],
      ['on prem', ['optional step']],
      ['hmm actually hybrid, we want the sms in the cloud', ['Estimate: 50 agents, voice and SMS, hybrid']],
    ],
  },
  // "How does the estimate change if we go on-premises instead?" at the volumes step: how to change the estimate
  {
    name: 'another deployment asked about at the volumes step',
    steps: [
      ['6 agents answering phone & email', ['Where should it run']],
      ['cloud', ['optional step']],
      ['How does the estimate change if we go on-premises instead?', ['on-premises'], ['Just say it in plain words']],
    ],
  },
  // "whats cheaper long run, cloud or on prem?" at the deployment question: the general article, then the question again
  {
    name: 'which deployment is cheaper, asked at the deployment question, is the comparison',
    steps: [
      ['22 agents, voice + sms + web chat', ['Where should it run']],
      ['whats cheaper long run, cloud or on prem?', ['Cheapest over 3 years']],
      ['go with cloud, give me the estimate', ['Estimate: 22 agents'], ['nothing changed']],
    ],
  },
  // "and what would staying on-prem cost by comparison (we'd need to replace hardware)": switched, servers counted as owned
  {
    name: 'a deployment priced by comparison keeps the scenario, with the servers to replace bought',
    steps: [
      ['90 agents, voice and email, cloud', ['Estimate: 90 agents']],
      ["and what would staying on-prem cost by comparison (we'd need to replace hardware)", ['Cheapest over 3 years'], ['deployment cloud → on-premises']],
    ],
  },
  // "does that change your recommendation? (the bad internet)": the verdict on cost alone, nothing on the connection
  {
    name: 'a poor connection weighed in the recommendation',
    steps: [
      ['16 reps, phone and email', ['Where should it run']],
      ["on-prem, the internet out here isn't great", ['optional step']],
      ['use typical volumes', ['Estimate: 16 agents']],
      ['does that change your recommendation? (the bad internet)', ['On cost alone', 'outage at your office']],
    ],
  },
  // "actually we have offices in 3 time zones, maybe cloud makes more sense?": cloud's drawbacks
  {
    name: 'one deployment said to fit better gets its advantages and figures',
    steps: [
      ['support desk 12 ppl email + phone, on premise', ['Estimate: 12 agents']],
      ['actually we have offices in 3 time zones, maybe cloud makes more sense?', ['five advantages', 'The same scenario cloud'], ['The source names three']],
    ],
  },
  // "What's the estimate?" at the volumes step: "Did you mean one of these?"
  {
    name: 'the estimate asked for at the volumes step',
    steps: [
      ['12 agents, phone and email', ['Where should it run']],
      ['cloud', ['optional step']],
      ["What's the estimate?", ['Estimate: 12 agents'], ['Did you mean']],
    ],
  },
  // "price?" at the volumes step: "I could not read a volume or add-on there."
  {
    name: 'a one-word price question at the volumes step',
    steps: [
      ['5 agents, phone and sms', ['Where should it run']],
      ['cloud', ['optional step']],
      ['price?', ['Estimate: 5 agents'], ['could not read a volume']],
    ],
  },
  // "whats the total" at the volumes step: how totals are worked out
  {
    name: 'the total asked for at the volumes step',
    steps: [
      ['9 agents, email and chat', ['Where should it run']],
      ['hybrid', ['optional step']],
      ['whats the total', ['Estimate: 9 agents'], ['optional step']],
    ],
  },
  // "how much would this be" at the volumes step of an on-premises scenario: cloud's figures first
  {
    name: 'how much it would be, at the volumes step, is the scenario\'s own estimate',
    steps: [
      ['14 agents, phone and email', ['Where should it run']],
      ['on-prem, cloud is not allowed for us', ['optional step']],
      ['how much would this be', ['Estimate: 14 agents, voice and email, on-premises'], ['switch to cloud']],
    ],
  },
  // "estimasi biayanya brp?": "Baris yang mana?"
  {
    name: 'biaya estimasi ditanyakan lagi',
    locale: 'id-ID',
    steps: [
      ['5 agen, telpon & sms, on-prem', ['Estimasi: 5 agen']],
      ['estimasi biayanya brp?', ['per bulan', 'per tahun'], ['Baris yang mana']],
    ],
  },
  // "enaknya pake yg cloud atau on premis ya? sy gak ngerti IT sama sekali": the pros and cons table, the question again
  {
    name: 'tanpa orang IT, cloud yang disarankan',
    locale: 'id-ID',
    steps: [
      ['adminnya cuma 3 orang, pelanggan nelpon sama sms', ['Mau dijalankan di mana']],
      ['enaknya pake yg cloud atau on premis ya? sy gak ngerti IT sama sekali', ['paling simpel dijalankan adalah cloud']],
      ['oke deh ambil yg km saranin, brp kira2 sebulan?', ['Estimasi: 3 agen, telepon dan SMS, cloud'], ['berapa lama persiapan']],
    ],
  },
  // "oke deh ambil yg km saranin, brp kira2 sebulan?" at the deployment question: how long set-up takes
  {
    name: 'pilihan model diserahkan ke advisor, harga ditanya',
    locale: 'id-ID',
    steps: [
      ['6 agen, telpon dan wa', ['Mau dijalankan di mana']],
      ['oke deh ambil yg km saranin, brp kira2 sebulan?', ['Estimasi: 6 agen'], ['berapa lama persiapan']],
    ],
  },
  // "klo cuma instagram dm sama wa doang bisa gak?": the price of a social interaction, no yes or no
  {
    name: 'hanya beberapa saluran, ditanya bisa atau tidak',
    locale: 'id-ID',
    steps: [
      ['aku punya studio foto kecil, yg jaga cs cuma 2 org', []],
      ['klo cuma instagram dm sama wa doang bisa gak?', ['Bisa:', 'media sosial saja']],
    ],
  },
  // "tolong rincian biaya per item nya dong" at the volumes step: the itemised estimate twice in one reply
  {
    name: 'rincian per item di langkah volume, sekali saja',
    locale: 'id-ID',
    once: 'Rincian (nilai tipikal per bulan',
    steps: [
      ['20 agen, telpon, whatsapp, sms', ['Mau dijalankan di mana']],
      ['deploymentnya hybrid', ['opsional']],
      ['tolong rincian biaya per item nya dong', ['Estimasi: 20 agen']],
    ],
  },
  // "sistemnya bisa dipake agen buat bales pake bahasa inggris ke turis kan?": "Sure — I will continue in English."
  {
    name: 'bahasa yang dipakai agen ke pelanggan ditanyakan, bukan permintaan ganti bahasa',
    locale: 'id-ID',
    steps: [
      ['agen 6, channel: telpon, wa, email, webchat. cloud', ['Estimasi: 6 agen']],
      ['sistemnya bisa dipake agen buat bales pake bahasa inggris ke turis kan?', ['bahasa'], ['continue in English']],
    ],
  },
  // "penerbit buku indie nih kak. pembaca/penulis sering nanya lewat email sama chat di web": not understood
  {
    name: 'pelanggan yang bertanya lewat saluran, bukan pertanyaan',
    locale: 'id-ID',
    steps: [
      ['penerbit buku indie nih kak. pembaca/penulis sering nanya lewat email sama chat di web', ['Berapa jumlah agen'], ['belum menangkap']],
      ['4 org cs', ['Mau dijalankan di mana'], ['Saluran apa saja']],
    ],
  },
  // "radio swasta di semarang nih, mau bikin line pendengar (request lagu, kuis)": not understood
  {
    name: 'line untuk publik yang mau dibuat memulai estimasi',
    locale: 'id-ID',
    steps: [
      ['radio swasta di semarang nih, mau bikin line pendengar (request lagu, kuis)', ['Berapa jumlah agen'], ['belum menangkap']],
    ],
  },
  // "kelebihan kekurangan on premise vs cloud apa aja sih?" at the deployment question: the three priced, no pros or cons
  {
    name: 'kelebihan dan kekurangan dua model di pertanyaan model',
    locale: 'id-ID',
    steps: [
      ['10 agen, telpon sama sms', ['Mau dijalankan di mana']],
      ['kelebihan kekurangan on premise vs cloud apa aja sih?', ['Tabel sumber', 'Mau dijalankan di mana']],
    ],
  },
  // "kalo internet mati gimana, telpon masih bisa masuk gak?": the voice line
  {
    name: 'internet mati ditanyakan',
    locale: 'id-ID',
    steps: [
      ['6 org gantian shift, cuma telpon aja, cloud', ['Estimasi: 6 agen']],
      ['kalo internet mati gimana, telpon masih bisa masuk gak?', ['gangguan di kantor'], ['Untuk apa: panggilan telepon']],
    ],
  },
  // "klo dari angka itu, km rekomendasi yg mana dan kenapa?" at the volumes step after a comparison was asked for
  {
    name: 'rekomendasi ditanya di langkah volume setelah minta perbandingan',
    locale: 'id-ID',
    steps: [
      ['80 agen, voice, sms, whatsapp', ['Mau dijalankan di mana']],
      // (the forty-ninth session: a comparison asked for in so many words comes at once, not after the volumes question)
      ['lagi nimbang hybrid atau full cloud. tolong bandingin total biaya 5 tahun', ['ketiganya berdampingan', 'Paling murah selama 5 tahun']],
      ['klo dari angka itu, km rekomendasi yg mana dan kenapa?', ['cloud yang paling cocok untuk Anda']],
    ],
  },
  // "klo gitu hybrid aja deh. brp biayanya?": hybrid priced beside cloud, never chosen
  {
    name: 'model dipilih di kalimatnya sendiri, lalu harganya ditanya',
    locale: 'id-ID',
    steps: [
      ['4 agen, telpon dan wa, cloud', ['Estimasi: 4 agen']],
      ['klo gitu hybrid aja deh. brp biayanya?', ['Estimasi: 4 agen, telepon dan media sosial, hibrida'], ['Skenario yang sama dengan model hibrida']],
    ],
  },
  // "hitungin ya kak" under the estimate: the sales form
  {
    name: 'minta dihitung bukan ya untuk sales',
    locale: 'id-ID',
    steps: [
      ['9 agen. telpon, wa, sms. cloud', ['Estimasi: 9 agen']],
      ['hitungin ya kak', ['Estimasi: 9 agen'], ['Siapa nama Anda']],
    ],
  },
  // "klo agennya dikurangin jadi 6 gmn" at the name question: "Mohon sebutkan nama Anda"
  {
    name: 'perubahan skenario di tengah formulir sales, dengan angka barunya',
    locale: 'id-ID',
    steps: [
      ['9 agen, telpon, wa, sms, cloud', ['Estimasi: 9 agen']],
      ['hubungi sales', ['Siapa nama Anda']],
      ['klo agennya dikurangin jadi 6 gmn', ['9 → 6', 'per bulan'], ['Mohon sebutkan nama']],
    ],
  },
  // "kak, cloud contact center tuh maksudnya apa sih? bedanya sm pake hp biasa?": only what cloud is
  {
    name: 'dua pertanyaan berurutan dijawab keduanya',
    locale: 'id-ID',
    steps: [
      ['kak, cloud contact center tuh maksudnya apa sih? bedanya sm pake hp biasa?', ['infrastruktur cloud', 'bukan hanya untuk perusahaan besar']],
    ],
  },
  // "wa nya harus pake wa business api ya? daftarnya gmn": the social channel's price
  {
    name: 'WhatsApp Business API dan cara daftarnya',
    locale: 'id-ID',
    steps: [
      ['admin 3, telpon sm wa, cloud', ['Estimasi: 3 agen']],
      ['wa nya harus pake wa business api ya? daftarnya gmn', ['akun bisnis Meta'], ['Estimasi Anda memakai']],
    ],
  },
  // "mw bikin cs 4 org, telpn, wa, ig. hybrid itu apa sih bedanya": a hybrid estimate
  {
    name: 'model yang hanya ditanyakan artinya tidak dipilih',
    locale: 'id-ID',
    steps: [
      ['mw bikin cs 4 org, telpn, wa, ig. hybrid itu apa sih bedanya', ['Pusat kontak hibrida mencampur', 'Mau dijalankan di mana'], ['Estimasi: 4 agen']],
    ],
  },
  // "biaya apa aja yg blm masuk?" after the accuracy answer: the largest costs
  {
    name: 'yang belum termasuk ditanya setelah jawaban lain',
    locale: 'id-ID',
    steps: [
      ['admin 3, telpon+wa+sms, cloud. brp biayanya?', ['Estimasi: 3 agen']],
      ['estimasi ini akurat gak? atau nanti bisa beda jauh?', ['estimasi anggaran']],
      ['biaya apa aja yg blm masuk?', ['Yang belum termasuk'], ['Biaya terbesar']],
    ],
  },
  // "sekalian, km bisa kasih harga mesin parkir/gate barrier gak?": how the estimate is worked out
  {
    name: 'harga barang lain di luar pusat kontak',
    locale: 'id-ID',
    steps: [
      ['7 agen, telpon & wa, cloud', ['Estimasi: 7 agen']],
      ['sekalian, km bisa kasih harga mesin parkir/gate barrier gak?', ['hanya paham biaya pusat kontak'], ['Setiap baris adalah']],
    ],
  },
  // "yg cloud itu biaya bulanan per agennya brp?": the month for all agents
  {
    name: 'biaya per agen ditanya dengan -nya',
    locale: 'id-ID',
    steps: [
      ['15 agen, telpon, wa, email, webchat, cloud', ['Estimasi: 15 agen']],
      ['yg cloud itu biaya bulanan per agennya brp?', ['per agen per bulan']],
    ],
  },
  // "does your bot speak other languages? like can i ask you in indonesian": switched to Indonesian unasked
  {
    name: 'which languages the advisor speaks, asked in English, keeps English',
    steps: [
      ['10 agents, email and web chat, cloud', ['Estimate: 10 agents']],
      ['does your bot speak other languages? like can i ask you in indonesian', ['I speak English and Indonesian'], ['continue in Indonesian', 'Baik']],
    ],
  },
  // "hey there. i coordinate donor scheduling for a regional blood donation center": WFM added to nothing
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'a business told in the first message begins the estimate (scheduling is no WFM)',
    steps: [
      ['hey there. i coordinate donor scheduling for a regional blood donation center', ['How many agents'], ['WFM', 'workforce management']],
    ],
  },
  // "Hardware store / building materials, 2 big warehouses. …": what an on-premises contact center is
  {
    name: 'a hardware store is a business, not a question about hardware',
    steps: [
      ['Hardware store / building materials, 2 big warehouses. Contractors call for quotes and deliveries.', ['How many agents'], ['On-premises means']],
    ],
  },
  // "spa & massage chain, 12 branches. booking centre": "I am not sure what you mean"
  {
    name: 'a chain and its booking centre told in the first message',
    steps: [
      ['spa & massage chain, 12 branches. booking centre', [], ['not sure what you mean']],
    ],
  },
  // "2 founders + 1 part timer doing support so 3 agents": "say make it 4 agents"
  {
    name: 'a part-timer counted in the head count said',
    steps: [
      ['camping gear rental startup, 2 founders + 1 part timer doing support so 3 agents', ['Which channels'], ['make it 4 agents']],
      ['whatsapp, instagram, email. cloud', ['Estimate: 3 agents']],
    ],
  },
  // "20 agents plus 3 part-timers, voice, cloud": three calls a month more
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'people added are no volume',
    steps: [
      ['20 agents plus 3 part-timers, voice, cloud', ['Estimate: 20 agents'], ['calls a month']],
    ],
  },
  // "Is it even worth it for only 2 agents or should I just use a normal phone?": "Updated: removed email"
  {
    name: 'a normal phone weighed against a contact center',
    steps: [
      ['2 people answering phones and emails, cloud', ['Estimate: 2 agents']],
      ['Is it even worth it for only 2 agents or should I just use a normal phone?', ['business phone line'], ['removed email']],
    ],
  },
  // "can we pay monthly or is it annual contract": what drives a platform's price
  {
    name: 'how the vendor bills is a vendor term',
    steps: [
      ['10 agents, email + web chat + sms, cloud', ['Estimate: 10 agents']],
      ['can we pay monthly or is it annual contract', ['monthly or yearly billing']],
    ],
  },
  // "are there any discounts for non profit / religious orgs?": the business costs beyond technology
  {
    name: 'a nonprofit discount asked with a space in non profit',
    steps: [
      ['7 agents, voice, email, facebook messenger, cloud', ['Estimate: 7 agents']],
      ['are there any discounts for non profit / religious orgs?', ['nonprofit'], ['Beyond technology']],
    ],
  },
  // "we're hipaa-conscious, cloud ok?" at the deployment question: cloud set, the question ignored
  {
    name: 'a rule asked of a deployment at the deployment question',
    steps: [
      ['9 agents, chat and email only', ['Where should it run']],
      ["we're hipaa-conscious, cloud ok?", ['names no specific regulation']],
    ],
  },
  // "we're torn between cloud and on prem bc of data privacy. whats the diffrence in cost?": the pros and cons table
  {
    name: 'the difference in cost asked at the deployment question',
    steps: [
      ['~40 agents. phone, email and chat', ['Where should it run']],
      ["we're torn between cloud and on prem bc of data privacy. whats the diffrence in cost?", ['Cheapest over 3 years']],
    ],
  },
  // "can u also tell me what % is licensing vs usage": what drives a platform's price
  {
    name: 'licences against usage, as shares of the month',
    steps: [
      ['25 agents, email + in-app chat + social, cloud', ['Estimate: 25 agents']],
      ['can u also tell me what % is licensing vs usage', ['by kind of cost', 'Software licences', 'Channel usage'], ['Platform price depends on the provider']],
    ],
  },
  // "ada biaya pulsa sms nya jg gak?": the voice line ("pulsa" heard as calling credit)
  {
    name: 'pulsa SMS ditanyakan',
    locale: 'id-ID',
    steps: [
      ['5 agen, telpon + sms, cloud', ['Estimasi: 5 agen']],
      ['ada biaya pulsa sms nya jg gak?', ['SMS'], ['Untuk apa: panggilan telepon']],
    ],
  },
  // "itu udah termasuk biaya WA business api nya blm?": the list of assumptions
  {
    name: 'WhatsApp Business API ditanya sudah termasuk atau belum',
    locale: 'id-ID',
    steps: [
      ['4 orang admin, WA & telp, cloud', ['Estimasi: 4 agen']],
      ['itu udah termasuk biaya WA business api nya blm?', ['Meta menagih per percakapan']],
    ],
  },
  // "Minta estimasi total 3 tahun" with a 3-year horizon: the one-year estimate again
  {
    name: 'total 3 tahun diminta',
    locale: 'id-ID',
    steps: [
      ['8 agen, voice dan email, on-premise', ['Estimasi: 8 agen']],
      ['Minta estimasi total 3 tahun', ['Selama 3 tahun']],
    ],
  },
  // "bisa kasih dua2nya gak biar saya bandingin?" at the deployment question: how to save
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'keduanya diminta untuk dibandingkan',
    locale: 'id-ID',
    steps: [
      ['butuh 6 agen, email sama telepon', ['Mau dijalankan di mana']],
      ['bisa kasih dua2nya gak biar saya bandingin?', ['ketiganya berdampingan']],
    ],
  },
  // "Estimasi biaya bulanan dan tahunan berapa?" after an integration question at the volumes step: integration costs
  {
    name: 'estimasi ditanya setelah pertanyaan integrasi',
    locale: 'id-ID',
    steps: [
      ['customer service 5 orang, email dan telepon', ['Mau dijalankan di mana']],
      ['cloud', ['opsional']],
      ['Bisa integrasi ke SAP kami?', []],
      ['Estimasi biaya bulanan dan tahunan berapa?', ['Estimasi: 5 agen'], ['Biaya integrasi khusus']],
    ],
  },
  // "minta rincian biaya per bulan dan 3 tahun ya": the 3-year total alone
  {
    name: 'rincian bulanan dan total 3 tahun',
    locale: 'id-ID',
    steps: [
      ['tim support 25 agen, email dan web chat, cloud', ['Estimasi: 25 agen']],
      ['minta rincian biaya per bulan dan 3 tahun ya', ['Rincian (nilai tipikal per bulan', 'Selama 3 tahun']],
    ],
  },
  // "harganya dlm rupiah kan? brp sebulan" at the volumes step: "amounts are already in rupiah", the volumes question again
  {
    name: 'harga ditanya di samping mata uang, di langkah volume',
    locale: 'id-ID',
    steps: [
      ['5 CS, email sama social media (ig, tiktok)', ['Mau dijalankan di mana']],
      ['cloud', ['opsional']],
      ['harganya dlm rupiah kan? brp sebulan', ['Estimasi: 5 agen']],
    ],
  },
  // "botnya bisa english juga kan? anyway, brp estimasinya": the price alone
  {
    name: 'bahasa advisor ditanya di samping harga',
    locale: 'id-ID',
    steps: [
      ['6 agen, WA, email, sama voice call. prefer cloud', ['Estimasi: 6 agen']],
      ['botnya bisa english juga kan? anyway, brp estimasinya', ['bisa berbahasa Indonesia dan Inggris', 'per bulan']],
    ],
  },
  // "… listener hotline + contest line + text line. 6 producers answer": how many agents, asked again and again
  {
    name: 'people who answer, named by their job, are the head count',
    steps: [
      ['radio station here, we have a listener hotline + contest line + text line. 6 producers answer', ['agents: 6'], ['How many agents']],
    ],
  },
  // "… central contact team of 9 to handle booking and repair status": how many agents, five times
  {
    name: 'a team of N is the head count',
    steps: [
      // (the forty-ninth session: "phone repair" names no voice channel, so the channels are asked next)
      ['phone repair chain, 14 stores. want 1 central contact team of 9 to handle booking and repair status', ['Which channels'], ['How many agents']],
      ['voice and sms, cloud', ['Estimate: 9 agents']],
    ],
  },
  // "8 coordinators handle scheduling": a paid workforce-management add-on nobody asked for
  {
    name: 'the business\'s own scheduling adds no WFM',
    steps: [
      ['lab equipment calibration service, B2B customers (pharma labs). 8 coordinators handle scheduling', [], ['WFM', 'workforce management']],
      ['phone and email, cloud', ['Estimate: 8 agents'], ['Workforce management']],
    ],
  },
  // "We'd prefer hybrid: keep our phone system on site, everything else cloud.": voice alone
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'a phone system kept on site in a hybrid keeps the other channels',
    steps: [
      ['30 agents, voice, email and web chat, cloud', ['Estimate: 30 agents']],
      ["We'd prefer hybrid: keep our phone system on site, everything else cloud.", ['Estimate: 30 agents, voice, email and web chat, hybrid']],
    ],
  },
  // "what happens to the price if we add voice for 5 of the agents only": the team cut from 28 to 5
  {
    name: 'a channel added for some of the agents keeps the team',
    steps: [
      ['28 agents, email and web chat, cloud', ['Estimate: 28 agents']],
      ['what happens to the price if we add voice for 5 of the agents only', ['28 agents'], ['agents 28 → 5']],
    ],
  },
  // "yaudah cloud aja, totalnya?" at the deployment question: the optional volumes question
  {
    name: 'model dipilih sambil menanyakan totalnya',
    locale: 'id-ID',
    steps: [
      ['4 admin, telpon dan wa', ['Mau dijalankan di mana']],
      ['yaudah cloud aja, totalnya?', ['Estimasi: 4 agen'], ['opsional']],
    ],
  },
  // "5 thn totalnya brp": the first year's estimate alone
  {
    // (a guard: the start's code passes this conversation; the visitor's turn failed there after other turns, or in
    // another wording of the same message)
    name: 'total 5 tahun ditanya',
    locale: 'id-ID',
    steps: [
      ['10 agen, telpon dan email, cloud', ['Estimasi: 10 agen']],
      ['5 thn totalnya brp', ['Selama 5 tahun']],
    ],
  },
  // "ok estimasinya masuk. bisa sambungin ke sales?": how the estimate is worked out
  {
    name: 'minta disambungkan ke sales',
    locale: 'id-ID',
    steps: [
      ['6 agen, telpon dan wa, cloud', ['Estimasi: 6 agen']],
      ['ok estimasinya masuk. bisa sambungin ke sales?', ['Siapa nama Anda']],
    ],
  },
];

describe('fifty-first round (2026-12-07, forty-third session)', () => {
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
