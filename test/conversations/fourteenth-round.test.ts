/**
 * What the twelfth round of exploratory visitors (2026-12-02, seventh session) found the advisor getting wrong, as whole
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
  // "Updated: removed voice"
  {
    name: "the carrier's SMS rate replaces the assumed one and keeps every channel",
    steps: [
      ['20 agents cloud voice and sms, 5000 sms a month', ['Estimate: 20 agents, voice and SMS, cloud', /SMS\**: \$50\b/]],
      ['our carrier charges 0.0079 per sms', ['Estimate: 20 agents, voice and SMS, cloud', /SMS\**: \$39\.50/, 'SMS message: $0.008 per message'], ['removed voice']],
    ],
  },
  // "Saya belum menangkap maksud Anda"
  {
    name: 'going back to a deployment switches to it',
    locale: 'id-ID',
    steps: [
      ['30 agen telepon cloud', ['Estimasi: 30 agen, telepon, cloud']],
      ['gimana kalo on prem aja?', ['Skenario yang sama dengan model on-premise']],
      // (cloud was the scenario all along: the on-premises figures were only looked at)
      ['hmm mahal ya, balik ke cloud deh', ['Itu sudah skenario Anda (30 agen, telepon, cloud)'], ['belum menangkap']],
    ],
  },
  // "Mohon jawab ya atau tidak"
  {
    name: 'consent withdrawn at the consent question sends nothing',
    locale: 'id-ID',
    steps: [
      ['Saya ingin dihubungi sales. Dewi Lestari, dewi@bankmakmur.co.id, Bank Makmur, 021-5551234, Kamis jam 2 siang', []],
      ['Hubungi saya saja', ['menghubungi Anda tentang estimasi ini']],
      ['saya berubah pikiran, tolong cabut persetujuan saya', ['tidak menyimpan atau mengirim apa pun'], ['Mohon jawab ya atau tidak', 'CCA-']],
    ],
  },
  // "Preferred time to talk: You have my consent to contact me"
  {
    name: 'the time to call is the time said, not the consent sentence',
    steps: [
      ['Hi, I am Sarah Chen from Lumen Health (sarah.chen@lumenhealth.org, 617-555-0147). Please have sales call me Thursday morning about a 70 agent cloud setup with voice and SMS. You have my consent to contact me.',
        // (since the thirteenth 2026-12-03 session the consent said there sends the request at once, with the summary)
        [/time to talk:\**\s*Thursday morning/, 'You said sales may contact you', 'CCA-'], [/time to talk:\**\s*You have/]],
    ],
  },
  // the request described as still held, then as gone
  {
    name: 'after a withdrawal, what is kept is said plainly',
    steps: [
      ['25 agents hybrid voice and social', ['Estimate: 25 agents']],
      ['I would like a sales call', ['What is your name?']],
      ['John Miller', []],
      ['john.miller@northwind.com', []],
      ['Northwind Traders', []],
      ['+44 20 7946 0958', []],
      ['Tuesday 2pm London time', []],
      ['yes go ahead', ['CCA-']],
      ['actually please withdraw my request', ['withdrawn']],
      ['did you delete my data?', ['was withdrawn and its contact details are erased'], ['holds your contact details']],
    ],
  },
  // the whole estimate again, twice
  {
    name: 'which period the figures are, and one line by name',
    locale: 'id-ID',
    steps: [
      ['Kami call center asuransi 150 agen, telepon saja, on-premise.', ['Estimasi: 150 agen, telepon, on-premise']],
      ['Apakah angka tersebut per bulan atau per tahun?', [/per bulan, Rp [\d.]+ per tahun/], ['Rincian (nilai tipikal per bulan']],
      ['Rincian biaya server nya gimana?', ['**Server'], ['Rincian (nilai tipikal per bulan']],
    ],
  },
  // the scenario switched to on-premises, unasked
  {
    name: 'a figure asked for another deployment is answered, not switched to',
    steps: [
      ['80 agents, voice+email, cloud', ['Estimate: 80 agents, voice and email, cloud']],
      ['and what would that be per agent per month on prem', [/on-premises/i], ['Updated: deployment cloud → on-premises']],
    ],
  },
  // "Perubahan: transfer data keluar 10.000 GB per bulan"
  {
    name: 'storage said in terabytes is not egress',
    locale: 'id-ID',
    steps: [
      ['200 agen semua channel, hybrid', ['Estimasi: 200 agen']],
      ['kalo storage nya 10 TB aja gmn?', ['**Penyimpanan data**'], ['transfer data keluar 10.000 GB']],
    ],
  },
  // the help menu, and the general cost drivers
  {
    name: 'a short question follows the subject before it',
    steps: [
      ['12 agents voice cloud', ['Estimate: 12 agents']],
      ['why is storage so high?', ['storage']],
      ['can I lower it?', ['flat amount per agent per year'], ['The levers the source points to']],
    ],
  },
];

describe('fourteenth round (2026-12-02)', () => {
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
