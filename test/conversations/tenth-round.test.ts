/**
 * What exploratory visitors of the fifth round (2026-12-02, third session) found the advisor getting wrong, as whole
 * conversations through the real dialogs, NLU, cost engine and knowledge base. The comment on each says what it used
 * to do.
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
  // the sales form opened by itself after the estimate, and asked the name given in the first message
  {
    name: 'contact details in an opening that asks for a price are kept, and no sales form opens by itself',
    steps: [
      ['Hi, Tom Baker here from Baker Plumbing (tom@bakerplumbing.com). Need pricing for 8 agents, phones + texting, cloud', ['Estimate: 8 agents, voice and SMS, cloud'], ['What is your name?']],
      ['yes please have sales call me', ['A phone number, if you would like a call?'], ['What is your name?']],
    ],
  },
  // "What is your name?" came next, and the details typed were dropped
  {
    name: 'a lower-case list of company, name and email at the sales choice fills all three',
    steps: [
      ['talk to sales', ['shall I price yours first']],
      ['acme logistics, jane doe, jane.doe@acmelogistics.com', ['A phone number, if you would like a call?'], ['What is your name?']],
    ],
  },
  // "Saya catat nama Anda: WA." and the lead went to sales as "Kontak: WA"
  {
    name: 'the label of a WhatsApp number is no name',
    locale: 'id-ID',
    steps: [
      ['60 agen telepon cloud', ['Estimasi: 60 agen']],
      ['hubungi sales', ['Siapa nama Anda?']],
      ['nama saya Budi Santoso', ['Apa alamat email kantor Anda?']],
      ['WA 0812-3456-7890', ['Saya catat telepon Anda: 0812-3456-7890'], ['nama Anda: WA']],
    ],
  },
  // the offer came back word for word, and the sales form opened after the next estimate
  {
    name: 'declining the sales choice for now cancels it',
    locale: 'id-ID',
    steps: [
      ['hubungi sales', ['Tim sales bisa membantu']],
      ['eh gak jadi deh nanti aja', ['Dibatalkan']],
      ['brp 10 agen email cloud', ['Estimasi: 10 agen, email, cloud'], ['Siapa nama Anda?']],
    ],
  },
  // SMS was dropped with its volume ("Estimasi: 25 agen, telepon, cloud")
  {
    name: 'a volume said beside the channels keeps its channel',
    locale: 'id-ID',
    steps: [['25 agen, telepon 20rb menit sebulan, sms 5000 per bulan, cloud', ['Estimasi: 25 agen, telepon dan SMS, cloud']]],
  },
  // "Perubahan: telepon dihapus"
  {
    name: 'a question about the SMS line answers it and changes nothing',
    locale: 'id-ID',
    steps: [
      ['50 agen telepon sms cloud', ['Estimasi: 50 agen, telepon dan SMS, cloud']],
      ['sebulan brp smsnya', ['**SMS** (50 agen, telepon dan SMS, cloud)', 'Rp 4.125.000 per bulan'], ['dihapus']],
    ],
  },
  // "ditambah Rp 2.937.000.000 biaya sekali bayar" for the second year
  {
    name: 'the second year is priced without the one-time costs',
    locale: 'id-ID',
    steps: [
      ['100 agen telepon on premise', ['Estimasi: 100 agen']],
      ['tahun kedua brp?', ['tahun ke-2 sekitar', 'dibayar di tahun pertama, tidak diulang']],
    ],
  },
  // the whole estimate printed again; "anything cheaper?" was off-topic
  {
    name: 'how accurate the estimate is, and how to make it cheaper',
    steps: [
      ['10 agents voice cloud', ['Estimate: 10 agents, voice, cloud']],
      ['how accurate is this really?', ['It is a budget estimate, not a quote'], ['Line items']],
      ['hmm thats more than i hoped, anything cheaper?', ['The levers the source points to'], ['outside what I know']],
      ['ok', ['OK. Anything else'], ['You are welcome']],
    ],
  },
  // "I am not sure what you mean"
  {
    name: 'a hesitation before a request for sales',
    steps: [
      ['45 agents voice on prem', ['Estimate: 45 agents']],
      ['hmm actually yeah, connect me with sales', ['What is your name?'], ['not sure what you mean']],
    ],
  },
  // the estimate came again, with no yes or no
  {
    name: 'whether the estimate fits the budget said before',
    steps: [
      ['we have about 3k a month budget. 10 agents, voice and email, cloud', ['Estimate: 10 agents, voice and email, cloud', 'Your budget is $3,000 a month']],
      ['so does that fit our budget?', ['Your budget is $3,000 a month; this scenario needs about $2,375 a month'], ['Line items']],
    ],
  },
  // it went on to the optional volumes question and the yes or no was never answered
  {
    name: 'a head count asked against a budget answer is priced and held against it',
    locale: 'id-ID',
    steps: [
      ['budget kami 50 juta sebulan, bisa dapet brp agen dengan voice + chat di cloud?', ['cukup untuk sekitar **12 agen**']],
      ['kalo 10 agen cukup gak?', ['Estimasi: 10 agen', 'Anggaran Anda Rp 50.000.000 per bulan; skenario ini butuh sekitar'], ['Langkah terakhir']],
    ],
  },
  // the volumes question came next without a word about the deployment
  {
    name: 'a question instead of a deployment says all three will be priced',
    steps: [
      ['we have 20 agents, mostly phone and email', ['Where should it run']],
      // (asked as a question, the comparison comes at once, with typical volumes: fourteenth session)
      ['per year?', ['Then I will price all three side by side', /Cheapest over 3 years|too close to call/], ['Last, optional step']],
    ],
  },
  // "The quote is $2,100,000 a month … above even the high end"
  {
    name: 'a quote over five years is held against five years of the estimate',
    steps: [['Vendor quoted us 1.2 million over 5 years for 200 seats on prem, voice email and chat. fair or not?', ['The quote is $1,200,000 over 5 years (one-time costs included)', 'below even the low end'], ['a month; this estimate']]],
  },
  // "The quote is $80,000 a month"
  {
    name: 'the monthly part of a quote with an up-front part',
    steps: [['got a quote: 45 agents on prem, $80k upfront and $5,500/month, voice + email. is that reasonable?', ['The quote is $5,500 a month', 'below even the low end'], ['$80,000 a month']]],
  },
  // "Which channels do you need?" again and again
  {
    name: 'a voice volume said before the channels prices voice',
    steps: [['we have 70 agents and do about 500k voice minutes a month, cloud', ['Estimate: 70 agents, voice, cloud'], ['Which channels do you need?']]],
  },
  // "That is outside what I know"; "is a human reading this?" opened the sales form
  {
    name: 'questions about the advisor itself',
    steps: [
      ['are you a bot?', ['I am an automated advisor, not a person'], ['outside what I know']],
      ['is a human reading this?', ['I am an automated advisor, not a person'], ['What is your name?']],
    ],
  },
  // the corrected name was not taken and the lead went to sales as "John Smyth"
  {
    name: 'a name corrected at the email question',
    steps: [
      ['talk to sales', ['shall I price yours first']],
      ['just contact me', ['What is your name?']],
      ['John Smyth', ['What is your work email address?']],
      ['sorry its Jon Smyth not John', ['Updated your name to Jon Smyth.', 'What is your work email address?']],
    ],
  },
  // "I am not sure what you mean"
  {
    name: 'the scenario as it stands, and the currencies shown',
    steps: [
      ['35 agents voice and web chat on prem', ['Estimate: 35 agents, voice and web chat, on-premises']],
      ['what have we got now?', ['Estimate: 35 agents, voice and web chat, on-premises'], ['not sure what you mean']],
      ['whats that in pounds roughly', ['I cannot show "pounds": the source prices in US dollars'], ['not sure what you mean']],
    ],
  },
  // the budget was dropped at the deployment question ("not sure": all three were compared) and never mentioned again
  {
    name: 'a budget said in the middle of the estimate form is held against the estimate',
    locale: 'id-ID',
    steps: [
      ['4 CS, WA IG email', ['Mau dijalankan di mana']],
      ['budget aku 5 juta sebulan, cukup gak ya?', ['anggaran Rp 5.000.000 per bulan saya catat', 'Mau dijalankan di mana'], ['Kalau begitu saya hitung ketiganya']],
      ['cloud', ['Langkah terakhir']],
      // (storage without voice at 25% of the source's average: Rp 17.655.000 before the no-voice share)
      ['pakai volume tipikal', ['Estimasi: 4 agen', 'Anggaran Anda Rp 5.000.000 per bulan; skenario ini butuh sekitar Rp 12.086.000 per bulan']],
    ],
  },
];

describe('tenth round (2026-12-02)', () => {
  for (const c of conversations) {
    it(c.name, async () => {
      h = await createHarness('test', c.locale ?? 'en-US');
      for (const [input, expected, absent = []] of c.steps) {
        const replies = (await h.say(input)).join('\n');
        for (const fragment of expected) {
          if (typeof fragment === 'string') expect(replies, `after "${input}"`).toContain(fragment);
          else expect(replies, `after "${input}"`).toMatch(fragment);
        }
        for (const fragment of absent) {
          if (typeof fragment === 'string') expect(replies, `after "${input}"`).not.toContain(fragment);
          else expect(replies, `after "${input}"`).not.toMatch(fragment);
        }
      }
    });
  }
});
