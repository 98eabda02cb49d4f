/**
 * What the forty-seventh session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "eh tambah 10 agen lagi jadi 45": 55 agents (the addition and the total added up)
  {
    name: 'an addition said with the head count it comes to is that head count',
    locale: 'id-ID',
    steps: [
      ['35 agen, telepon dan live chat, cloud', ['Estimasi: 35 agen']],
      ['eh tambah 10 agen lagi jadi 45', ['Estimasi: 45 agen'], ['55 agen']],
    ],
  },
  // (a guard: the start's code read the addition alone, 35 + 10 = 45, the total said beside it agreeing)
  {
    name: 'add 10 more agents, so 45 total is 45',
    steps: [
      ['35 agents, voice and chat, cloud', ['Estimate: 35 agents']],
      ['add 10 more agents, so 45 total', ['Estimate: 45 agents'], ['Estimate: 55 agents', 'Estimate: 10 agents']],
    ],
  },
  // "actually make that 25, we're opening two more clinics": 2 agents added
  {
    name: 'a count of premises beside a head count is no head count',
    steps: [
      ['20 agents, voice and email, cloud', ['Estimate: 20 agents']],
      ["actually make that 25, we're opening two more clinics", ['Estimate: 25 agents'], ['Estimate: 22 agents']],
    ],
  },
  // "tambah 1000 percakapan AI sebulan": 1,020 agents
  {
    name: 'a count of AI conversations added is no head count',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon, cloud', ['Estimasi: 20 agen']],
      ['tambah 1000 percakapan AI sebulan', ['Estimasi: 20 agen'], ['1.020 agen']],
    ],
  },
  // "kalau ditambah SMS 5000 per bulan di cloud?": the SMS volume noted, SMS left out of the estimate
  {
    name: 'a channel added with its volume is added',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon dan email, on-prem', ['Estimasi: 20 agen']],
      ['kalau ditambah SMS 5000 per bulan di cloud?', ['Estimasi: 20 agen, telepon, SMS, dan email, cloud']],
    ],
  },
  // "oh ok, kalau cloud brp?" before any estimate: what cloud is
  {
    name: 'a deployment price asked behind an acknowledgement starts its estimate',
    locale: 'id-ID',
    steps: [['oh ok, kalau cloud brp?', ['cloud sekitar', 'Berapa jumlah agen']]],
  },
  // "itu per bulan ya? kalau setahun brp?": "I am not sure about that one" above the year
  {
    name: 'a sentence the knowledge base has nothing for says nothing beside an answer',
    locale: 'id-ID',
    steps: [
      ['8 agen, whatsapp sama voice, cloud', ['Estimasi: 8 agen']],
      ['itu per bulan ya? kalau setahun brp?', ['per tahun'], ['kurang yakin']],
    ],
  },
  {
    name: 'what hybrid means beside a scenario is answered without a refusal',
    steps: [
      ['timeshare resort here, 150 agents on the phones all day, mostly outbound. what does hybrid even mean for a contact center?', ['hybrid contact center mixes'], ['not sure about that one']],
      // "cloud is the base until you pick one"
      ['how much would hybrid cost us then? vs cloud', ['Estimate: 150 agents, voice, hybrid', 'Comparison']],
    ],
  },
  // "tipikal aja gan" under an estimate priced with typical volumes: the sales form opened
  {
    name: 'typical volumes taken under the estimate are no yes to sales',
    locale: 'id-ID',
    steps: [
      ['gan mau nanya, call center 12 agen on prem brp ya? telpon doang', ['Estimasi: 12 agen']],
      ['tipikal aja gan', ['volume tipikal'], ['Siapa nama Anda']],
    ],
  },
  // "servernya ganti brp kali tuh dalam 10 tahun?": the 10-year total again
  {
    name: 'how often the servers are replaced over a horizon is the refresh over it',
    locale: 'id-ID',
    steps: [
      ['12 agen telepon on prem', ['Estimasi: 12 agen']],
      ['servernya ganti brp kali tuh dalam 10 tahun?', ['dibeli lagi setiap 5 tahun', 'tahun ke-6'], ['Perubahan: jangka waktu']],
    ],
  },
  // "call center" at the head-count question: what a call center is; then "total setahun aja brp" in a hurry at the
  // channels question: "I did not catch the channels"
  {
    name: 'a call center answering the questions is voice, and a hurried price is the estimate now',
    locale: 'id-ID',
    steps: [
      ['brp', ['Berapa jumlah agen']],
      ['call center', ['telepon ditambahkan', 'Berapa jumlah agen']],
      ['10', ['Mau dijalankan di mana']],
    ],
  },
  {
    name: 'a price asked in a hurry at the channels question is the estimate on voice',
    locale: 'id-ID',
    steps: [
      ['brp', ['Berapa jumlah agen']],
      ['10', ['Saluran apa saja']],
      ['gausah detail2, total setahun aja brp', ['telepon saja', '10 agen selama 3 tahun', 'Paling murah'], ['belum menangkap salurannya']],
    ],
  },
  // "kalian ini jualan software ya? jangan2 angkanya dibesar2in biar kita beli": the head count asked, the distrust unheard
  {
    name: 'whether the advisor sells or inflates its figures is what the advisor is',
    locale: 'id-ID',
    steps: [['kalian ini jualan software ya? jangan2 angkanya dibesar2in biar kita beli', ['tidak menjual apa pun', 'Nextiva'], ['Berapa jumlah agen']]],
  },
  {
    name: 'are these numbers inflated so i buy is what the advisor is',
    steps: [['are these numbers inflated so i buy?', ["I don't sell anything"]]],
  },
  // "who is the vendor behind these numbers?": the assumptions
  {
    name: 'the vendor behind the numbers is the source article',
    steps: [['who is the vendor behind these numbers?', ['Nextiva', 'published']]],
  },
  // "itu per orang sebulan 4 jutaan ya kak? buat yayasan berat juga": "I can price up to 100,000 agents"
  {
    name: 'a per-agent figure said back is put right from the estimate',
    locale: 'id-ID',
    steps: [
      ['4 agen, wa ig fb email, cloud', ['Estimasi: 4 agen']],
      ['itu per orang sebulan 4 jutaan ya kak? buat yayasan berat juga', ['Belum tepat', 'per agen per bulan', 'bukan Rp 4.000.000', 'cara menghemat'], ['100.000 agen']],
      // "ada ga yang versi paling murah?": "I am not sure about that one"
      ['ada ga yang versi paling murah?', ['paket Dasar'], ['kurang yakin']],
    ],
  },
  {
    name: 'a monthly figure said back is confirmed when it is the estimate rounded',
    steps: [
      ['10 agents, voice, cloud', ['Estimate: 10 agents']],
      ['so it\'s about 2400 a month?', ['Yes, roughly', 'a month']],
    ],
  },
  // "how much is the txt part": "which line do you mean?"
  {
    name: 'the txt part is the SMS line',
    steps: [
      ['20 agents, voice and txt msgs, cloud', ['Estimate: 20 agents']],
      ['how much is the txt part', ['SMS'], ['Which line do you mean']],
    ],
  },
  // "hmm can you break down the storage thing for me" with the sales offer under the estimate: not understood
  {
    name: 'a question beside the sales offer is read as under the estimate',
    steps: [
      ['wine club / online wine shop. 7 ppl doing email and phone. cloud. whats it cost a month', ['Estimate: 7 agents']],
      ['hmm can you break down the storage thing for me', ['Data storage'], ['I am not sure what you mean']],
    ],
  },
  // "hmm what does the hybrid part actually add cost-wise vs just cloud?": not understood, then the cost per agent
  {
    name: 'what one deployment adds over another is the gap between them',
    steps: [
      ['40 agents, we need voice, sms and web chat. thinking hybrid', ['Estimate: 40 agents']],
      ['hmm what does the hybrid part actually add cost-wise vs just cloud?', ['hybrid comes to', 'cloud', 'more a month'], ['I am not sure what you mean']],
    ],
  },
  // "what would it be at the premium tier?" after the figure per agent: the licence paragraph
  {
    name: 'the estimate at another tier is that tier priced',
    steps: [
      ['200 agents, voice and email, cloud', ['Estimate: 200 agents']],
      ['whats the per agent number', ['per agent']],
      ['what would it be at the premium tier?', ['Standard → Premium']],
    ],
  },
  // "that seems like a lot for 3 people doing chat only?": the same total again
  {
    name: 'the estimate found high, as a doubt, is where the money goes and how to save',
    steps: [
      ['3 people who would answer a web chat on our booking site. Cloud. Roughly how much?', ['Estimate: 3 agents']],
      ['that seems like a lot for 3 people doing chat only?', ['The largest costs', 'essentials tier']],
    ],
  },
  // "and back to 80, what's the annual?" after a peak of 120: "did you mean …?"
  {
    name: 'a head count gone back to, with a question, is that head count and the question',
    steps: [
      ['we sell tickets for concerts and festivals. 80 agents normally, voice, email and web chat, cloud.', ['Estimate: 80 agents']],
      ['during festival season we go up to 120 agents. what would that cost per month?', ['120 agents']],
      ["and back to 80, what's the annual?", ['For 80 agents', 'a year'], ['Did you mean']],
    ],
  },
  // "how much would we save if we don't count the IT staff": all three deployments compared
  {
    name: 'a line left out of the count is the estimate without it',
    steps: [
      ['35 staff on voice and email, on-premises', ['Estimate: 35 agents']],
      ["how much would we save if we don't count the IT staff", ['Without In-house IT staff']],
    ],
  },
  {
    name: 'a server room reused takes out the rack line, not the servers',
    steps: [
      ['17 intake staff on the phone, on-premises', ['Estimate: 17 agents']],
      ['we could reuse our server room so no extra rack costs. can you take that out?', ['Without Rack space'], ['**Servers']],
    ],
  },
  // "ok that's about what I expected": the largest costs and what moves the total
  {
    name: 'the figure as expected is an acknowledgement',
    steps: [
      ['20 agents, voice, cloud', ['Estimate: 20 agents']],
      ["ok that's about what I expected", [], ['The largest costs', 'What moves']],
    ],
  },
  {
    name: 'sesuai perkiraan is no yes to sales',
    locale: 'id-ID',
    steps: [
      ['20 agen, telepon, cloud', ['Estimasi: 20 agen']],
      ['oke sesuai perkiraan saya', [], ['Siapa nama Anda']],
    ],
  },
  // "can sales email me? dont want calls": the phone and the time to call asked all the same
  {
    name: 'sales asked for with calls refused asks no phone and no time',
    steps: [
      ['19 agents doing email + chat, cloud', ['Estimate: 19 agents']],
      ['can sales email me? dont want calls', ['What is your name']],
      ['Marco Bellini', ['email']],
      ['marco@tinytreasurebox.com', ['company']],
      ['Tiny Treasure Box', ['May our sales team contact you'], ['phone number', 'good time']],
    ],
  },
  // "… 400 agents, voice + email + chat, cloud. What's the cost per minute of a call for us?": the question lost
  {
    name: 'a per-minute price asked beside the scenario is answered under it',
    steps: [["We're an IT helpdesk outsourcer (BPO) - 400 agents, voice + email + chat, cloud. What's the cost per minute of a call for us?", ['Estimate: 400 agents', 'a minute']]],
  },
  // "13 agents right now, probably 20 by next year … whats it cost now and at 20?": 13 alone
  {
    name: 'the head count now and the one grown to are both priced, and the figure per agent at another',
    steps: [
      ['camping & outdoor gear retailer, 13 agents right now, probably 20 by next year. phones + email + chat, cloud. whats it cost now and at 20?', ['Estimate: 13 agents', '• 13 agents:', '• 20 agents:']],
      // "whats the per agent cost at 20?": the figure per agent at 13
      ['whats the per agent cost at 20?', ['• 20 agents:', 'per agent a month']],
    ],
  },
  // "just the totals pls, skip the assumptions": every line item and assumption
  {
    name: 'the totals asked for alone stay alone',
    steps: [
      ['mobile game studio, player support. 27 agents. email + in-app chat. cloud. just the totals pls, skip the assumptions', ['Estimate: 27 agents', 'Monthly:'], ['Line items', 'Assumptions:']],
      ['fine. whats 27 agents on hybrid, just the total', ['hybrid', 'Monthly:'], ['Line items', 'Platform licence (subscription): $3,375 →']],
    ],
  },
  // "we're also thinking of adding social media support (facebook/insta). what would that add?": the advantages of cloud
  // under the change
  {
    name: 'what a change just asked for adds is the change itself',
    steps: [
      ['meal kit delivery company, 45 agents on email and chat, cloud', ['Estimate: 45 agents']],
      ["we're also thinking of adding social media support (facebook/insta). what would that add?", ['social media'], ['The source lists five advantages']],
    ],
  },
  // "… 10 schedulers on phones and email. Please have sales call me …, priya@ramancole.com": voice alone sent to sales
  {
    name: 'email listed beside a channel is a channel whatever address the message gives',
    steps: [['I\'m Priya Raman from Raman & Cole Court Reporting, we have 10 schedulers on phones and email. Please have sales call me at 312-555-0187, priya@ramancole.com, afternoons work best', ['Noted']], ['sure, estimate first', ['Where should it run']], ['cloud', ['optional']], ['typical is fine', ['Estimate: 10 agents, voice and email, cloud']]],
  },
  // "We fix phones and laptops (mail-in repair). 14 techs … 1,200 minutes per tech per month": email added, 1,200 minutes in all
  {
    name: 'mail-in is no email and minutes per tech are per agent',
    steps: [['We fix phones and laptops (mail-in repair). 14 techs answer calls, in the cloud. Calls run about 1,200 minutes per tech per month.', ['Estimate: 14 agents, voice, cloud', '16,800']]],
  },
  // "what would it cost monthly and for the school year (10 months)?": the twelve-month year
  {
    name: 'the months the center runs are that many months of it',
    steps: [
      ['8 staff, phone and email, cloud', ['Estimate: 8 agents']],
      ['what would it cost monthly and for the school year (10 months)?', ['For 10 months', '10 ×']],
    ],
  },
  {
    name: 'May through September only is five months',
    steps: [
      ['5 staff on the phone and texting customers, cloud', ['Estimate: 5 agents']],
      ['we only really need it May through September. what would that cost?', ['For 5 months']],
    ],
  },
  // "what if we only put 20% of the center in the cloud for hybrid": 28 agents
  {
    name: 'a share of the center in the cloud is the hybrid split',
    steps: [
      ['140 agents, voice, email, web chat. hybrid', ['Estimate: 140 agents']],
      ['what if we only put 20% of the center in the cloud for hybrid', ['20% of the seats in the cloud'], ['Estimate: 28 agents']],
    ],
  },
  // "so roughly what's that per month on average?" after a seasonal year: the same year again
  {
    name: 'a seasonal year says its monthly average',
    steps: [["we do tax prep, franchise of 60 offices. Jan-Apr we have 500 agents on phones, rest of the year only 120. cloud. what's our yearly cost?", ['a month on average']]],
  },
  // "is MMS needed if we send pics of products?": prices only, never yes or no
  {
    name: 'whether pictures need MMS is answered',
    steps: [
      ['11 agents doing SMS + web chat for order pickup. cloud', ['Estimate: 11 agents']],
      ['is MMS needed if we send pics of products?', ['to send pictures', 'you need MMS']],
    ],
  },
  // "… Our CIO wants on-premises. What are the one-time costs we'd be looking at?": the cloud's set-up fee above the estimate
  {
    name: 'the one-time costs of a scenario said in full are the estimate',
    steps: [["Freight forwarding / customs brokerage firm. 300 agents on voice and email. Our CIO wants on-premises. What are the one-time costs we'd be looking at?", ['Estimate: 300 agents, voice and email, on-premises', 'One-time'], ['no set-up or onboarding fee']]],
  },
  // "kalau agennya jadi 120 karena mau ekspansi ke Sumatra?": the same 100 agents again
  {
    name: 'a head count with a reason after it is that head count',
    locale: 'id-ID',
    steps: [
      ['100 agen, semua channel, cloud', ['Estimasi: 100 agen']],
      ['kalau agennya jadi 120 karena mau ekspansi ke Sumatra?', ['Estimasi: 120 agen']],
    ],
  },
  // "kalau server kami beli sendiri dengan harga 100 juta per unit?": the month divided over 100 units
  {
    name: 'the visitor\'s own server price is priced',
    locale: 'id-ID',
    steps: [
      ['800 agen, telepon dan email, on-premise', ['Estimasi: 800 agen']],
      ['kalau server kami beli sendiri dengan harga 100 juta per unit?', ['server Rp 100.000.000 per unit', 'Sekali bayar'], ['100 unit']],
    ],
  },
  // "kalo cuma email knp lisensinya mahal ya?": the email line, free
  {
    name: 'why the licence is dear with one channel is the licence line',
    locale: 'id-ID',
    steps: [
      ['6 agen, email, cloud', ['Estimasi: 6 agen']],
      ['kalo cuma email knp lisensinya mahal ya? kan cuma bales email doang', ['Lisensi platform']],
    ],
  },
  // "kami ada layanan langganan premium. Butuh CS 15 agent …": the Premium tier priced
  {
    name: 'the visitor\'s own premium product is no tier',
    locale: 'id-ID',
    steps: [['Hi, saya dari portal berita online, kami ada layanan langganan premium. Butuh CS 15 agent utk email, live chat, social media. Deploy di cloud ya', ['Estimasi: 15 agen'], ['Premium', '(langganan): Rp 49.500.000']]],
  },
  // "what did that add per month?" after a change: the year's total
  {
    name: 'what the last change added is that change',
    steps: [
      ['20 agents, voice, cloud', ['Estimate: 20 agents']],
      ['add sms', ['added SMS']],
      ['what did that add per month?', ['Your last change (added SMS)']],
    ],
  },
  // "what would email add if we started offering it?": the cloud's set-up fee; "fine" to the offer: the deployment verdict
  {
    name: 'what a channel would add is its line offered, and fine to the offer takes it',
    steps: [
      ['20 agents, voice, cloud', ['Estimate: 20 agents']],
      ['fine', ['Shall I pass this scenario to a sales specialist']],
      ['what would email add if we started offering it?', ['has no email', 'Add it?']],
      ['fine', ['added email']],
    ],
  },
  // "sorry, it's Thomas Hardie, with ie" at the consent question: "please answer yes or no"
  {
    name: 'a full name said again with its spelling corrects the name',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['talk to sales', ['What is your name']],
      ['Thomas Hardy', ['email']],
      ['thomas@hardie.example.com', ['company']],
      ['Hardie Carpets', ['phone']],
      ['555-123-4567 ext. 12', ['good time']],
      ['mornings', ['May our sales team contact you', '555-123-4567 ext 12']],
      ["sorry, it's Thomas Hardie, with ie", ['Thomas Hardie']],
    ],
  },
  // "Thanks. Could I get someone to email me, I dont want calls": voice taken out of the center sent to sales
  {
    name: 'calls refused with sales asked for leave the center its voice',
    steps: [
      ['30 agents voice and email cloud', ['Estimate: 30 agents']],
      ['Thanks. Could I get someone to email me, I dont want calls', ['What is your name'], ['removed voice', 'Estimate: 30 agents, email, cloud']],
    ],
  },
  // "why does the on prem one need IT staff, we already have IT guys": the whole platform counted as owned
  {
    name: 'people already on staff own no platform',
    steps: [
      ['40 agents voice on prem', ['Estimate: 40 agents']],
      ['why does the on prem one need IT staff, we already have IT guys', ['In-house IT staff'], ['already owned']],
    ],
  },
  // "Wait, storage still $1,350 per agent even though we don't record calls?": storage set to $1,350 a month
  {
    name: 'a figure of the estimate doubted is no figure of theirs',
    steps: [
      ['35 agents voice and chat cloud', ['Estimate: 35 agents']],
      ["Wait, storage still $1,350 per agent even though we don't record calls?", ['no calls recorded'], ['$37,800']],
    ],
  },
  // "let's say 20 to be safe": not understood
  {
    name: 'a head count assumed to be safe is that head count',
    steps: [
      ['18 agents voice cloud', ['Estimate: 18 agents']],
      ["let's say 20 to be safe", ['Estimate: 20 agents']],
    ],
  },
  // "ya typical" in an English conversation: Indonesian from then on
  {
    name: 'ya in an English conversation keeps English',
    steps: [
      ['12 agents voice and email', ['Where should it run']],
      ['cloud', ['optional']],
      ['ya typical', ['Estimate: 12 agents'], ['Estimasi']],
    ],
  },
  // "… 70 agents, voice and email, cloud. Is a cloud setup ok for HIPAA?": the cloud's set-up fees
  {
    name: 'a compliance regime asked of a deployment is the compliance answer',
    steps: [['we run a home health agency, 70 agents, voice and email, cloud. Is a cloud setup ok for HIPAA?', ['HIPAA', 'Estimate: 70 agents']]],
  },
  // "ok what would agent salaries roughly add then": the previous paragraph again
  {
    name: 'what salaries would roughly add is the pay-level answer',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['ok what would agent salaries roughly add then', ['no salary or wage figures'], ['their salaries are not in it']],
    ],
  },
  // "mahal jg ya. yg paling murah brp?": the largest costs
  {
    name: 'the cheapest it could come to is the low end',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['mahal jg ya. yg paling murah brp?', ['Rp 17.531.000']],
    ],
  },
  // "Per agen per bulan jadi berapa setelah WFM?": the WFM article
  {
    name: 'the figure per agent after an add-on is the figure per agent',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['tambah WFM', ['WFM']],
      ['Per agen per bulan jadi berapa setelah WFM?', ['per agen per bulan']],
    ],
  },
  // "per tahunnya dlm USD?": "the figures are already in dollars", no year
  {
    name: 'the year asked with the currency is the year',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['per tahunnya dlm USD?', ['US$28.500 per tahun']],
    ],
  },
  // "Kalau on-prem, kapan titik impasnya?": on-premises' figures
  {
    name: 'the break-even asked beside a deployment is the break-even',
    locale: 'id-ID',
    steps: [
      ['50 agen telepon cloud', ['Estimasi: 50 agen']],
      ['Kalau on-prem, kapan titik impasnya?', ['impas']],
    ],
  },
  // "ya udah 1 tahun brp": not understood
  {
    name: 'a year asked in so many words is the year',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['ya udah 1 tahun brp', ['per tahun']],
    ],
  },
  // "Berapa total biaya 10 tahun, termasuk penggantian hardware?": the refresh alone, on a round's code between the start
  // and the final (a guard: the start's code answered it as the total)
  {
    name: 'a total over a horizon with the replacement is the total',
    locale: 'id-ID',
    steps: [
      ['50 agen telepon on-prem', ['Estimasi: 50 agen']],
      ['Berapa total biaya 10 tahun, termasuk penggantian hardware?', ['10 tahun']],
    ],
  },
  // "… 2 integrasi khusus. Itu nambah berapa?": "say '2 integrasi khusus'"
  {
    name: 'integrations needed, counted, are added',
    locale: 'id-ID',
    steps: [
      ['40 agen telepon cloud', ['Estimasi: 40 agen']],
      ['Kami perlu integrasi ke DMS (dealer management system) dan CRM, 2 integrasi khusus. Itu nambah berapa?', ['integrasi khusus: 2']],
    ],
  },
  // "eh salah, cs nya 15 deng. sekalian tambah email": email added, 12 agents kept
  {
    name: 'a corrected head count with deng is that head count',
    locale: 'id-ID',
    steps: [
      ['12 agen telepon cloud', ['Estimasi: 12 agen']],
      ['eh salah, cs nya 15 deng. sekalian tambah email', ['Estimasi: 15 agen, telepon dan email']],
    ],
  },
  // "Kalau storage on-prem kami sudah punya sendiri …, misal US$900 per agen per tahun …": the whole platform owned
  {
    name: 'storage of their own, priced, is their storage price',
    locale: 'id-ID',
    steps: [
      ['50 agen telepon on-prem', ['Estimasi: 50 agen']],
      ['Kalau storage on-prem kami sudah punya sendiri jadi bisa lebih murah, misal US$900 per agen per tahun untuk on-prem, gimana hasil perbandingannya?', ['penyimpanan data'], ['sudah dimiliki']],
    ],
  },
  // "… 1,800 minutes per agent monthly and 150k SMS total per month": the SMS counted per agent
  {
    name: 'a volume said as a total is no figure per agent',
    steps: [
      ['7 agents voice and sms cloud', ['Estimate: 7 agents']],
      ['Our volume: about 1,800 minutes per agent monthly and 150k SMS total per month', ['SMS 150,000 a month'], ['1,050,000']],
    ],
  },
  // "Sorry, I meant 12 across all centres but only 8 full time equivalents. Can you do 8?": 12 again
  {
    name: 'the head count asked to be priced is the one priced',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['Sorry, I meant 12 across all centres but only 8 full time equivalents. Can you do 8?', ['Estimate: 8 agents']],
    ],
  },
  // "minus MMS sama SMS ya, gak kepake": the MMS price
  {
    name: 'channels said to go with minus are removed',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon sms mms cloud', ['Estimasi: 10 agen']],
      ['minus MMS sama SMS ya, gak kepake', ['Estimasi: 10 agen, telepon, cloud']],
    ],
  },
  // "eh ternyata finance minta rupiah aja. yg paling besar biayanya apa?": answered in dollars
  {
    name: 'a currency asked for beside a question is set too',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['dalam USD dong', ['US$']],
      ['eh ternyata finance minta rupiah aja. yg paling besar biayanya apa?', ['Rp '], ['US$1.250']],
    ],
  },
  // "kontraknya 6 bulan aja bisa? brp totalnya": the 3-year total
  {
    name: 'a contract of a few months is that many months',
    locale: 'id-ID',
    steps: [
      ['10 agen telepon cloud', ['Estimasi: 10 agen']],
      ['kontraknya 6 bulan aja bisa? brp totalnya', ['6 bulan']],
    ],
  },
  // "lol ok. cloud?" under an on-premises estimate: what cloud is
  {
    name: 'a deployment asked bare is its figures',
    steps: [
      ['25 agents voice on prem', ['Estimate: 25 agents']],
      ['lol ok. cloud?', ['The same scenario cloud']],
    ],
  },
  // "we'd keep it 7 years probably": the storage answer
  {
    name: 'the years the center is kept are the horizon',
    steps: [
      ['25 agents voice on prem', ['Estimate: 25 agents']],
      ["we'd keep it 7 years probably", ['horizon 3 → 7 years']],
    ],
  },
  // "Kalau orangnya tinggal 2 gimana?": the drawbacks of on-premises
  {
    name: 'the head count said as what is left is that head count',
    locale: 'id-ID',
    steps: [
      ['4 agen telepon on-prem', ['Estimasi: 4 agen']],
      ['Kalau orangnya tinggal 2 gimana?', ['Estimasi: 2 agen']],
    ],
  },
  // "wait we also have an after hours team of 4, add them": 20 agents kept, "say 'add 4 agents'"
  {
    name: 'a team of a few added is that many more agents',
    steps: [
      ['20 agents voice and email cloud', ['Estimate: 20 agents']],
      ['wait we also have an after hours team of 4, add them', ['Estimate: 24 agents']],
    ],
  },
];

describe('fifty-fifth round (2026-12-07, forty-seventh session)', () => {
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
