import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness';
import { estimate } from '../../src/cost/estimate';
import { formatMoney } from '../../src/i18n/money';
import { dialogStrings } from '../../src/i18n/dialogs';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

// (a conversation in Indonesian pays in-house staff at Indonesian rates)
const typical = (agents: number, channels: string[], deployment: string, lang: 'en' | 'id' = 'en') =>
  formatMoney(estimate({ agents, channels: channels as never, deployment: deployment as never, ...(lang === 'id' ? { labourMarket: 'id' as const } : {}) }).totals.monthly.typical, lang);

/** Each step: what the user says, and fragments every one of which must appear in the replies. */
type Step = [input: string, expected: (string | RegExp)[]];

const conversations: { name: string; locale?: string; steps: Step[] }[] = [
  {
    name: 'step by step in English, with the optional extras skipped',
    steps: [
      ['I need a quote', [dialogStrings.en.askAgents]],
      ['40', [dialogStrings.en.askChannels]],
      ['voice and email', [dialogStrings.en.askDeployment]],
      ['cloud', [/monthly volumes or want add-ons/]],
      ['use typical volumes', ['Estimate: 40 agents, voice and email, cloud', typical(40, ['voice', 'email'], 'cloud')]],
    ],
  },
  {
    name: 'one sentence with all three answers goes straight to the estimate',
    steps: [
      ['We have 45 agents and need voice, SMS and email in the cloud', ['Estimate: 45 agents, voice, SMS and email, cloud', typical(45, ['voice', 'sms', 'email'], 'cloud')]],
    ],
  },
  {
    name: 'Indonesian, step by step',
    locale: 'id-ID',
    steps: [
      ['saya mau hitung biaya pusat kontak', [dialogStrings.id.askAgents]],
      ['empat puluh lima agen', [dialogStrings.id.askChannels]],
      ['telepon dan SMS', [dialogStrings.id.askDeployment]],
      ['hibrida', [/volume bulanan/]],
      ['lewati', ['Estimasi: 45 agen, telepon dan SMS, hibrida', typical(45, ['voice', 'sms'], 'hybrid', 'id')]],
    ],
  },
  {
    name: 'bad agent answers get specific re-prompts, then choices after three misses',
    steps: [
      ['get an estimate', [dialogStrings.en.askAgents]],
      ['0', [dialogStrings.en.agentsZero]],
      ['-5 agents', [dialogStrings.en.agentsNegative]],
      ['2.5 agents', [dialogStrings.en.tooManyMisses, '[Help]', '[Talk to sales]']],
      ['150000 agents', [dialogStrings.en.agentsTooLarge]],
      ['12', [dialogStrings.en.askChannels]],
    ],
  },
  {
    name: 'help and why in the middle continue at the same question',
    steps: [
      ['estimate please', [dialogStrings.en.askAgents]],
      ['30 seats', [dialogStrings.en.askChannels]],
      ['help', [dialogStrings.en.helpInForm, dialogStrings.en.askChannels]],
      ['why do you ask?', [dialogStrings.en.whyChannels, dialogStrings.en.askChannels]],
      ['sms only', [dialogStrings.en.askDeployment]],
    ],
  },
  {
    name: 'a cost question mid-form is answered, then the form resumes without taking its numbers',
    steps: [
      ['estimate', [dialogStrings.en.askAgents]],
      ['how much does an SMS cost?', [/\$0\.01/, dialogStrings.en.askAgents]],
      ['25', [dialogStrings.en.askChannels]],
    ],
  },
  {
    name: 'cancel and start over',
    steps: [
      ['estimate', [dialogStrings.en.askAgents]],
      ['20 agents', [dialogStrings.en.askChannels]],
      ['cancel', [dialogStrings.en.cancelledNoEstimate]],
      ['start over', [dialogStrings.en.startedOver, dialogStrings.en.askAgents]],
    ],
  },
];

describe('estimate conversation (DialogTestClient)', () => {
  for (const c of conversations) {
    it(c.name, async () => {
      h = await createHarness('test', c.locale ?? 'en-US');
      for (const [input, expected] of c.steps) {
        const replies = (await h.say(input)).join('\n');
        for (const fragment of expected) {
          if (typeof fragment === 'string') expect(replies, `after "${input}"`).toContain(fragment);
          else expect(replies, `after "${input}"`).toMatch(fragment);
        }
      }
    });
  }

  // the "Compare deployments" button, then the head count and the channels: the comparison, with no question about
  // where it runs (the wish to compare was forgotten and the form asked it, 2026-12-01)
  it('a comparison asked before any scenario is kept through the form', async () => {
    h = await createHarness();
    await h.say('Compare deployments');
    // (the channel question says it is for the comparison asked: dialogStrings.en.askChannelsForCompare)
    expect((await h.say('50 agents')).join('\n')).toContain('To compare cloud, on-premises and hybrid for 50 agents, I need one more thing: which channels do you need?');
    const replies = (await h.say('voice and email')).join('\n');
    expect(replies).not.toContain(dialogStrings.en.askDeployment);
    const afterVolumes = replies.includes(dialogStrings.en.askDeployment) ? '' : (await h.say('use typical volumes')).join('\n');
    expect(afterVolumes).toMatch(/Cheapest over 3 years|too close to call/);
  });

  // the visitor's own figures replace the assumptions, are said back as theirs, and survive the next edit
  it('own figures (IT cost, licence, metered voice) re-price and stay in the scenario', async () => {
    h = await createHarness();
    await h.say('on prem, 50 agents, voice only, typical');
    const it = (await h.say('our IT admins cost us about 11k a month each')).join('\n');
    expect(it).toContain('in-house IT $11,000 per full-time person a month (your figure)');
    expect(it).toMatch(/In-house IT staff: \$[\d,]+ → \$[\d,]+/);
    expect(it).toContain('Your own figure, given in this conversation');
    await h.say('switch to cloud');
    const licence = (await h.say('we negotiated $100 per seat per month for the licence')).join('\n');
    expect(licence).toContain('cloud licence $100 per agent a month (your figure)');
    expect(licence).toMatch(/Platform licence \(subscription\): \$6,250 → \$5,000/);
    const metered = (await h.say('our vendor charges per minute for voice, can you price it that way?')).join('\n');
    expect(metered).toContain('cloud voice billed by the minute');
    const state = await h.state();
    expect(state.draft.ownPrices).toEqual({ itFtePerMonth: 11000, licencePerAgentMonth: 100 });
    expect(state.draft.voiceBilling).toBe('metered');
  });

  // the head count question came back after every knowledge answer and after "oke thx" (fourth round, 2026-12-01)
  it('thanks at the head count question of a form never answered closes it', async () => {
    h = await createHarness('test', 'id-ID');
    await h.say('min, berapa sih biaya rata2 call center per menit?');
    const replies = (await h.say('oke thx')).join('\n');
    expect(replies).toContain(dialogStrings.id.thanks);
    expect(replies).not.toContain(dialogStrings.id.askAgents);
    expect((await h.state()).form).toBeUndefined();
  });

  it('a hybrid split of the visitor re-prices the hybrid center', async () => {
    h = await createHarness();
    await h.say('100 agents hybrid, voice and web chat, typical');
    const replies = (await h.say('make 70% of the seats cloud')).join('\n');
    expect(replies).toContain('hybrid split 70% of the seats in the cloud, 30% on-premises (your figure)');
    expect(replies).toContain('Estimate: 100 agents, voice and web chat, hybrid');
    expect(replies).toMatch(/Platform licence \(subscription\): \$6,250 → \$8,750/);
  });

  // "undo" right after an estimate started the sales form; "undo that" got "You are welcome!" (fourth round of testing)
  it('undo takes the last change back, once, and never starts the sales form', async () => {
    h = await createHarness();
    await h.say('12 agents email and webchat cloud');
    const nothing = (await h.say('undo')).join('\n');
    expect(nothing).toContain(dialogStrings.en.nothingToUndo.slice(0, 30));
    expect((await h.state()).form).toBeUndefined();
    await h.say('make it 20 agents');
    const undone = (await h.say('undo that last change')).join('\n');
    expect(undone).toContain('Undone: agents 20 → 12');
    expect(undone).toContain('Estimate: 12 agents, email and web chat, cloud');
    expect((await h.say('undo')).join('\n')).toContain(dialogStrings.en.nothingToUndo.slice(0, 30));
    expect((await h.state()).draft.agents).toBe(12);
  });

  it('a licence price on an on-premises estimate is its perpetual licence, paid once', async () => {
    h = await createHarness('test', 'id-ID');
    await h.say('kami bank daerah, 70 agen, voice sms email, on premise');
    await h.say('pakai volume tipikal');
    const replies = (await h.say('harga lisensi on prem dari vendor kami 8 juta per agen')).join('\n');
    expect(replies).toMatch(/lisensi on-premise Rp 8\.000\.000 per agen, sekali bayar \(angka Anda\)/);
    const again = (await h.say('kalau lisensinya 10 juta per agen gimana?')).join('\n');
    expect(again).toMatch(/lisensi on-premise Rp 10\.000\.000 per agen/);
    expect((await h.state()).draft.deployment).toBe('onPremises');
  });

  it('what-if edits re-price at once and show what changed', async () => {
    h = await createHarness();
    await h.say('50 agents, voice and SMS, cloud');
    const cases: [string, RegExp][] = [
      ['make it 80 agents', /agents 50 → 80/],
      ['add email', /added email/],
      ['drop sms', /removed SMS/],
      ['switch to on-prem', /deployment cloud → on-premises/],
    ];
    for (const [input, change] of cases) {
      const replies = (await h.say(input)).join('\n');
      expect(replies, input).toMatch(change);
      expect(replies, input).toMatch(/Monthly total: \$[\d,]+ → \$[\d,]+/);
    }
    // "what about hybrid?" asks about another deployment: it is priced beside the scenario, which stays as it is
    const other = (await h.say('what about hybrid?')).join('\n');
    expect(other).toMatch(/The same scenario hybrid/);
    // a volume for a channel the scenario lacks changes nothing: it says so and offers to add the channel
    const notIncluded = (await h.say('assume 10,000 SMS a month')).join('\n');
    expect(notIncluded).toContain('SMS is not in your scenario');
    expect(notIncluded).not.toMatch(/Updated/);
    const added = (await h.say('yes')).join('\n');
    expect(added).toMatch(/added SMS/);
    const s = await h.state();
    expect(s.draft.agents).toBe(80);
    expect(s.draft.deployment).toBe('onPremises');
    expect(s.draft.channels).toEqual(['voice', 'sms', 'email']);
    expect(s.draft.volumes.smsPerMonth).toBe(10_000);
  });

  it('compare all three shows every deployment with the break-even', async () => {
    h = await createHarness();
    await h.say('200 agents, voice, email and web chat, cloud');
    const replies = (await h.say('compare all three')).join('\n');
    // one bullet per deployment, each starting with a capital ("• On-premises: …")
    for (const d of ['On-premises', 'Cloud', 'Hybrid']) expect(replies).toContain(`• ${d}:`);
    expect(replies).toMatch(/break-even|becomes cheaper/);
  });

  it('card submits are parsed: channel picker and deployment buttons', async () => {
    h = await createHarness();
    await h.say('estimate');
    await h.say('60');
    expect((await h.submit({ action: 'setChannels', channels: 'voice,social' })).join('\n')).toContain(dialogStrings.en.askDeployment);
    expect((await h.submit({ action: 'setDeployment', deployment: 'hybrid' })).join('\n')).toMatch(/add-ons/);
    expect((await h.submit({ action: 'useDefaults' })).join('\n')).toContain('Estimate: 60 agents, voice and social media, hybrid');
  });

  it('a forged or stale card value gets a clear answer, not a crash', async () => {
    h = await createHarness();
    const replies = (await h.submit({ action: 'setDeployment', deployment: 'moon' })).join('\n');
    expect(replies).toContain(dialogStrings.en.unknownAction);
  });
});

describe('form detours and unsure answers', () => {
  it('"not sure" at the deployment question prices cloud and shows all three', async () => {
    h = await createHarness();
    await h.say('estimate');
    await h.say('25 people');
    await h.say('phone, email and whatsapp');
    const replies = (await h.say('not sure')).join('\n');
    expect(replies).toMatch(/add-ons/);
    const done = (await h.say('skip')).join('\n');
    expect(done).toContain('Estimate: 25 agents, voice, social media and email, cloud');
    expect(done).toContain('25 agents over 3 years');
  });

  it('a question that mentions a deployment during the optional step is answered, not taken as an answer', async () => {
    h = await createHarness();
    await h.say('estimate');
    await h.say('25');
    await h.say('voice');
    await h.say('hybrid');
    const replies = (await h.say('is cloud cheaper long term?')).join('\n');
    expect(replies).toMatch(/add-ons/); // resumed at the same question
    expect((await h.state()).draft.deployment).toBe('hybrid');
  });
});

describe('top-level shortcuts', () => {
  it('a bare number after the welcome is the agent count', async () => {
    h = await createHarness();
    expect((await h.say('50')).join('\n')).toContain(dialogStrings.en.askChannels);
    expect((await h.state()).draft.agents).toBe(50);
  });

  it('a new horizon shows the multi-year comparison', async () => {
    h = await createHarness();
    await h.say('30 agents, voice, cloud');
    const replies = (await h.say('over 5 years')).join('\n');
    expect(replies).toContain('horizon 3 → 5 years');
    expect(replies).toContain('30 agents over 5 years');
  });
});

describe('start over with everything in one message', () => {
  it('goes straight to the estimate, as at the start', async () => {
    h = await createHarness();
    await h.say('20 agents, voice, cloud');
    expect((await h.say('start over')).join('\n')).toContain(dialogStrings.en.askAgents);
    expect((await h.say('40 agents, email, hybrid')).join('\n')).toContain('Estimate: 40 agents, email, hybrid');
  });
});
