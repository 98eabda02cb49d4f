/**
 * What the fifty-second session (2026-12-08) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "30 agents for email, chat and social, and 5 for a VIP phone line": 30 agents priced, the phone line's 5 dropped
  {
    name: 'groups of the team by channel, three channels in one group and a phone line of its own, are the team together',
    steps: [
      ['We need 30 agents for email, chat and social, and 5 for a VIP phone line, cloud', ['Estimate: 35 agents, voice, social media, email and web chat, cloud']],
    ],
  },
  // "10 agen buat telepon sama 4 agen khusus WA dan email": 4 agents priced
  {
    name: 'groups of the team by channel in Indonesian with "buat"',
    locale: 'id-ID',
    steps: [
      ['kami punya 10 agen buat telepon sama 4 agen khusus WA dan email, cloud', ['Estimasi: 14 agen, telepon, media sosial, dan email, cloud']],
    ],
  },
  // "we don't have any IT people, does that change your recommendation?" at the deployment question: "I am not sure"
  {
    name: 'no IT people with advice asked at the deployment question is the deployment that needs none',
    steps: [
      ['40 agents, voice and chat', ['Where should it run']],
      ["we don't have any IT people, does that change your recommendation?", ['The simplest to run is cloud'], ['I am not sure about that one']],
    ],
  },
  // "which deployment is best if we have no IT staff?" at the deployment question: the seasonal-scaling answer
  {
    name: 'which deployment is best without IT staff is cloud, said why',
    steps: [
      ['40 agents, voice and chat', ['Where should it run']],
      ['which deployment is best if we have no IT staff?', ['The simplest to run is cloud'], ['If your headcount swings with the season']],
    ],
  },
  // "we have our own server room already" under an on-premises estimate: the servers written off ($36,000 less up front)
  {
    name: 'a server room of their own is what the rack line still pays for, not servers owned',
    steps: [
      ['25 agents, voice and email, on-premises', ['Estimate: 25 agents']],
      ['we have our own server room already', ['Rack space, power and cooling', 'power alone'], ['Updated: the servers you already have', 'already owned']],
    ],
  },
  // "30 agents voice and chat cloud. whats the difference between the essentials and premium tiers?": priced at the
  // premium tier, the question unanswered
  {
    name: 'tiers set against each other beside a scenario are asked about, the scenario priced at its tier',
    steps: [
      ['30 agents voice and chat cloud. whats the difference between the essentials and premium tiers?', ['Estimate: 30 agents, voice and web chat, cloud', 'The tiers differ only in the platform licence', '$9,375 on Premium'], ['Platform licence (subscription): $6,000']],
    ],
  },
  {
    name: 'tiers set against each other beside a scenario in Indonesian',
    locale: 'id-ID',
    steps: [
      ['20 agen whatsapp dan email cloud. paket dasar sama premium bedanya apa?', ['Estimasi: 20 agen', 'Perbedaan paketnya hanya pada lisensi platform']],
    ],
  },
  // "is the extra cost worth it for the redundancy?" at 55 agents: "With few agents the outlay stays smallest on the
  // essentials tier"
  {
    name: 'whether it is worth it for a large team leaves out the small-team advice',
    steps: [
      ['55 agents, voice, email, chat, cloud', ['Estimate: 55 agents']],
      ['is the extra cost worth it for the redundancy?', ['Whether it is worth it is yours to weigh'], ['With few agents']],
    ],
  },
  // "why is it $125 a seat when my phone system is $30 a line?": the voice line
  {
    name: 'a price per seat quoted back in a why is the line it comes from',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['why is it $125 a seat when my phone system is $30 a line?', ['**Platform licence (subscription)**', '20 × $125 per agent per month'], ['**Voice**']],
    ],
  },
  // "tim IT kami cuma 2 orang, cukup gak?" under an on-premises estimate: the small-team advice
  {
    name: 'the size of their own IT team under the estimate is asked of its IT staff line',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon dan whatsapp on premise', ['Estimasi: 30 agen']],
      ['tim IT kami cuma 2 orang, cukup gak?', ['**Staf IT internal**'], ['Saya bisa menghitung mulai dari satu agen']],
    ],
  },
  // "Mas, aku dari tim sales ops. Mau minta tolong hitungin buat presentasi klien.": the sales handoff, which came back
  // as the sales form after the comparison
  {
    name: 'a visitor who works in sales asks for figures, not for sales to call',
    locale: 'id-ID',
    steps: [
      ['Mas, aku dari tim sales ops. Mau minta tolong hitungin buat presentasi klien.', ['Berapa jumlah agen'], ['Tim sales bisa membantu']],
      ['25 agen, voice sama live chat.', ['Mau dijalankan di mana']],
      ['bandingin cloud, on-prem, sama hybrid ya', ['Langkah terakhir']],
      ['yang paling murah untuk 5 tahun yang mana?', ['Paling murah selama 5 tahun'], ['Siapa nama Anda?']],
    ],
  },
  // "We have about 60 clinicians and schedulers, need voice and SMS" in the sales form: the head count dropped
  {
    name: 'clinicians are people who answer, counted as the head count',
    steps: [
      ['We have about 60 clinicians and schedulers, need voice and SMS, cloud', ['Estimate: 60 agents, voice and SMS, cloud']],
    ],
  },
  // "We have one person per shop on the phone, so 5. Just calls. Cloud.": the head count asked again and again
  {
    name: 'the total drawn from people per place is the head count',
    steps: [
      ['We have one person per shop on the phone, so 5. Just calls. Cloud.', ['Estimate: 5 agents, voice, cloud'], ['How many agents']],
    ],
  },
  // "I own 5 dry cleaning shops … Would a contact center help?": call center against contact center; "Apakah masuk akal
  // pakai contact center untuk kantor sekecil ini?" at the deployment question: on-premises' advantages
  {
    name: 'whether a contact center is worth having at all is the question of a business size',
    steps: [
      ['Hi, I own 5 dry cleaning shops. Customers call to ask if their order is ready. Would a contact center help?', ['I price any head count from one agent up'], ['A call center handles phone calls only']],
    ],
  },
  {
    name: 'whether a contact center makes sense for a small office, in Indonesian at the deployment question',
    locale: 'id-ID',
    steps: [
      ['12 agen telepon', ['Mau dijalankan di mana']],
      ['Apakah masuk akal pakai contact center untuk kantor sekecil ini?', ['Saya bisa menghitung mulai dari satu agen', 'Mau dijalankan di mana']],
    ],
  },
  // "around 40,000 minutes a month and 15k texts" at the volumes step: what 15,000 texts cost on their own and SMS against
  // MMS came first; then "do we really need to pay for IT staff if we already have our guy?": custom integrations
  {
    name: 'a message volume listed beside another is the scenario volume, and paying for IT staff is asked of its line',
    steps: [
      ['plumbing franchise here, we have a central dispatch with 25 dispatchers. phones mostly, plus sms to tell customers the tech is on the way', ['agents: 25']],
      ['onprem, we already have a server room and an IT guy', ['Last, optional step']],
      ['around 40,000 minutes a month and 15k texts', ['Estimate: 25 agents, voice and SMS, on-premises'], ['15,000 SMS a month at about', 'An SMS carries text only']],
      ["what's the upfront cost vs the monthly?", ['$83,500 one-time'], ['An SMS carries text only']],
      ['do we really need to pay for IT staff if we already have our guy?', ['**In-house IT staff**'], ['connect to systems such as your CRM']],
    ],
  },
  // "… we're an IT company, so no need to budget extra IT staff.": $2,700 a month of IT staff priced
  {
    name: 'no need to budget IT staff is an IT cost of zero',
    steps: [
      ["Our helpdesk has 20 technicians on phones, email and web chat. We'd host it ourselves on-prem since we're an IT company, so no need to budget extra IT staff.", ['Estimate: 20 agents, voice, email and web chat, on-premises', 'In-house IT staff*: included']],
    ],
  },
  // "What's the range for the licence on the low and high end?": the first year's range
  {
    name: 'the range of a line named under the estimate is that line',
    steps: [
      ['35 agents, voice, email, web chat and social, cloud', ['Estimate: 35 agents']],
      ["What's the range for the licence on the low and high end?", ['**Platform licence (subscription)**', 'Range $1,750–$7,000'], ['first 12 months']],
      ["what's the range on storage?", ['**Data storage**']],
    ],
  },
  // "Okay. Let's go with cloud then, what's the per agent figure?" after the comparison: cloud against on-premises
  {
    name: 'a deployment chosen with the cost per agent asked is that figure',
    steps: [
      ['About 20 agents. Channels: voice, email, social.', ['Where should it run']],
      ["We haven't decided on deployment. Can you compare all three?", []],
      ["Okay. Let's go with cloud then, what's the per agent figure?", ['per agent per month', 'for 20 agents'], ['On-premises costs more than cloud']],
    ],
  },
  // "Is that $30 per agent or per month for the whole team?": the cost per agent of the whole estimate; "What if only 8
  // of the agents handle social?": 8 agents on social alone
  {
    name: 'a figure quoted with its unit asked is its line, and part of the agents on a channel is a sub-team',
    steps: [
      ['28 agents, voice, email, web chat and social, cloud', ['Estimate: 28 agents']],
      ['Is that $30 per agent or per month for the whole team?', ['**Social media channel**', '28 × $30 per agent per month']],
      ['What if only 8 of the agents handle social?', ['If only 8 of them handle it'], ['Estimate: 8 agents']],
    ],
  },
  // "Could we lower storage by keeping recordings only 90 days? Assume storage at half the average.": the storage line
  // explained, nothing changed
  {
    name: 'a share of the average storage said is what they store',
    steps: [
      ['24 agents, voice, email, web chat, SMS. Cloud.', ['Estimate: 24 agents']],
      ['Could we lower storage by keeping recordings only 90 days? Assume storage at half the average.', ["Updated: data stored 50% of the source's average (your figure)", 'Data storage: $2,700 → $1,350']],
    ],
  },
  // "Kalau rekaman panggilan hanya kami simpan 50% dari rata-rata, bagaimana?": the cost of one call (US$6)
  {
    name: 'a share of the average storage said in Indonesian',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan email cloud', ['Estimasi: 20 agen']],
      ['Kalau rekaman panggilan hanya kami simpan 50% dari rata-rata, bagaimana?', ['data yang disimpan 50% dari rata-rata sumber'], ['US$6']],
    ],
  },
  // "We offer a 100-night trial so return calls spike. Call volume is about 20,000 calls a month.": a $100 quote judged
  {
    name: 'a number joined to a noun by a hyphen is no price',
    steps: [
      ['24 agents, voice, email, web chat, SMS. Cloud.', ['Estimate: 24 agents']],
      ['We offer a 100-night trial so return calls spike. Call volume is about 20,000 calls a month.', ['20,000'], ['$100']],
    ],
  },
  // "what if we send them as mms with a map image?" under 50,000 SMS: MMS at the preset added beside the SMS
  {
    name: 'the messages sent as MMS replace the SMS, their volume kept',
    steps: [
      ['12 agents web chat, sms, voice. cloud.', ['Estimate: 12 agents']],
      ['we send like 50k sms/month (unlock codes etc)', ['50,000']],
      ['what if we send them as mms with a map image?', ['removed SMS', 'MMS 50,000 a month', 'MMS: $0 → $1,500']],
    ],
  },
  // "Kalau promonya pakai MMS biar ada gambar, bedanya berapa?": the MMS line at the preset alone
  {
    name: 'the promo messages sent as MMS, in Indonesian',
    locale: 'id-ID',
    steps: [
      ['8 agen, telepon dan SMS, cloud. SMS promo sekitar 50.000 per bulan.', ['Estimasi: 8 agen']],
      ['Kalau promonya pakai MMS biar ada gambar, bedanya berapa?', ['SMS dihapus', 'MMS 50.000 per bulan']],
    ],
  },
  // "permisi, sy punya toko emas di Pasar Baru, mau tanya2": the estimate's first question, asked again after each answer
  {
    name: 'asking to ask in the last clause, after who they are, invites the question',
    locale: 'id-ID',
    steps: [
      ['permisi, sy punya toko emas di Pasar Baru, mau tanya2', ['Silakan, mau tanya apa?'], ['Berapa jumlah agen']],
    ],
  },
  // "toko sepeda & sparepart, 3 cs, telp + wa, cloud. total sebulan brp? gak usah panjang2": the whole itemised estimate
  // and the WhatsApp note
  {
    name: 'asked not to be long, in Indonesian slang, the estimate is its totals',
    locale: 'id-ID',
    steps: [
      ['toko sepeda & sparepart, 3 cs, telp + wa, cloud. total sebulan brp? gak usah panjang2', ['Estimasi: 3 agen', 'Bulanan:'], ['Rincian (nilai tipikal', 'WhatsApp saya hitung dengan']],
    ],
  },
  // "Pak, saya manajer operasional … Mau tanya, kelebihan dan kekurangan on-premise itu apa aja ya?": what on-premises is,
  // and its drawbacks; the advantages never came
  {
    name: 'the pros and cons of one deployment after a preamble are both answered',
    locale: 'id-ID',
    steps: [
      ['Pak, saya manajer operasional distributor pupuk di Lampung. Mau tanya, kelebihan dan kekurangan on-premise itu apa aja ya?', ['Sumber menyebut tiga', 'Ada lima kekurangan'], ['On-premise berarti Anda memiliki']],
    ],
  },
  // "Server sebanyak itu memang perlu untuk 8 agen?": 8 agents set again, only the totals repeated
  {
    name: 'whether a line quantity is needed for the head count is asked of that line',
    locale: 'id-ID',
    steps: [
      ['Kebutuhan 8 agen, telepon dan email, on-premise.', ['Estimasi: 8 agen']],
      ['Server sebanyak itu memang perlu untuk 8 agen?', ['**Server (on-premise)**', 'per aplikasi 300 agen']],
    ],
  },
  // "Telepon 1.500 panggilan itu kena biaya berapa?": what one call costs in general (US$0,50–1,75 a minute, US$6 a call)
  {
    name: 'the cost of the calls pointed back at is the voice line',
    locale: 'id-ID',
    steps: [
      ['Butuh 6 CS, telepon + WhatsApp + Instagram, cloud, kira-kira 1.500 panggilan sebulan.', ['Estimasi: 6 agen']],
      ['Telepon 1.500 panggilan itu kena biaya berapa?', ['**Telepon**', 'sudah termasuk dalam lisensi platform']],
    ],
  },
  // "Porsi cloud-nya anggap 70% ya, bukan 50%.": switched to cloud; "Can we do 70% cloud instead of half and half?" for 16
  // agents: 12 cloud seats and 4 on-premises (75%)
  {
    name: 'the cloud share of a hybrid said of "cloud-nya" keeps hybrid',
    locale: 'id-ID',
    steps: [
      ['25 agen, telepon, live chat, email, hibrida.', ['Estimasi: 25 agen']],
      ['Porsi cloud-nya anggap 70% ya, bukan 50%.', ['70%', 'hibrida'], ['Estimasi: 25 agen, telepon, email, dan live chat, cloud']],
    ],
  },
  {
    name: 'a cloud share of a hybrid splits the seats to the nearest whole seat',
    steps: [
      ['16 dispatchers, voice and SMS, hybrid', ['Estimate: 16 agents']],
      ['Can we do 70% cloud instead of half and half?', ['70% of the seats in the cloud', 'Platform licence (subscription): $1,000 → $1,375']],
    ],
  },
  // "and over 3 years?" right after two scenarios side by side: the deployments compared, no gap given
  {
    name: 'the gap between two scenarios over the years asked',
    steps: [
      ['18 agents, voice only, cloud', ['Estimate: 18 agents']],
      ['can you add sms for appointment reminders and make it 22 agents', ['Estimate: 22 agents']],
      ["what's the difference vs what you showed me first?", ['The second costs $1,060 more a month']],
      ['and over 3 years?', ['Over 3 years, one-time costs included, the second costs $38,160 more'], ['Cheapest over 3 years']],
    ],
  },
  // "wait actually can we do on prem? we have a closet with a server already": the answer on a PBX never mentioned, and
  // $18,000 of new servers
  {
    name: 'on-premises asked for with a server of their own is on-premises with the servers owned',
    steps: [
      ['appliance repair company, we need a quote for phones. 6 ppl', []],
      ['cloud pls', []],
      ['wait actually can we do on prem? we have a closet with a server already', ['Estimate: 6 agents, voice, on-premises', 'Servers (on-premises)*: already owned'], ['PBX']],
    ],
  },
  // "Halo, saya founder marketplace sayur segar online di Surabaya. 12 agen, …": "marketplace chats are priced as web chat"
  {
    name: 'a marketplace that is the visitor own business is no marketplace chat',
    locale: 'id-ID',
    steps: [
      ['Halo, saya founder marketplace sayur segar online di Surabaya. 12 agen, WhatsApp + live chat + telepon, cloud, panggilan sekitar 4.000 per bulan', ['Estimasi: 12 agen'], ['marketplace']],
    ],
  },
  // "Kalau kita tambah 5 agen lagi tahun depan, per agennya jadi lebih murah gak?": the growth's totals, the question left
  {
    name: 'whether each agent costs less as the team grows is answered beside the growth',
    locale: 'id-ID',
    steps: [
      ['Support kami 15 orang, email + live chat, cloud.', ['Estimasi: 15 agen']],
      ['Kalau kita tambah 5 agen lagi tahun depan, per agennya jadi lebih murah gak?', ['Dari 15 menjadi 20 agen', 'Per agen hampir sama: Rp 2.527.000 per bulan dengan 15 agen']],
    ],
  },
  // "3 now, maybe 10 next year" at the head-count question: 10 agents priced without a word
  {
    name: 'a head count for now and another for next year are the scenario and its growth',
    steps: [
      ['hello im starting a coding bootcamp and want a small admissions team answering calls and chats', ['How many agents']],
      ['3 now, maybe 10 next year', ['Where should it run']],
      ['cloud, voice + web chat', ['Estimate: 3 agents, voice and web chat, cloud', 'From 3 to 10 agents in year 2']],
    ],
  },
  // "What's the per minute rate if it's not included?": what the estimate leaves out came first
  {
    name: 'the rate of a minute asked "if not included" is the rate alone',
    steps: [
      ['80 agents, voice and web chat and SMS, cloud. 400,000 minutes a month.', ['Estimate: 80 agents']],
      ["What's the per minute rate if it's not included?", ['$0.50–$1.75 a minute'], ['It leaves out']],
    ],
  },
  // "Kalau rekaman telepon kami simpan cuma 3 bulan, storage bisa lebih murah kan? anggap penyimpanan 50%": not applied
  {
    name: 'storage assumed at a share, said without "of the average"',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon dan email cloud', ['Estimasi: 20 agen']],
      ['Kalau rekaman telepon kami simpan cuma 3 bulan, storage bisa lebih murah kan? anggap penyimpanan 50%', ['data yang disimpan 50% dari rata-rata sumber']],
    ],
  },
  // "ok so set storage to 20% of the average then": "Updated: agents 11 → 2"
  {
    name: 'a share of the average storage is no share of the agents',
    steps: [
      ['11 agents, voice, cloud', ['Estimate: 11 agents']],
      ['ok so set storage to 20% of the average then', ["data stored 20% of the source's average"], ['agents 11 → 2']],
    ],
  },
  // "Can you compare that with keeping it on-premises? We already own a server room.": "I cannot take that line out",
  // twice (a regression of this session's server-room rule, found by its second round; it passed at the session's
  // start); "Actually, let's go with on-premises. We have a server closet already.": the servers written off
  {
    name: 'a comparison or a switch said beside a server room is the comparison or the switch',
    steps: [
      ['22 people handling phone calls, add web chat and SMS. Thinking cloud.', ['Estimate: 22 agents']],
      ['Can you compare that with keeping it on-premises? We already own a server room.', ['Cheapest over 3 years'], ['I cannot take that line out']],
    ],
  },
  {
    name: 'a server closet is a room, not servers',
    steps: [
      ['4 agents, voice and email, cloud.', ['Estimate: 4 agents']],
      ["Actually, let's go with on-premises. We have a server closet already.", ['Estimate: 4 agents, voice and email, on-premises', 'Servers (on-premises)*: $'], ['already owned', 'I cannot take that line out']],
    ],
  },
  // "we actually have 2 full-time admins on it at about $8k/month each" after the IT line: "Updated: agents 75 → 2"
  {
    name: 'admins paid a monthly figure each beside the IT line are its cost',
    steps: [
      ['75 agents on voice and email, on-prem', ['Estimate: 75 agents']],
      ['what does the in-house IT line assume?', ['In-house IT staff']],
      ['we actually have 2 full-time admins on it at about $8k/month each', ['in-house IT $8,000 per full-time person a month'], ['agents 75 → 2']],
    ],
  },
  // "… 7 agents for quotes and scheduling, phone + web chat + email. We'd like the cloud, premium tier.": workforce
  // management added and sent to sales
  {
    name: 'the scheduling a business does for its customers is no workforce management',
    steps: [
      ["Hi, I'm putting together a budget for our fence installation company. 7 agents for quotes and scheduling, phone + web chat + email. We'd like the cloud, premium tier.", ['Estimate: 7 agents'], ['Workforce management']],
    ],
  },
  // "that's more than I pay for my whole phone bill now haha. what's the cheapest I could do?": the voice line
  {
    name: 'the cheapest way asked after a remark on a phone bill is the cheapest way',
    steps: [
      ['5 agents, voice, cloud', ['Estimate: 5 agents']],
      ["that's more than I pay for my whole phone bill now haha. what's the cheapest I could do?", ['The levers the source points to', 'The largest costs of 5 agents'], ['**Voice**']],
    ],
  },
];

describe('sixtieth round (2026-12-08, fifty-second session)', () => {
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
