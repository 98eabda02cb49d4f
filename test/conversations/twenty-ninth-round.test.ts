/**
 * What the twenty-first session (2026-12-04) found the advisor getting wrong (a round of exploratory visitors, helpers
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
  // the estimate form ("How many agents?"): "teams" was not a product to connect
  {
    name: 'whether it connects to Microsoft Teams is the integration answer',
    steps: [
      ['can it integrate with teams?', ['Microsoft Teams'], ['How many agents']],
    ],
  },
  // "so is 145 on the high side?" after the licence price: 145 agents, and the channel question
  {
    name: 'a price per agent judged after the licence answer is weighed against the licence range',
    steps: [
      ['how much is the cloud license per agent', ['$50']],
      ['so is 145 on the high side?', ['$145 per agent a month', 'between a standard and a feature-rich licence'], ['Which channels']],
    ],
  },
  // the article on agent turnover
  {
    name: 'a price per agent asked to be judged is weighed against the licence range',
    steps: [
      ['is $145 per agent high?', ['$145 per agent a month', 'between a standard and a feature-rich licence'], ['turnover']],
    ],
  },
  {
    name: 'a price per agent asked to be judged in Indonesian',
    locale: 'id-ID',
    steps: [
      ['1,5 juta per agen wajar gak', ['Rp 1.500.000']],
    ],
  },
  // the sales call asked for beside the scenario was not heard; "john at gmail" added the email channel and removed voice
  {
    name: 'a sales call asked for beside a scenario opens the form, and an address without its ending is asked again',
    steps: [
      ['10 agents voice cloud, want a sales call', ['Estimate: 10 agents, voice, cloud', 'What is your name?']],
      ['John Doe, john at gmail, JD Ltd, 555-1234', ['name John Doe', 'company JD Ltd', '"john at gmail" does not look like an email address'], ['Updated', 'removed voice']],
      ['john.doe@gmail.com', ['good time to reach you']],
    ],
  },
  {
    name: 'contact details with an unfinished address after the sales offer are said back and the address asked again',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents']],
      ['John Doe, john at gmail, JD Ltd, 555-1234', ['name John Doe', '"john at gmail" does not look like an email address'], ['removed voice']],
    ],
  },
  // "Saya belum menangkap maksud Anda"
  {
    name: 'thanks in Arabic and Javanese are thanks',
    locale: 'id-ID',
    steps: [
      ['estimasi 10 agen telepon cloud volume tipikal', ['Estimasi: 10 agen']],
      ['tidak', []],
      ['jazakallah', [/sama-sama/i], ['belum menangkap']],
      ['matur nuwun', [/sama-sama/i], ['belum menangkap']],
    ],
  },
  // "I am not sure what you mean"
  {
    name: 'a deployment said with hesitation after an estimate is priced for the scenario',
    steps: [
      ['40 agents voice email chat, on-prem', ['Estimate: 40 agents']],
      ['actually lets see cloud', ['on-premises → cloud']],
      ['hmm hybrid maybe?', ['The same scenario hybrid'], ['not sure what you mean']],
    ],
  },
  // "Saya kurang yakin soal itu"
  {
    name: 'which is cheapest, asked in Indonesian after an estimate, is the comparison',
    locale: 'id-ID',
    steps: [
      ['estimasi 20 agen telepon on-prem volume tipikal', ['Estimasi: 20 agen']],
      ['ya udah, yg paling murah apa?', ['Paling murah selama 3 tahun'], ['kurang yakin']],
    ],
  },
  // the article on AI
  {
    name: 'what the advisor does, asked after an off-topic answer with an ok in front',
    steps: [
      ['can you write me a poem about cats?', ['outside what I know']],
      ['ok, what do you actually do?', ['Here is what I can do'], ['AI (chatbots']],
    ],
  },
  // the same scenario priced on hybrid
  {
    name: 'what about headsets and PCs, after the salaries answer, is the equipment answer',
    steps: [
      ['28 agents voice cloud', ['Estimate: 28 agents']],
      // (twenty-ninth session: after its retrain the model reads this as what the estimate leaves out; the reply still says pay is not in it)
      ['does this include agent salaries?', [/salaries are not in it|not in this estimate: agents' pay/]],
      ['what about headsets and PCs', ['headsets, computers'], ['The same scenario hybrid']],
    ],
  },
  // the deployment switched to cloud, the question never answered; then "no break-even within 3 years" and no more
  {
    name: 'a break-even asked of a deployment is answered, and whether one ever comes',
    steps: [
      ['120 agents, voice and email, on prem', ['Estimate: 120 agents']],
      ['no thanks', []],
      ['whats the break even year if we go cloud', ['no break-even within 3 years', 'cloud also costs the least to run', 'never catch up'], ['Updated']],
    ],
  },
  // "$0 more a month" after the comparison of the three deployments (the difference asked was never given)
  {
    name: 'how much more a change costs a month is the change just made',
    steps: [
      ['30 agents, voice only, cloud', ['Estimate: 30 agents']],
      ['no thanks', []],
      ['what if we add sms and email?', ['added SMS and email']],
      ['how much more is that per month', ['$150 more a month'], ['over 3 years']],
    ],
  },
  // the comparison of the three deployments
  {
    name: 'what a change saved, asked in Indonesian against before, is nothing when nothing moved',
    locale: 'id-ID',
    steps: [
      ['estimasi 22 agen telepon sms email cloud volume tipikal', ['Estimasi: 22 agen']],
      ['tidak', []],
      // (it dropped voice, which once moved nothing; without voice the storage is now a quarter, so email, still free in
      // the cloud, is the change that moves nothing)
      ['ga jadi pake email deh', ['email dihapus']],
      ['jadi hemat brp dibanding tadi?', ['tidak ada yang dihemat'], ['Paling murah selama']],
    ],
  },
  // "remove voice" again
  {
    name: 'a saving asked in the past tense is the change already made',
    steps: [
      ['30 agents, voice and sms, cloud', ['Estimate: 30 agents']],
      ['no thanks', []],
      ['drop voice', ['removed voice']],
      // (dropping voice now lowers storage to the no-voice share, $3,375 → $843.75 a month; it saved nothing before)
      ['how much did I save by dropping voice?', ['The last change (removed voice)', '$2,531 less a month'], ['Updated']],
    ],
  },
  // "For 20 agents, …, year 2 comes to about $57,000", against the $142,548 the growth answer had just given
  {
    name: 'a year and a total asked after a growth answer follow the growth',
    steps: [
      ['we have 20 agents now but growing to 50 next year, cloud, voice+chat', ['From 20 to 50 agents in year 2']],
      ['what would year 2 cost at 50?', ['year 2 is priced at 50 agents', '$142,548'], ['$57,000']],
      ['and the 3 year total?', ['20 → 50 → 50 agents', 'over 3 years comes to about $342,096']],
    ],
  },
  {
    name: 'the total asked after a yearly growth in Indonesian is the growth total',
    locale: 'id-ID',
    steps: [
      ['20 agen, tiap tahun nambah 5 agen, voice+chat, cloud. proyeksi 5 thn?', ['20 → 25 → 30 → 35 → 40', 'Rp 7.054.146.000']],
      ['total 5 tahunnya jadi brp?', ['Rp 7.054.146.000'], ['Rp 4.702.500.000']],
    ],
  },
  // only the 40 agents priced: "+10" with no unit was no growth, and "per tahun" in the question made it every year
  {
    name: 'ten more agents next year, asked what it adds a year',
    locale: 'id-ID',
    steps: [
      ['tim CS skrg 40 agen cloud, voice email chat. thn depan mau +10. tambahan biayanya brp per tahun?', ['Dari 40 menjadi 50 agen di tahun ke-2']],
    ],
  },
  // "Berapa jumlah agen?" came only after "Saya belum menangkap maksud Anda" for the statement alone
  {
    name: 'data that must stay in the country is answered with what it means for the deployment',
    locale: 'id-ID',
    steps: [
      ['Kami bank pembangunan daerah. Ada regulasi data nasabah harus disimpan di Indonesia.', ['on-premise menyimpan rekaman', 'pusat data di dalam negeri', 'Berapa jumlah agen'], ['belum menangkap']],
    ],
  },
  // the generic security text
  {
    name: 'a bank with strict data residency asking what to suggest',
    steps: [
      ['what are pros and cons of on-premises vs cloud?', ['on-premises']],
      ['we are a bank with strict data residency. what would you suggest', ['Data that must stay in the country', 'hybrid can keep them on your own servers', 'How many agents'], ['No deployment is secure by itself']],
    ],
  },
  // "I am not sure what you mean"
  {
    name: 'a contact center wanted, said without a number, begins the estimate',
    steps: [
      ['hello, admissions office at a university. we are thinking of a contact center, no idea of cost', ['How many agents'], ['not sure what you mean']],
    ],
  },
  {
    name: 'a contact center wanted for a season, in Indonesian, begins the estimate',
    locale: 'id-ID',
    steps: [
      ['hai, sy staf humas univ swasta. buat musim PMB kami perlu cc', ['Berapa jumlah agen'], ['belum menangkap']],
    ],
  },
  // "Agen dihitung per orang — mohon bilangan bulat"
  {
    name: 'a sale date is no head count',
    locale: 'id-ID',
    steps: [
      ['gan toko online nih, mau siapin CS buat harbolnas 12.12', ['Berapa jumlah agen'], ['bilangan bulat']],
    ],
  },
  // the price of the social channel
  {
    name: 'an Instagram caption to write is not ours',
    locale: 'id-ID',
    steps: [
      ['kak bisa bantu buat caption instagram promo gak?', [/di luar/i], ['US$1']],
    ],
  },
  // what hybrid is, and the 45 agents lost
  {
    name: 'which deployment suits a head count is the comparison for it',
    locale: 'id-ID',
    steps: [
      ['buat perusahaan asuransi 45 agen, yg cocok apa?', ['45 agen'], ['Pusat kontak hibrida mencampur']],
    ],
  },
  // the channels asked again
  {
    name: 'a vague head count after its noun keeps the channels said with it',
    locale: 'id-ID',
    steps: [
      ['agen belasan lah, channel semuanya', ['15 agen', 'Mau dijalankan di mana'], ['Saluran apa saja']],
    ],
  },
  // web chat dropped
  {
    name: 'web chat misspelt among other misspellings',
    locale: 'id-ID',
    steps: [
      ['butuh cc 25 agnt, vocie + emial + wbchat, deploy clod', ['Estimasi: 25 agen, telepon, email, dan live chat, cloud']],
    ],
  },
  // "Cancelled — nothing was sent to sales"
  {
    name: 'email only, no calls, at the time question is how to be reached, not a cancel',
    steps: [
      ['60 agents voice and email, cloud', ['Estimate: 60 agents']],
      ['I want to talk to sales', ['What is your name?']],
      ['Mark Olsen, mark.olsen@freightco.com, FreightCo, 555-0199', ['When is a good time']],
      ['no, dont contact me by phone, email only. and I dont consent to marketing', ['email only, please do not call'], ['Cancelled']],
    ],
  },
  // the list of the largest lines alone
  {
    name: 'what the biggest line means is the largest list, then that line explained',
    steps: [
      ['25 agents, voice, sms, email, on prem', ['Estimate: 25 agents']],
      ['no thanks', []],
      ['what does the biggest line item mean?', ['The largest costs', 'What it pays for: keeping the center\'s data', '25 × $2,100 per agent per year']],
    ],
  },
  {
    name: 'the biggest line and how to reduce it',
    steps: [
      ['60 agents. voice, email and web chat. hybrid deployment pls', ['Estimate: 60 agents']],
      ['no thanks', []],
      ['whats the biggest line item and how can we reduce it', ['The largest costs', 'retention period']],
    ],
  },
  {
    name: 'the most expensive line and why, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['12 agen telepon email live chat hybrid volume tipikal', ['Estimasi: 12 agen']],
      ['tidak', []],
      ['yg paling mahal di rincian itu apa sih? knp?', ['Biaya terbesar', '**Penyimpanan data**', 'rekaman panggilan']],
    ],
  },
  // the division again
  {
    name: 'what the per-agent price is made of',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['no thanks', []],
      ['whats included in the monthly per-agent price?', ['made of', 'Platform licence (subscription): $125', 'Data storage: $113', 'Voice: included']],
    ],
  },
  // staffing formulas and the AI add-on
  {
    name: 'whether per-agent prices hold at 5,000 agents',
    steps: [
      ['5000 agents all channels cloud', ['Estimate: 5,000 agents']],
      ['no thanks', []],
      ['is that realistic pricing at that size?', ['no volume discount', 'budget estimate, not a quote'], ['Erlang']],
    ],
  },
  // the estimate again
  {
    name: 'why the range can be trusted',
    steps: [
      ['100 agents voice cloud', ['Estimate: 100 agents']],
      ['no thanks', []],
      ['Why should I trust the range?', ['budget estimate, not a quote'], ['Line items']],
    ],
  },
  // "Perubahan: jumlah agen 20 → 35": the two months priced all year
  {
    name: 'more agents for two named months only is a season on top of the head count',
    locale: 'id-ID',
    steps: [
      ['toko online 20 agen sosmed email live chat cloud volume tipikal', ['Estimasi: 20 agen']],
      ['tidak', []],
      // (storage without voice at 25% of the source's average: Rp 88.275.000, Rp 154.488.000 and Rp 132.426.000 before)
      ['kalau tambah 15 agen cuma buat nov-des gmn hitungannya?', ['10 bulan × Rp 60.431.000', '2 bulan × Rp 105.761.000 per bulan (35 agen)', 'Rp 90.660.000'], ['20 → 35']],
    ],
  },
  // 10 agents priced, "about 4 at once"
  {
    name: 'a head count per shift is one shift: the people are that times the shifts',
    locale: 'id-ID',
    steps: [
      ['cc 24 jam, 3 shift, tiap shift 10 agen. voice+sms. cloud', ['Estimasi: 30 agen', 'sekitar 10 agen bekerja bersamaan']],
    ],
  },
  // the assumptions alone
  {
    name: 'which number the estimate used is its head count',
    steps: [
      ['we have 90 staff across 3 shifts, so 30 on at a time, voice only, cloud', ['Estimate: 90 agents']],
      ['so which number did you use?', ['The estimate prices 90 agents']],
    ],
  },
  // the definition of hybrid
  {
    name: 'the recommendation taken after a comparison',
    locale: 'id-ID',
    steps: [
      ['koperasi 3 agen telepon hybrid volume tipikal', ['Estimasi: 3 agen']],
      ['tidak', []],
      ['bandingkan ketiganya', ['Paling murah selama 3 tahun: cloud']],
      ['ok pakai yg disarankan aja, brp biayanya?', ['hibrida → cloud', 'Estimasi: 3 agen, telepon, cloud'], ['Pusat kontak hibrida mencampur']],
    ],
  },
  // the peak's length asked for again
  {
    name: 'a peak said with its length prices the year with both',
    steps: [
      // (storage without voice at 25% of the source's average: $42,750 and $8,550 before the no-voice share)
      ['We sell sneakers online. normally 12 agents on chat + email but for black friday we need 30 for 2 months. cloud obviously', ['that year comes to about $27,563', 'the busier months add about $5,513'], ['tell me how long it lasts']],
    ],
  },
  // "I am not sure what you mean" twice
  {
    name: 'the peak against the usual months, then one head count all year',
    steps: [
      ['normally 12 agents on chat + email but up to 30 at peak, cloud', ['For the peak of 30']],
      // (storage without voice at 25% of the source's average: $7,125 and $2,850 before the no-voice share)
      ['so what does the peak cost vs normal?', ['A month at 30 agents comes to about $4,594, against $1,838 at 12']],
      ['what if we keep 30 all year', ['agents 12 → 30']],
    ],
  },
  // the whole comparison again, word for word
  {
    name: 'the comparison as one line of totals',
    steps: [
      ['50 agents, all channels, cloud vs on-prem, 3 years', ['50 agents over 3 years']],
      ['can you give me just the 3 yr totals in one line each', ['on-premises $720,400 · cloud $496,044 · hybrid $786,694. Cheapest: cloud.'], ['Assumptions']],
    ],
  },
  // "That is already your scenario … so nothing changed", and a bare total
  {
    name: 'the estimates of two deployments asked for are each shown',
    steps: [
      ['65 agents, voice and email, cloud', ['Estimate: 65 agents']],
      ['no thanks', []],
      ['ok just give me cloud and on-prem estimates', ['Estimate: 65 agents, voice and email, cloud', 'Estimate: 65 agents, voice and email, on-premises'], ['nothing changed']],
    ],
  },
  // the textbook definition of hybrid
  {
    name: 'what hybrid means in the estimate is its split and what running both sides adds',
    steps: [
      ['Insurance claims team, 60 agents. voice, email and web chat. hybrid deployment pls', ['Estimate: 60 agents']],
      ['what does hybrid mean in practice in your estimate?', ['30 seats in the cloud and 30 on-premises', 'one-time integration of about $15,000', '0.25 of a full-time administrator'], ['trying to take the best of both']],
    ],
  },
  // the up-front cost of buying on-premises ("cloud needs $0 up front")
  {
    name: 'migration costs are said to be outside the estimate, with what is in it',
    steps: [
      ['400 seat operation, voice sms email chat social, considering moving from on prem to cloud', ['Estimate: 400 agents']],
      ['what about migration costs?', ['no line for implementation or migration', 'exit fees'], ['needs about $0 up front']],
    ],
  },
  // the list of assumptions
  {
    name: 'what the implementation cost means, in Indonesian, names the one-time lines bought',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon sosmed on-prem volume tipikal', ['Estimasi: 40 agen']],
      ['tidak', []],
      ['apa maksudnya biaya implementasi di situ?', ['tidak punya baris untuk implementasi', 'Server (on-premise)'], ['Baris bertanda *']],
    ],
  },
  // the note that salaries are not in it, word for word again
  {
    name: 'salaries said per agent are added to the technology when the total is asked',
    locale: 'id-ID',
    steps: [
      ['35 agen telepon email cloud volume tipikal', ['Estimasi: 35 agen']],
      ['tidak', []],
      ['kalau gaji rata2 5 juta/bulan, total semuanya brp?', ['Rp 175.000.000 per bulan untuk gaji', 'Rp 312.163.000 per bulan']],
    ],
  },
  // "Estimasi sudah ditampilkan dalam rupiah" and no figure
  {
    name: 'rupiah a month asked with rupiah on screen gives the month',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon email cloud volume tipikal', ['Estimasi: 10 agen']],
      ['tidak', []],
      ['tolong tampilkan dalam rupiah per bulan', ['Rp 39.188.000 per bulan']],
    ],
  },
  // what the servers are, and the question left
  {
    name: 'whether the hardware can be avoided is answered with the cloud',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon sosmed on-prem volume tipikal', ['Estimasi: 40 agen']],
      ['tidak', []],
      ['kok ada biaya hardware? bisa dihindari?', ['Server (on-premise)', 'Hanya dengan tidak memiliki platformnya', 'selama 3 tahun dibanding']],
    ],
  },
  // the second priced alone, and the deployments compared
  {
    name: 'two channel sets said against each other are priced side by side',
    steps: [
      ['compare 20 agents voice only vs 20 agents voice+chat+email, cloud', ['Estimate: 20 agents, voice, cloud', '20 agents, voice, cloud: about $4,750 a month', '20 agents, voice, email and web chat, cloud: about $4,750 a month', 'Both cost the same a month']],
    ],
  },
  // the comparison of deployments for the second scenario only
  {
    name: 'the two scenarios just priced, compared',
    locale: 'id-ID',
    steps: [
      ['cabang A 10 agen telepon cloud volume tipikal', ['Estimasi: 10 agen']],
      ['tidak', []],
      ['cabang B 40 agen email live chat on-prem', ['40 agen']],
      // (the second has no voice: its storage at 25% of the source's average; Rp 146.025.000 and Rp 106.838.000 before)
      ['bandingkan kedua skenario tadi', ['10 agen, telepon, cloud: sekitar Rp 39.188.000 per bulan', '40 agen, email dan live chat, on-premise: sekitar Rp 59.400.000 per bulan', 'Yang kedua lebih mahal Rp 20.213.000 per bulan']],
    ],
  },
  // "Updated: removed email" (call minutes read as voice alone)
  {
    name: 'a channel asked about after an estimate is its line, not the only channel',
    steps: [
      ['30 agents on-prem voice email', ['Estimate: 30 agents']],
      ['no thanks', []],
      ['what about telecom usage / call minutes?', ['Carrier minutes (own trunks)', '60,000 × $0.008 per minute'], ['removed email', 'Updated']],
      ['what about sms?', ['has no SMS', 'would add about $150 a month'], ['Updated']],
    ],
  },
  // the weight put on hardware, where the licence was 72% of the up-front sum
  {
    name: 'why the up-front cost is high names its own parts, largest first',
    steps: [
      ['We are a hospital w/ 80 agents, voice + sms, thinking on-prem bc of patient data', ['Estimate: 80 agents']],
      ['why is the upfront cost so high?', ['$166,000 up front (Platform licence (perpetual, on-premises) $120,000, 72%; Servers (on-premises) $36,000, 22%']],
    ],
  },
  // the general levers ("buy voice minutes in bigger bundles" with voice included) and nothing on storage at 41%
  {
    name: 'how to cut costs names what would move each of the largest lines',
    steps: [
      ['we have 60 agents on cloud with all channels', ['Estimate: 60 agents']],
      ['how can we cut costs?', ['the essentials tier would bring the month to about $12,036, $4,500 less', 'Data storage (41% of the month', 'dropping it saves $1,800 a month']],
    ],
  },
  // 3 and 5 came, the first year not
  {
    name: 'one, three and five year totals are each given',
    steps: [
      ['45 agents, cloud, voice+email', ['Estimate: 45 agents']],
      ['no thanks', []],
      ['show me 1, 3 and 5 year totals', ['The first 12 months', '$128,284', 'over 3 years about $384,851', 'over 5 years about $641,418']],
    ],
  },
  // "How many agents?" after "33 adjusters"
  {
    name: 'adjusters who take the calls are the agents',
    steps: [
      ['insurance claims team, 33 adjusters take calls + emails, plus mms for photo uploads. cloud', ['Estimate: 33 agents, voice, MMS and email, cloud']],
    ],
  },
  // "I am not sure about that one"
  {
    name: 'the one recommended, taken',
    steps: [
      ['18 people, sms voice and chat, hybrid', ['Estimate: 18 agents']],
      ['no thanks', []],
      ['compare all three', ['Cheapest over 3 years: cloud']],
      ['ok go with the one you recommend', ['hybrid → cloud']],
    ],
  },
  // "I am not sure what you mean"
  {
    name: 'a job posting to write is not ours',
    steps: [
      ['can you help me write a job posting for call center agents?', ['outside what I know']],
    ],
  },
  // 15 priced all year, the 40 never mentioned
  {
    name: 'a head count year round and a larger one for named months prices the year with both',
    steps: [
      ['ecommerce shop, 15 agents year round but 40 in nov-dec. chat, email, social. cloud', ['that year comes to about', '(40 agents)']],
    ],
  },
  // the estimate again
  {
    name: 'a breakdown per year is the years one by one',
    steps: [
      ['80 agents, voice+email+chat, hybrid', ['Estimate: 80 agents']],
      ['no thanks', []],
      ['break it down per year for 3 yrs', [/[Yy]ear 1/, /[Yy]ear 3/], ['Line items']],
    ],
  },
  // WFM added for "scheduling center", with a server pair; the recording question never answered
  {
    name: 'a scheduling center is no WFM add-on, and what call recording costs is answered beside the estimate',
    steps: [
      ['hospital scheduling center 28 ppl, voice + sms, hybrid. also what does call recording cost?', ['Estimate: 28 agents, voice and SMS, hybrid', 'Call recording has no line of its own'], ['Workforce management (WFM)*']],
    ],
  },
  {
    name: 'whether call recording is included, asked alone',
    steps: [
      ['is call recording included?', ['Call recording has no line of its own', 'data storage line'], ['not sure', 'No deployment is secure']],
    ],
  },
  // the company lost and the cut-off address dropped without a word
  {
    name: 'an address cut off after the @ is asked again, the company kept',
    steps: [
      ['talk to sales', []],
      ['just contact me', []],
      ['Tom Baker, tom.baker@, Baker Logistics', ['company Baker Logistics', '"tom.baker@" does not look like an email address']],
      ['sorry tom.baker@bakerlogistics.com', [], ['Which company']],
    ],
  },
  // every price in US dollars to an Indonesian visitor
  {
    name: 'an Indonesian knowledge answer gives its dollar figures in rupiah too',
    locale: 'id-ID',
    steps: [
      ['berapa harga lisensi cloud per agen?', ['US$50', 'Dalam rupiah (kurs perencanaan Rp 16.500 per dolar AS): US$50 ≈ Rp 825.000; US$200 ≈ Rp 3.300.000.']],
    ],
  },
  // "Saya belum menangkap maksud Anda", and the correction lost
  {
    name: 'a correction said with doang',
    locale: 'id-ID',
    steps: [
      ['rental mobil nih gan, agen 10, voice aja, cloud', ['Estimasi: 10 agen']],
      ['eh salah, agennya 6 doang', ['10 → 6']],
    ],
  },
  {
    name: 'why there is a range min max, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon live chat hybrid volume tipikal', ['Estimasi: 30 agen']],
      ['tidak', []],
      ['kenapa ada range min max? yg paling mungkin brp?', ['estimasi anggaran, bukan penawaran resmi'], ['belum menangkap', 'Rincian (nilai tipikal']],
    ],
  },
  // four new servers priced for three agents
  {
    name: 'servers said to be there already are not bought again',
    locale: 'id-ID',
    steps: [
      ['sekolah swasta, admin 3 org buat terima telpon ortu murid & email. on premise aja soalnya ada server', ['Estimasi: 3 agen'], ['Rp 594.000.000']],
    ],
  },
  // the largest lines and what moves the total
  {
    name: 'what the on-premises cost is made of is its estimate line by line',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon sms on-prem volume tipikal', ['Estimasi: 40 agen']],
      ['tidak', []],
      ['yg on-prem itu isinya apa aja biayanya?', ['Kapasitas trunk SIP', 'Server (on-premise)'], ['Yang paling menggeser total']],
    ],
  },
  // "Baris yang mana?"
  {
    name: 'what the setup cost is, in a cloud estimate, is that there is none',
    locale: 'id-ID',
    steps: [
      ['30 agen sosmed email live chat cloud volume tipikal', ['Estimasi: 30 agen']],
      ['tidak', []],
      ['apa itu biaya "setup" di situ?', ['di cloud tidak ada biaya sekali bayar sama sekali'], ['Baris yang mana']],
    ],
  },
  // "use digits, spaces and + ( ) - only" to a number made of digits; "andi-at-gmail" asked again without a reason
  {
    name: 'a phone number too short is said to be short, and a spelt address without its ending is turned down',
    locale: 'id-ID',
    steps: [
      ['hubungi sales', []],
      ['langsung hubungi saja', []],
      ['Andi', []],
      ['andi-at-gmail', ['"andi-at-gmail" sepertinya bukan alamat email']],
      ['andi@gmail.com', []],
      ['CV Maju', []],
      ['08123', ['terlalu pendek']],
    ],
  },
  // "whats the 3yr TCO vs cloud?" at the volumes step priced cloud only, with no on-premises figure
  {
    name: 'a deployment named as the yardstick at the volumes step is a comparison, not a switch',
    steps: [
      ['25 dispatchers, voice, we own an avaya pbx', ['agents: 25']],
      // (a request to price with the last detail is priced at once now, with typical volumes: thirty-first round)
      ['price on prem for us', ['Estimate: 25 agents, voice, on-premises']],
      ['whats the 3yr TCO vs cloud?', ['Against your on-premises over 3 years', 'On-premises: $0'], ['Estimate: 25 agents, voice, cloud']],
    ],
  },
  // switched to on-premises without a word, the cloud figure never shown
  {
    name: 'another deployment asked at the volumes step finishes the chosen one and prices the other beside it',
    locale: 'id-ID',
    steps: [
      ['hotel di bali 18 agen telepon sosmed email live chat', ['Mau dijalankan di mana']],
      ['cloud', ['opsional']],
      ['kalau on-prem berapa?', ['Estimasi: 18 agen, telepon, media sosial, email, dan live chat, cloud', 'Skenario yang sama dengan model on-premise']],
    ],
  },
  // the deployments compared
  {
    name: 'the difference per month right after two scenarios side by side is between them',
    steps: [
      ['compare 10 agents voice only vs 10 agents voice+chat+email, cloud', ['Both cost the same a month']],
      ['whats the difference per month?', ['Both cost the same a month'], ['over 3 years', 'Cheapest']],
    ],
  },
  // the advantages of hybrid, with nothing on where the data sits
  {
    name: 'what hybrid means for us, and whether data would leave the building',
    steps: [
      ['311 hotline 40 call takers voice sms chat on prem', ['Estimate: 40 agents']],
      ['no thanks', []],
      ['what does hybrid actually mean for us, would data leave our building?', ['on-premises keeps recordings and customer data in your own building', '20 seats in the cloud and 20 on-premises']],
    ],
  },
  // answered in English with dollars to "apotek online, 12 cs, …"
  {
    name: 'an Indonesian shop named in a message of loan words is answered in Indonesian',
    locale: 'en-US',
    steps: [
      ['apotek online, 12 cs, chat web + email + wa, cloud', ['Estimasi: 12 agen']],
    ],
  },
  // on-premises chosen and the head count asked, the question left
  {
    name: 'what on-premises needs bought, asked by IT before any scenario',
    locale: 'id-ID',
    steps: [
      ['aku tim IT. kalo on-prem, infra apa aja yg harus kita siapin? server, pbx, dll?', ['server dan perangkat telepon'], ['Berapa jumlah agen di pusat kontak Anda?\n']],
    ],
  },
  // the figure at today's head count
  {
    name: 'per agent a month asked after a growth answer is at the size it grows to',
    locale: 'id-ID',
    steps: [
      ['marketplace 25 agen telepon email cloud volume tipikal', ['Estimasi: 25 agen']],
      ['tidak', []],
      ['kalau tahun depan naik jd 40 org brp?', ['Dari 25 menjadi 40 agen']],
      ['per agen per bulan jadinya brp?', ['Dengan 40 agen, ujung pertumbuhan', 'Rp 156.776.000 per bulan']],
    ],
  },
];

describe('twenty-ninth round (2026-12-04, twenty-first session)', () => {
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
