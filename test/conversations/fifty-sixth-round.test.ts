/**
 * What the forty-eighth session (2026-12-07) found the advisor getting wrong (rounds of exploratory visitors, helpers who
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
  // "we don't do 2000 min per agent, more like 1200": 2,000 minutes per agent counted again
  {
    name: 'a figure denied and the right one said after a hedge is the right one',
    steps: [
      ['30 agents, voice and email, cloud', ['Estimate: 30 agents']],
      ["we don't do 2000 min per agent, more like 1200", ['36,000'], ['60,000']],
    ],
  },
  // "not 20 agents, more like 25": 20 agents added
  {
    name: 'a head count denied and the right one said after a hedge is the right one',
    steps: [
      ['20 agents, voice, cloud', ['Estimate: 20 agents']],
      ['not 20 agents, more like 25', ['Estimate: 25 agents'], ['Estimate: 40 agents', 'Estimate: 45 agents']],
    ],
  },
  // "8 loan officers + 2 assistants = 10 people": 12 agents
  {
    name: 'a sum written out with its result is that result',
    steps: [['we are a mortgage shop: 8 loan officers + 2 assistants = 10 people on phones and email, cloud', ['Estimate: 10 agents'], ['Estimate: 12 agents']]],
  },
  // "add voice for VIP customers only, like 20 agents" under 60 agents: the center cut to 20
  {
    name: 'a channel added for a few of the agents keeps the head count',
    steps: [
      ['60 agents, email and chat, cloud', ['Estimate: 60 agents']],
      ['add voice for VIP customers only, like 20 agents', ['Estimate: 60 agents, voice'], ['Estimate: 20 agents']],
    ],
  },
  // "you can call me on 07700 900123" at the email question: the email asked again, and again after "Yes, I consent."
  {
    name: 'a phone number given at the email question stands for the email',
    steps: [
      ['11 agents, voice and email, cloud', ['Estimate: 11 agents']],
      ['Please pass me to your sales team.', ['What is your name?']],
      ['Daniel Okafor', ['work email']],
      ['Company is Ivy & Oak Venues', ['work email']],
      ['you can call me on 07700 900123', ['When is a good time'], ['work email']],
      ['Yes, I consent.', ['CCA-'], ['work email']],
    ],
  },
  // "Could someone from sales call me? … phone 312-555-0147": the work email asked, then asked again
  {
    name: 'with a number to call, the email is optional',
    steps: [
      ['14 agents, voice and email, cloud', ['Estimate: 14 agents']],
      ['Could someone from sales call me? My name is Linda Park, company Maple Grove Senior Living, phone 312-555-0147.', ['(optional — sales can call you']],
      ["Yes, that's fine.", ['When is a good time'], ['work email']],
    ],
  },
  // "ya silakan hubungi" at the best-time question: stored as the time to call, "Waktu yang diinginkan: silakan hubungi"
  {
    name: 'a yes to be contacted at the best-time question is consent',
    locale: 'id-ID',
    steps: [
      ['15 agen telepon, SMS, whatsapp. Hybrid.', ['Estimasi: 15 agen']],
      ['mau dihubungi sales, saya Hendra dari CV Tani Subur', ['email']],
      ['saya gak pakai email, no hp aja +62 857 1122 3344', ['Kapan waktu']],
      ['ya silakan hubungi', ['CCA-'], ['Waktu yang diinginkan']],
    ],
  },
  // "boleh" at the phone question: "Itu sepertinya bukan nomor telepon"
  {
    name: 'a yes at the phone question asks for the number',
    locale: 'id-ID',
    steps: [
      ['5 agen, telp dan wa, cloud', ['Estimasi: 5 agen']],
      ['aku mau dihubungi tim sales aja deh', ['nama']],
      ['nama Dewi, PT Air Segar Nusantara, email dewi@airsegar.id', ['Nomor telepon']],
      ['boleh', ['nomor berapa'], ['bukan nomor telepon']],
    ],
  },
  // "what does that come to per month roughly?" at the optional volumes step: the platform's price range, the step again
  {
    name: 'what the scenario comes to, asked at the optional step, is its estimate',
    steps: [
      ['we run a funeral home group and want to centralise our phones', ['How many agents']],
      ['we would have about 12 people answering calls, and some email too', ['run']],
      ['cloud probably, we do not have an IT person', ['optional step']],
      ['what does that come to per month roughly?', ['Estimate: 12 agents'], ['entry-level platforms']],
    ],
  },
  // "we'd send maybe 20,000 texts a month, what would that add up to?" before any scenario: "How many agents?"
  {
    name: 'messages counted with their cost asked are priced before any scenario',
    steps: [['we would send maybe 20,000 texts a month, what would that add up to?', ['$200 a month'], ['How many agents']]],
  },
  // "Which one has the lower up-front cost?" after the comparison: cloud's first 12 months only
  {
    name: 'the deployment with the lowest up-front cost is named with each one-time cost',
    steps: [
      ['35 seats, voice and email, on prem vs cloud over 5 years', ['35']],
      ['Which one has the lower up-front cost?', ['Lowest up front: cloud', 'on-premises $'], ['First 12 months']],
    ],
  },
  {
    name: 'the deployment with the lowest cost at the start, asked in Indonesian',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['yg mana paling murah biaya awalnya?', ['Paling rendah di awal: cloud']],
    ],
  },
  // "Please give me low, typical and high.": "It is a budget estimate, not a quote…" and no figure
  {
    name: 'low, typical and high asked together are every total at its three values',
    steps: [
      ['22 seats. Voice, email. Hybrid deployment.', ['Estimate: 22 agents']],
      ['Please give me low, typical and high.', ['$4,762 / $10,682 / $27,321', 'First 12 months']],
      ['Are one-off integration costs included in that figure?', ['joining the two platforms', '$15,000']],
    ],
  },
  // "What's that over 3 years?" under the sales offer: the year's figures, no 3-year total
  {
    name: 'a total asked over the horizon already set is that horizon total',
    steps: [
      ['35 agents voice sms cloud', ['Estimate: 35 agents']],
      ["What's that over 3 years?", ['Over 3 years, cloud comes to about'], ['a year (']],
    ],
  },
  // "ok and WFM?" at the optional step: the estimate, WFM never named
  {
    name: 'a thing asked behind an acknowledgement is asked',
    steps: [
      ['45 agents across web chat, email and social. no voice.', ['run']],
      ['cloud', ['optional step']],
      ['ok and WFM?', ['WFM handles scheduling', 'Workforce management (WFM)']],
    ],
  },
  // "gmn klo on prem? server kmi udh ada" at the deployment question: the servers noted, the deployment asked again
  {
    name: 'the one deployment asked about beside servers owned answers the deployment question',
    locale: 'id-ID',
    steps: [
      ['kami rumah duka di medan, telpon 24 jam, agen nya 8', ['Mau dijalankan di mana']],
      ['gmn klo on prem? server kmi udh ada', ['Langkah terakhir'], ['Mau dijalankan di mana']],
    ],
  },
  // "kalau kirim 20 ribu SMS sebulan … habis berapa?", then "cuma 3 admin sih, gak perlu telepon": the channels asked
  {
    name: 'the messages just priced are the channel of the scenario that follows',
    locale: 'id-ID',
    steps: [
      ['Halo, harga SMS per pesan berapa ya?', ['SMS']],
      ['kalau kirim 20 ribu SMS sebulan buat reminder jadwal les nyetir, kira2 habis berapa?', ['20.000 SMS']],
      ['kami kursus mengemudi, cuma 3 admin sih, gak perlu telepon', ['SMS'], ['Saluran apa saja']],
    ],
  },
  // "pengen nomor telepon terpusat, 3 CS aja": SMS priced, no phones
  {
    name: 'one central phone number is the voice channel',
    locale: 'id-ID',
    steps: [
      ['pengen nomor telepon terpusat, 3 CS aja', ['Mau dijalankan di mana']],
      ['cloud, tapi ada SMS reminder vaksin juga, sekitar 1.500 SMS per bulan', ['Estimasi: 3 agen, telepon dan SMS, cloud']],
    ],
  },
  // "Berapa biayanya kalau di cloud?" right after a staffing answer: "Saluran apa saja?" (a guard: two turns alone passed on
  // the start's code; the round's failure came after an opening that started the estimate form, still not fixed)
  {
    name: 'a deployment priced right after a staffing answer prices its head count',
    locale: 'id-ID',
    steps: [
      ['Panggilan masuk sekitar 3.000 per hari, durasi 5 menit, jam kerja 8 jam. Butuh berapa agen?', ['agen']],
      ['Berapa biayanya kalau di cloud?', ['Estimasi: 53 agen, telepon, cloud']],
    ],
  },
  // "Compare on-prem and hybrid for me" under a cloud estimate: the three-way table again, headed by cloud
  {
    name: 'two deployments named for comparison are set against each other',
    steps: [
      ['60 agents voice email chat cloud', ['Estimate: 60 agents']],
      ['Compare on-prem and hybrid for me', ['on-premises comes to', 'hybrid'], ['Cheapest over 3 years: cloud']],
    ],
  },
  // "right now 3 support agents but planning for 15 by next year", then "can you price both?": 3 agents alone
  {
    name: 'a head count planned for later is priced beside today',
    steps: [
      ['right now 3 support agents but planning for 15 by next year', ['15']],
      ['can you price both? voice + sms + chat, cloud', ['Estimate: 3 agents', 'at each head count you named', '15 agents']],
    ],
  },
  // "… on-premises because we already run our own servers.": the servers priced as bought
  {
    name: 'servers run already, said with an on-premises scenario, are owned',
    steps: [
      ["We'd have 10 customer service staff, voice and email, on-premises because we already run our own servers.", ['Estimate: 10 agents', 'Servers (on-premises)*: already owned']],
    ],
  },
  // "What does the on-prem figure include?": the assumptions list
  {
    name: 'what a figure includes is what it covers',
    steps: [
      ['10 agents voice and email on-premises', ['Estimate: 10 agents']],
      ['What does the on-prem figure include?', ['covers these lines'], ['rests on one of these assumptions']],
    ],
  },
  // "boleh, setuju dihubungi" at the phone question: the best time asked, the request held one more turn
  {
    name: 'consent given at the phone question sends the request',
    locale: 'id-ID',
    steps: [
      ['20 agen, email + live chat + telepon, hybrid', ['Estimasi: 20 agen']],
      ['ok terusin ke sales aja. Rudi Hartono, PT Kopi Sulawesi Mandiri, rudi.h@kopisulmand.co.id', ['Nomor telepon']],
      ['boleh, setuju dihubungi', ['CCA-'], ['Kapan waktu']],
    ],
  },
  // "mau tanya, usaha servis AC, CS nya 3 orang. telepon dan whatsapp. cloud. brp ya": the source's vendor claim first
  {
    name: 'a scenario with its price asked brings no article on the source',
    locale: 'id-ID',
    steps: [['mau tanya, usaha servis AC, CS nya 3 orang. telepon dan whatsapp. cloud. brp ya', ['Estimasi: 3 agen'], ['Nextiva']]],
  },
  // "yo min, studio game di jogja nih, mau bikin support buat player": "Saya belum menangkap maksud Anda"
  {
    name: 'a support team to be set up starts the estimate',
    locale: 'id-ID',
    steps: [['yo min, studio game di jogja nih, mau bikin support buat player', ['Berapa jumlah agen'], ['belum menangkap']]],
  },
  // "Angka biaya satu kali itu maksudnya apa ya?": the first 12 months' sum, no word on what one-time means
  {
    name: 'what the one-time figure means is said, with what is paid once and every month',
    locale: 'id-ID',
    steps: [
      ['15 agen, telepon + SMS + web chat, cloud', ['Estimasi: 15 agen']],
      ['Angka biaya satu kali itu maksudnya apa ya?', ['Biaya sekali bayar hanya dibayar sekali', 'Biaya berjalannya, setiap bulan']],
    ],
  },
  // "Mau kirim gambar desain ke klien via MMS, bisa?": MMS noted and the head count asked, the question ignored
  {
    name: 'whether a channel can do something is answered, and the channel kept',
    locale: 'id-ID',
    steps: [['Siang, studio desain interior di Surabaya. Mau kirim gambar desain ke klien via MMS, bisa?', ['MMS', 'gambar', 'Berapa jumlah agen']]],
  },
  // "cukup gak buat 1 admin chat aja?" after a budget of 1,5 jt: the deployment asked, the yes/no never answered
  {
    name: 'whether a budget covers a head count and channel is answered before the form goes on',
    locale: 'id-ID',
    steps: [
      ['kak aku jualan tanaman hias online, budget cs cuma 1,5 jt per bulan', ['Rp 1.500.000']],
      ['cukup gak buat 1 admin chat aja?', ['1 agen, live chat, cloud sekitar', 'anggaran Anda Rp 1.500.000', 'Mau dijalankan di mana']],
    ],
  },
  // "How many agents do I need to staff one seat around the clock?" at the agents question: "I could not match that
  // question"; "So if I want 3 seats covered 24/7 how many people is that?": the staffing-costs article
  {
    name: 'the people a seat takes around the clock, asked in the form, are answered',
    steps: [
      ['We do elevator maintenance and repair, and we need 24/7 coverage for entrapment calls.', ['How many agents']],
      ['How many agents do I need to staff one seat around the clock?', ['4.2 full-time people', 'How many agents'], ['could not match']],
      ['So if I want 3 seats covered 24/7 how many people is that?', ['about 13 full-time people', 'Where should it run']],
    ],
  },
  // "can i price it for 12 and then 4?": 12 priced alone
  {
    name: 'head counts to price said with no agent word are each priced',
    steps: [
      ['4 agents, voice, email, web chat. cloud', ['Estimate: 4 agents']],
      ['can i price it for 12 and then 4?', ['at each head count you named', '4 agents', '12 agents']],
    ],
  },
  // "Thank you, that's sufficient for the budget paper.": "I am not sure what you mean" (a guard: right after an estimate
  // the start's code already thanked; the round's failure came after a line's explanation)
  {
    name: 'thanks with nothing else understood is thanks',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ["Thank you, that's sufficient for the budget paper.", ['You are welcome'], ['not sure what you mean']],
    ],
  },
  // "oh gitu": "Saya belum menangkap maksud Anda"; "ok thank you" in an Indonesian chat: "You are welcome!"
  {
    name: 'a bare acknowledgement is one, and a short English thanks keeps the conversation in Indonesian',
    locale: 'id-ID',
    steps: [
      ['20 agen telepon cloud', ['Estimasi: 20 agen']],
      ['oh gitu', [], ['belum menangkap']],
      ['ok thank you', ['Sama-sama'], ['You are welcome']],
    ],
  },
  // "What's the most I could end up paying per month, worst case?": "I cannot put a number on that" (billing terms)
  {
    name: 'the worst case asked in other words is the high end',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ["What's the most I could end up paying per month, worst case?", ['At the high end']],
    ],
  },
  // "What does "per agent per month" mean exactly? Is that what I pay for each person?": "Yes. Say 'talk to sales'"
  {
    name: 'a check on the figure just asked about belongs to that figure',
    steps: [
      ['20 agents voice cloud', ['Estimate: 20 agents']],
      ['What does "per agent per month" mean exactly? Is that what I pay for each person?', ['per agent per month', 'over 20 agents'], ['Yes. Say "talk to sales"']],
    ],
  },
  // "Are these prices in dollars? And do they include the WhatsApp fees?": the WhatsApp answer alone
  {
    name: 'the currency asked in one question of several is answered too',
    steps: [
      ['20 agents voice and whatsapp cloud', ['Estimate: 20 agents']],
      ['Are these prices in dollars? And do they include the WhatsApp fees?', ['US dollars', 'social channel']],
    ],
  },
];

describe('fifty-sixth round (2026-12-07, forty-eighth session)', () => {
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
