/**
 * What the fiftieth session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "Do you think we need social media channels too?" at the deployment question: social media added
  {
    name: 'whether a channel is needed, asked in the form, is the advice on channels, nothing added',
    steps: [
      ["We're a ferry operator, 30 agents, voice and email", ['Where should it run']],
      ['Do you think we need social media channels too?', ['Start from where your customers', 'Where should it run'], ['added social media']],
      ['cloud', ['Use typical volumes']],
      ['use typical volumes', ['Estimate: 30 agents, voice and email, cloud']],
    ],
  },
  // "do we need social media too?" under an estimate: the social media price answer
  {
    name: 'whether a channel is needed, asked under an estimate, is the advice on channels',
    steps: [
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ['do we need social media too?', ['Start from where your customers'], ['averages about $1']],
      ['perlu WA juga gak?', ['Mulailah dari saluran'], ['Estimasi:']],
    ],
  },
  // "cloud, and give me a 3-year view" at the deployment question: the optional volumes question first
  {
    name: 'a view over years asked with the deployment is given at once',
    steps: [
      ["We're a ferry operator, 30 agents, voice and email", ['Where should it run']],
      ['cloud, and give me a 3-year view', ['Estimate: 30 agents, voice and email, cloud', 'over 3 years'], ['Use typical volumes']],
    ],
  },
  // "Please connect me with sales. I'm Li Wei, …, phone +65 8123 4567, … Best time to call is mornings SGT.": the time "to"
  {
    name: 'the label of the time to call beside a phone number is no part of the time',
    steps: [
      ['14 agents, voice, sms, webchat, hybrid', ['Estimate: 14 agents']],
      ["Please connect me with sales. I'm Li Wei, email li.wei@findmystuff.io, phone +65 8123 4567, company FindMyStuff Pte Ltd. Best time to call is mornings SGT.", ['mornings SGT'], ['preferred time to.', 'time to talk: to']],
    ],
  },
  // "what would that be yearly" at the deployment question: the cloud/on-premises advice, the deployment asked again
  {
    name: 'the price asked by the period at the deployment question is priced',
    steps: [
      ["we're a crematorium supply company, very small, 5 agents phone + email", ['Where should it run']],
      ['what would that be yearly', ['Estimate: 5 agents, voice and email', 'Annual: $14,250'], ['Where should it run']],
    ],
  },
  // "… Deployment not decided yet. Show me all three options.": the deployment asked again, hybrid priced later
  {
    name: 'all three asked for beside the scenario is the comparison',
    steps: [["Hi, we're a roadside tire service. I want to know the cost for 18 agents. Channels voice, SMS. Deployment not decided yet. Show me all three options.", ['Estimate: 18 agents', 'Comparison'], ['Where should it run']]],
  },
  // "are we over or under?" after an annual budget: not understood
  {
    name: 'over or under, asked after a budget, is the budget held against the estimate',
    steps: [
      ['Our organization runs a network of public swimming pools and leisure centres. 20 agents. voice, email, web chat, Facebook. Cloud.', ['Estimate: 20 agents']],
      ['Our annual budget for this is 90,000', ['$90,000 a year']],
      ['are we over or under?', ['Your budget is $90,000 a year', 'needs about $64,200 a year'], ['not sure what you mean']],
    ],
  },
  // "kalau pake cloud masih masuk budget gak?" under an on-premises estimate: the on-premises check repeated
  {
    name: 'another deployment held against the budget is that deployment priced',
    locale: 'id-ID',
    steps: [
      ['sy pemilik jasa cleaning service kantor, budget setaun 500jt', ['Rp 500.000.000 per tahun']],
      ['cukup gak buat 20 agen on-prem, channel telepon sama WA?', ['Estimasi: 20 agen', 'on-premise']],
      ['kalau pake cloud masih masuk budget gak?', ['dengan cloud, skenario yang sama butuh sekitar'], ['Rp 2.487.540.000']],
    ],
  },
  // "what would cloud be instead" under an on-premises estimate: cloud's drawbacks
  {
    name: 'another deployment asked instead is that deployment priced beside the estimate',
    steps: [
      ['12 agents, voice and email, on-prem', ['Estimate: 12 agents']],
      ['what would cloud be instead', ['The same scenario cloud: about'], ['Estimate: 12 agents']],
    ],
  },
  // "Currently on-prem, considering moving to cloud": on-premises priced as a new purchase in the comparison
  {
    name: 'an on-premises platform run today is owned though a move to cloud is weighed',
    steps: [["We're a funeral home network, 40 agents, voice and email. Currently on-prem, considering moving to cloud", ['Estimate: 40 agents', 'already owned']]],
  },
  // "anggota kita udah 12rb org" (a savings cooperative's members): 12,000 agents priced
  {
    name: 'the members a business serves are no head count',
    locale: 'id-ID',
    steps: [
      ['siang kak. sy pengurus koperasi simpan pinjam di Purwokerto, anggota kita udah 12rb org', [/agen/], ['12.000 agen', 'Estimasi']],
      ['rencana mau 15 agen, pake telepon sama SMS buat ngingetin angsuran', ['15']],
    ],
  },
  // "we have 12,000 members and 20 agents": 12,020 agents
  {
    name: 'members beside the agents are not added to them',
    steps: [['we have 12,000 members and 20 agents, voice, cloud', ['Estimate: 20 agents'], ['12,020']]],
  },
  // "sebulan ada sekitar 8rb panggilan masuk, rata2 5 menit" sized, then "agen 10 org, telepon + WA, cloud": the preset
  // minutes priced ("Anda tidak memberi volume"), and "volume panggilan yg sy sebut tadi udah diitung?" got how staffing
  // is worked out
  {
    name: 'the calls sized before are the volume of the visitor’s own head count, and said to be counted',
    locale: 'id-ID',
    steps: [
      ['sebulan ada sekitar 8rb panggilan masuk, rata2 5 menit per panggilan', ['8.000 panggilan']],
      ['agen 10 org, telepon + WA, cloud', ['Estimasi: 10 agen'], ['2.000 menit per agen']],
      ['volume panggilan yg sy sebut tadi udah diitung?', ['8.000 panggilan × 300 detik'], ['Erlang']],
    ],
  },
  // "Winter we have 45 agents on phones, summer like 10. … What does it cost in winter months vs summer?": 45 all year;
  // "and a full year mixing both, say 5 winter months": not understood
  {
    name: 'a head count for each of two seasons is the usual and the peak, each priced, then the year',
    steps: [
      ["I'm the ops director at a regional snow-plowing contractor. Winter we have 45 agents on phones, summer like 10. Voice + SMS. Cloud. What does it cost in winter months vs summer?", ['Estimate: 10 agents', 'peak of 45', 'at each head count']],
      ['and a full year mixing both, say 5 winter months', ['that year comes to about $71,552'], ['not sure what you mean']],
    ],
  },
  // "Hi, I'm from a solar panel cleaning company. What do you need from me to estimate?" after the welcome: "Hello! What
  // would you like to do?"
  {
    name: 'what the estimate needs, asked, is said and the form starts',
    steps: [
      ['hi', ['Contact Center Cost Advisor']],
      ["Hi, I'm from a solar panel cleaning company. What do you need from me to estimate?", ['Three things: how many agents', 'How many agents'], ['What would you like to do']],
    ],
  },
  // "data apa aja yg dibutuhin buat estimasi?": how the arithmetic works
  {
    name: 'what the estimate needs, asked in Indonesian, is said',
    locale: 'id-ID',
    steps: [
      ['halo', ['Penasihat Biaya']],
      ['data apa aja yg dibutuhin buat estimasi?', ['Cukup tiga hal: jumlah agen', 'Berapa jumlah agen'], ['kuantitas dikali harga satuan']],
    ],
  },
  // "why is there no voice cost in there, just checking" with no phones asked for: the storage line explained
  {
    name: 'a channel line missed, asked, says the channel is out of the scenario',
    steps: [
      ['can you price a contact centre for a wedding venue booking agency, 7 agents, web chat and instagram DMs and email, no phones at all. cloud', ['Estimate: 7 agents']],
      ['why is there no voice cost in there, just checking', ['has no voice'], ['Data storage**']],
    ],
  },
  // "we're a language interpretation agency, phone interpreting mostly" with voice and web chat: web chat dropped
  {
    name: 'the channel most of the work is on keeps the other channels',
    steps: [
      ['30 agents cloud', ['channels']],
      ['voice and webchat', ['Use typical volumes']],
      ["we're a language interpretation agency, phone interpreting mostly", ['Estimate: 30 agents, voice and web chat, cloud']],
    ],
  },
  // "and the most expensive?" after the cheapest channel: what drives the whole bill
  {
    name: 'the dearest channel asked is answered from what each channel costs per contact',
    steps: [
      ["what's the cheapest channel to add", ['about $6 for a customer call']],
      ['and the most expensive?', ['about $6 for a customer call'], ['Three things drive the bill']],
    ],
  },
  // "kalau cuma WA aja tanpa IG jadi brp?": "no channel would be left", both networks dropped
  {
    name: 'a network dropped with another kept keeps the social media channel',
    locale: 'id-ID',
    steps: [
      ['admin cs cuma 3 orang, pakenya WA sama IG doang, gak pake telepon. cloud', ['Estimasi: 3 agen, media sosial, cloud']],
      ['kalau cuma WA aja tanpa IG jadi brp?', ['Instagram dihitung di dalam saluran media sosial, yang masih dipakai WhatsApp'], ['tidak ada saluran yang tersisa']],
    ],
  },
  // "kalau 3 agen muat gak di 15jt?": "nothing changed"; and the budget's head count at the agents question came with a
  // ten-agent example
  {
    name: 'an amount the scenario is asked to fit in is a budget, and a budget answer comes alone',
    locale: 'id-ID',
    steps: [
      ['sy punya event organizer + penyewaan kostum karnaval di Jember', ['Berapa jumlah agen']],
      ['budget cuma 15jt sebulan, kira2 dapet brp agen ya?', ['cukup untuk sekitar **3 agen**'], ['Sebagai gambaran, 10 agen']],
      ['channelnya WA sama telepon, cloud', ['Estimasi: 3 agen']],
      ['kalau 3 agen muat gak di 15jt?', ['Anggaran Anda Rp 15.000.000 per bulan'], ['tidak ada yang berubah']],
    ],
  },
  // "is the sms priced per message? we send maybe 20000 texts a month" under the sales offer: the volume priced, the
  // question unanswered
  {
    name: 'how a line is billed, asked beside its volume, is answered with the line',
    steps: [
      ['Hi, I manage the client line for a group of 9 vet clinics. We have 14 people answering calls and we want to add SMS appointment reminders and webchat. Cloud. Whats the estimate', ['Estimate: 14 agents']],
      ['is the sms priced per message? we send maybe 20000 texts a month', ['SMS 20,000 a month', '20,000 × $0.01 per message']],
    ],
  },
  // "can we do it in the cloud and only pay for those months?": cloud taken, the question never answered
  {
    name: 'paying only for the months used, asked with the deployment, is answered and the deployment kept',
    steps: [
      ['Hey. Music festival, we only need a contact center for like 4 months a year around the event. ~60 seasonal agents, chat and social (instagram mostly) and email', ['Where should it run']],
      ['can we do it in the cloud and only pay for those months?', ['seats can usually be added or removed', 'optional step']],
    ],
  },
  // "does it do call recording?": the storage article, never whether it records
  {
    name: 'whether it records calls is the recording answer',
    steps: [
      ["I'm evaluating a contact center for our hearing aid repair service. 11 agents voice+email, cloud.", ['Estimate: 11 agents']],
      ['does it do call recording?', ['Call recording has no line of its own'], ['against about $2,100 for on-premises storage']],
    ],
  },
  // "Can you send this to my colleague? Actually never mind, I'll screenshot it.": the withdrawn request answered
  {
    name: 'a request taken back in the same message is no request',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ["Can you send this to my colleague? Actually never mind, I'll screenshot it.", ['Anything else'], ['talk to sales"', 'cannot send']],
    ],
  },
  // "… We already own a PBX on site. Would hybrid make sense?": the comparison, the PBX never mentioned
  {
    name: 'a phone system owned is answered beside the comparison',
    steps: [['We are a scrap metal recycler with 30 agents, mostly voice. We already own a PBX on site. Would hybrid make sense?', ['neither credits nor charges for your PBX', 'Cheapest over 3 years']]],
  },
  // "bisa bayar pake kartu kredit gak?": ways to cut costs; "ada harga khusus buat lembaga nirlaba gak kak?": integrations
  {
    name: 'payment by card and a nonprofit price are terms each vendor sets',
    locale: 'id-ID',
    steps: [
      ['6 agen, email, whatsapp, live chat, cloud', ['Estimasi: 6 agen']],
      ['bisa bayar pake kartu kredit gak?', ['vendor'], ['Cara menekan biaya', 'menghemat']],
      ['ada harga khusus buat lembaga nirlaba gak kak?', ['vendor'], ['integrasi khusus']],
    ],
  },
  // "kalo agennya jadi 15 naik brp?": "nothing changed"
  {
    name: 'the head count said to become another is that count',
    locale: 'id-ID',
    steps: [
      ['10 agen, telepon, email, FB sama IG, cloud. usaha sewa kostum cosplay & properti foto', ['Estimasi: 10 agen']],
      ['kalo agennya jadi 15 naik brp?', ['jumlah agen 10 → 15'], ['tidak ada yang berubah']],
    ],
  },
  // "boleh ngomong sm salesnya gak kak?" under the sales offer: not understood
  {
    name: 'talking to sales asked under the offer is the handoff',
    locale: 'id-ID',
    steps: [
      ['bisa hitungin biaya cs gak? 2 agen aja, WA + telpon, cloud', ['Estimasi: 2 agen']],
      ['boleh ngomong sm salesnya gak kak?', ['Siapa nama Anda'], ['belum menangkap maksud']],
    ],
  },
  // "mana yg lebih hemat di tahun ke 5?": 5 agents
  {
    name: 'a year counted is no head count',
    locale: 'id-ID',
    steps: [
      ['8 agen, telepon, whatsapp, instagram, email, cloud', ['Estimasi: 8 agen']],
      ['mana yg lebih hemat di tahun ke 5?', ['sampai akhir setiap tahun'], ['8 → 5']],
    ],
  },
  // "eh bukan, 10 maksudnya, kebanyakan nol wkwk" after "agennya 100": not understood, 100 agents priced
  {
    name: 'a number put right after the head count is the head count',
    locale: 'id-ID',
    steps: [
      ['gw mau hitung biaya', ['Berapa jumlah agen']],
      ['agennya 100', ['Saluran apa saja']],
      ['eh bukan, 10 maksudnya, kebanyakan nol wkwk', ['100 → 10']],
      ['telpon sm email, on prem', ['Estimasi: 10 agen']],
    ],
  },
  // "kirim sms ke peternak 5rb/bln, 2 agen, cloud": the typical 1,000 SMS priced
  {
    name: 'a volume a month after its channel is that volume',
    locale: 'id-ID',
    steps: [
      ['sy cuma mau tau harga sms per pesan di sistem ini brp', ['SMS']],
      ['oh kalo gitu, kami jasa pengingat jadwal vaksin ternak, kirim sms ke peternak 5rb/bln, 2 agen, cloud', ['Estimasi: 2 agen', 'SMS: Rp 825.000'], ['Rp 165.000']],
    ],
  },
  // "agen 6 tp 2 nya part time, telepon whatsapp email, cloud": the head count asked again
  {
    name: 'the count after the word agent is the head count',
    locale: 'id-ID',
    steps: [
      ['selamat sore kak, saya kepala CS di perusahaan penyewaan kapal pinisi charter', ['Berapa jumlah agen']],
      ['agen 6 tp 2 nya part time, telepon whatsapp email, cloud', ['Estimasi: 6 agen'], ['Berapa jumlah agen']],
    ],
  },
  // "ok and is cloud the right choice for a shop this small?", "would cloud be ok for that": cloud taken, never answered
  {
    name: 'a deployment checked as a question keeps the choice and answers the check',
    steps: [
      ['2 agents, email and chat', ['Where should it run']],
      ['ok and is cloud the right choice for a shop this small?', ["The source's table", 'optional step']],
    ],
  },
  // "kalo buat usaha kecil 2-3 orang cocoknya yg mana?": 3 agents set, which deployment never said
  {
    name: 'what suits two or three people is the small-team advice',
    locale: 'id-ID',
    steps: [
      ['halo', ['Penasihat Biaya']],
      ['kalo buat usaha kecil 2-3 orang cocoknya yg mana?', ['untuk tim kecil']],
    ],
  },
  // "is there a way to only pay for the extra seats during race week?": not understood
  {
    name: 'paying only for the extra seats of a busy week is whether seats follow the season',
    steps: [
      ['25 agents, voice and email, cloud', ['Estimate: 25 agents']],
      ['is there a way to only pay for the extra seats during race week?', ['seats can usually be added or removed'], ['not sure what you mean']],
    ],
  },
  // "Does the estimate use my call volume?": how staffing is sized
  {
    name: 'whether the estimate uses the call volume is the voice line',
    steps: [
      ['12 agents voice cloud, about 3000 calls a month', ['Estimate: 12 agents']],
      ['Does the estimate use my call volume?', ['3,000 calls'], ['Erlang']],
    ],
  },
  // "ada gak fitur rekam panggilan? …": uptime and security
  {
    name: 'whether it records calls, asked in Indonesian with a negation, is the recording answer',
    locale: 'id-ID',
    steps: [
      ['5 agen telepon cloud', ['Estimasi: 5 agen']],
      ['ada gak fitur rekam panggilan? kami jasa pest control (rayap, tikus) perlu rekaman buat klaim garansi', ['Perekaman panggilan tidak punya baris sendiri']],
    ],
  },
  // "jasa pawang hujan & tenda buat acara outdoor wkwk" at the agents question: "outside what I know"; "usaha kami jasa
  // sertifikasi halal untuk UMKM" under an estimate: not understood
  {
    name: 'what the business is, said inside the form or under an estimate, is heard',
    locale: 'id-ID',
    steps: [
      ['mau hitung biaya', ['Berapa jumlah agen']],
      ['jasa pawang hujan & tenda buat acara outdoor wkwk', ['Berapa jumlah agen'], ['di luar']],
      ['16 agen telepon cloud', ['Estimasi: 16 agen']],
      ['usaha kami jasa sertifikasi halal untuk UMKM', ['Ada lagi'], ['belum menangkap']],
    ],
  },
  // "biaya implementasi awal ada gak?" at the optional volumes step: the first year's figure alone
  {
    name: 'a set-up fee asked at the volumes step is answered beside the first year',
    locale: 'id-ID',
    steps: [
      ['7 agen, web chat, email, sama SMS aja', ['Mau dijalankan di mana']],
      ['cloud', ['opsional']],
      ['biaya implementasi awal ada gak?', ['tidak menyebut biaya penyiapan', 'Estimasi: 7 agen']],
    ],
  },
  // "sy skeptis nih, angka2 estimasi gini biasanya ngaco. dpt darimana datanya?": an apology, the source never named
  {
    name: 'doubt with a question about where the figures come from is that question',
    locale: 'id-ID',
    steps: [['sy skeptis nih, angka2 estimasi gini biasanya ngaco. dpt darimana datanya?', ['Nextiva'], ['Maaf kalau belum membantu']]],
  },
  // "these calculators always lowball. why should i trust your numbers?": "Sorry this has not helped yet"
  // (the visitor's own first turn: on the start's code a scenario on screen already gave the accuracy answer)
  {
    name: 'whether the figures can be trusted is how accurate they are',
    steps: [['these calculators always lowball. why should i trust your numbers?', [/accura|range/i], ['Sorry']]],
  },
  // "bisa dibikinin perbandingan 1, 3, 5 thn?": the five-year comparison alone
  {
    name: 'several horizons asked are each year up to the longest',
    locale: 'id-ID',
    steps: [
      ['12 agen, telepon wa email, cloud', ['Estimasi: 12 agen']],
      ['bisa dibikinin perbandingan 1, 3, 5 thn?', ['sampai akhir setiap tahun']],
    ],
  },
  // "kayaknya cukup 2 agen + bot di whatsapp": the bot dropped
  {
    name: 'a bot beside the agents is the AI add-on',
    locale: 'id-ID',
    steps: [
      ['kami pabrik tahu tempe yg suplai ke pasar2, kayaknya cukup 2 agen + bot di whatsapp', ['Mau dijalankan di mana']],
      ['cloud', ['Estimasi: 2 agen', 'AI / ML']],
    ],
  },
  // "… avaya system thats 9 yrs old. should we replace on prem or go cloud?": on-premises priced as owned, $0 up front
  // (a guard: it passed on the start's code, where a move weighed owned nothing; this session owns a platform run today
  // though a move is weighed, and this row keeps a replacement bought new)
  {
    name: 'a system to be replaced is bought new in the comparison',
    steps: [["aquarium maintenance company for offices/restaurants. 14 agents. phone, email, sms. we're on-prem now with an avaya system thats 9 yrs old. should we replace on prem or go cloud?", ['Cheapest over 3 years'], ['already owned']]],
  },
  // "And what are the main risks of on-premises?": keep legacy hardware or migrate
  {
    name: 'the risks of a deployment are its drawbacks',
    steps: [
      ["I'd like an estimate for twelve agents using voice, email and web chat, deployed on-premises.", ['Estimate: 12 agents']],
      ['And what are the main risks of on-premises?', ['Five drawbacks in the source'], ['legacy call center hardware']],
    ],
  },
  // "whats the price of web chat per agent", then "and email": web chat replaced by email
  {
    name: 'a channel said with "and" is one more',
    steps: [
      ['yo whats the price of web chat per agent', ['no separate price for email or web chat']],
      ['and email', ['added email'], ['removed web chat']],
      ['ok so 10 agents both those channels cloud, total?', ['Estimate: 10 agents, email and web chat, cloud']],
    ],
  },
  // "trus 3 tahun ke depan kemungkinan naik jadi 20 agen, bisa dihitungkan?": 20 agents from today over 3 years
  {
    name: 'a head count reached in some years is growth from then on',
    locale: 'id-ID',
    steps: [
      ['14 agen, telepon dan wa, cloud', ['Estimasi: 14 agen']],
      ['trus 3 tahun ke depan kemungkinan naik jadi 20 agen, bisa dihitungkan?', ['Dari 14 menjadi 20 agen di tahun ke-4'], ['14 → 20']],
    ],
  },
  // "ok kalo gitu rincian biaya per tahun aja dong": the monthly breakdown again
  {
    name: 'a breakdown asked per year is each line a year',
    locale: 'id-ID',
    steps: [
      ['14 agen, telepon dan wa, cloud', ['Estimasi: 14 agen']],
      ['ok kalo gitu rincian biaya per tahun aja dong', ['Setiap baris 14 agen', 'per tahun']],
    ],
  },
  // "ada biaya lisensi CRM nya gak kak? kami pakai CRM sendiri soalnya": the hidden costs
  {
    name: 'a CRM licence asked is what connecting one costs',
    locale: 'id-ID',
    steps: [
      ['14 agen, telepon dan wa, cloud', ['Estimasi: 14 agen']],
      ['ada biaya lisensi CRM nya gak kak? kami pakai CRM sendiri soalnya', ['Menghubungkan CRM Anda']],
    ],
  },
  // "discord matters most to us tbh, can you support it?": what drives the estimate
  {
    name: 'whether a network the source does not name is covered',
    steps: [
      ['tabletop game publisher, we run kickstarters. backer support is 5 ppl, email + discord + facebook messages. cloud', ['Estimate: 5 agents']],
      ['discord matters most to us tbh, can you support it?', ['Discord'], ['What moves the total']],
      ["ok so what's the estimate without discord", ['which still carries Facebook']],
    ],
  },
  // "kalau gak masuk, apa yg bisa dikurangin biar masuk budget?": the deployments compared
  {
    name: 'what can be cut to fit the budget is the saving levers against it',
    locale: 'id-ID',
    steps: [
      ['butuh 12 agen, channelnya telepon, whatsapp sama instagram. deploy hybrid', ['Estimasi: 12 agen']],
      ['budget kita maks 30jt per bulan, masuk gak?', ['Rp 30.000.000']],
      ['kalau gak masuk, apa yg bisa dikurangin biar masuk budget?', ['ada beberapa cara menghemat'], ['Paling murah selama']],
    ],
  },
  // "kalau hybrid datanya bisa tetep di lokal?": the hybrid figures; "yg on-prem part nya itu disimpen dmn?": on-premises
  // priced
  {
    name: 'whether data stays on site is answered',
    locale: 'id-ID',
    steps: [
      ['8 agen telepon hybrid', ['Estimasi: 8 agen']],
      ['kalau hybrid datanya bisa tetep di lokal?', ['tetap berada di lokasi Anda'], ['Skenario yang sama']],
      ['yg on-prem part nya itu disimpen dmn?', ['ruang server']],
    ],
  },
  // "is the pricing different in indonesia?": not understood; "does the price change by country?": the SMS article
  {
    name: 'prices by country asked are what the source gives for them',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ['is the pricing different in indonesia?', ['no rates by country'], ['not sure what you mean']],
      ["does the price change a lot if we're in europe vs the US?", ['no rates by country']],
    ],
  },
];

describe('fifty-eighth round (2026-12-07, fiftieth session)', () => {
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
