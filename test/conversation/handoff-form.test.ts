import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness';
import { dialogStrings } from '../../src/i18n/dialogs';
import { LeadSummarySchema } from '../../src/handoff/lead-schema';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const en = dialogStrings.en;
const id = dialogStrings.id;

async function priced(locale = 'en-US') {
  h = await createHarness('test', locale);
  await h.say(locale === 'id-ID' ? '40 agen, telepon dan SMS, cloud' : '40 agents, voice and SMS, cloud');
}

async function leads() {
  return (await h.db.leads.list({ limit: 50 })).items;
}

describe('sales handoff (DialogTestClient)', () => {
  // After an estimate with no sales offer open, "sure, have sales follow up" asks for sales: before issue #10 the
  // model heard a bare yes (0.42), which answers no question there, and the advisor asked what was meant.
  it.each([
    ['sure, have sales follow up', 'en-US'],
    ['yes please get sales to contact me', 'en-US'],
    ['boleh, minta sales hubungi saya', 'id-ID'],
    ['iya, sales boleh telpon saya', 'id-ID'],
  ] as const)('"%s" after an estimate starts the handoff', async (text, locale) => {
    await priced(locale);
    await h.say(locale === 'id-ID' ? 'kenapa penyimpanan lokal lebih mahal?' : 'why is on-prem storage more expensive?');
    expect((await h.say(text)).join('\n')).toContain((locale === 'id-ID' ? id : en).askName);
  });

  it('happy path in English: details, consent, stored lead with a reference and the scenario', async () => {
    await priced();
    await h.say('why is on-prem storage more expensive?');
    expect((await h.say('talk to sales')).join('\n')).toContain(en.askName);
    expect((await h.say("I'm Sam Lee")).join('\n')).toContain(en.askEmail);
    expect((await h.say('sam@acme.example')).join('\n')).toContain(en.askCompany);
    expect((await h.say('Acme Ltd')).join('\n')).toContain(en.askPhone);
    expect((await h.say('skip')).join('\n')).toContain(en.askTime);
    const consent = (await h.say('weekday mornings')).join('\n');
    expect(consent).toContain(en.askConsent);
    // the summary it will send comes before the question
    expect(consent.indexOf('sam@acme.example')).toBeLessThan(consent.indexOf(en.askConsent));
    expect(consent).toContain('40');
    expect(await leads()).toHaveLength(0);
    const done = (await h.say('yes')).join('\n');
    expect(done).toMatch(/reference \*\*CCA-[0-9A-Z]{6}\*\*/);
    const [lead] = await leads();
    expect(lead.summary?.contact).toEqual({ name: 'Sam Lee', email: 'sam@acme.example', company: 'Acme Ltd', preferredTime: 'weekday mornings' });
    expect(lead.summary?.scenario?.agents).toBe(40);
    expect(lead.summary?.questions).toContain('why is on-prem storage more expensive?');
    expect(lead.summary?.channel).toBe('test');
    expect(LeadSummarySchema.safeParse(lead.summary).success).toBe(true);
    expect(h.leadChanges).toEqual([lead.id]);
  });

  it('happy path in Indonesian', async () => {
    await priced('id-ID');
    expect((await h.say('saya ingin dihubungi sales')).join('\n')).toContain(id.askName);
    await h.say('Budi Santoso');
    await h.say('budi@contoh.co.id');
    await h.say('PT Contoh');
    await h.say('lewati');
    await h.say('lewati');
    const done = (await h.say('ya')).join('\n');
    expect(done).toContain('referensi');
    expect((await leads())[0].summary?.language).toBe('id');
  });

  it('re-asks a wrong email with the reason', async () => {
    await priced();
    await h.say('contact me');
    await h.say('Sam');
    // a spelled-out address ("sam at acme dot com") is read as sam@acme.com; this one has no domain ending
    const replies = (await h.say('sam@acme')).join('\n');
    expect(replies).toContain('does not look like an email address');
    expect((await h.say('sam@acme.example')).join('\n')).toContain(en.askCompany);
  });

  // Tried by an independent tester: a correction at the consent question used to store the lead at once,
  // because the model also heard a "yes" in it; consent belongs to the summary as shown.
  it.each([
    ['tunggu, perusahaannya PT ABC Digital', 'id-ID', 'PT ABC Digital'],
    ['eh emailnya salah, yang bener lina.s@abc.co.id', 'id-ID', 'lina.s@abc.co.id'],
    ['yes, but the company is Acme Holdings', 'en-US', 'Acme Holdings'],
    ['no wait, my email is lina.s@abc.example', 'en-US', 'lina.s@abc.example'],
  ] as const)('a change at the consent question ("%s") shows the summary again and stores nothing until yes', async (text, locale, value) => {
    await priced(locale);
    const strings = locale === 'id-ID' ? id : en;
    await h.say(locale === 'id-ID' ? 'hubungi sales' : 'talk to sales');
    await h.say('Lina Susanti');
    await h.say('lina@abc.example');
    await h.say('PT ABC');
    await h.say('skip');
    expect((await h.say('skip')).join('\n')).toContain(strings.askConsent);
    const again = (await h.say(text)).join('\n');
    expect(again).toContain(value);
    expect(again).toContain(strings.askConsent);
    expect(await leads()).toHaveLength(0);
    expect((await h.state()).draft.channels).toEqual(['voice', 'sms']);
    await h.say(locale === 'id-ID' ? 'ya' : 'yes');
    const [lead] = await leads();
    expect(JSON.stringify(lead.summary?.contact)).toContain(value);
  });

  // Tried by an independent tester: a name typed at "price it first, or just pass on your details?" started the
  // estimate form, whose agents question then rejected every detail typed next.
  it('a name at "estimate first or just your details?" passes on the details; "no phone, email is …" answers the email question', async () => {
    h = await createHarness('test', 'en-US');
    await h.say('i want to talk to a person');
    expect((await h.say('Tom Becker')).join('\n')).toContain(en.askEmail);
    const next = (await h.say('no phone, email is tom.becker@gmail.example')).join('\n');
    expect(next).toContain(en.askCompany);
    expect(next).not.toContain(en.contactRequired.slice(0, 20));
  });

  // Tried by an independent tester: a name and a company given in the first message were asked for again.
  it.each([
    ["Hi I'm Priya from Northwind Health, we have 40 agents on voice in the cloud", 'talk to sales', 'en-US'],
    ['Halo, saya Bambang dari CV Berkah Jaya, 20 agen telepon cloud', 'hubungi sales', 'id-ID'],
  ] as const)('a name and company from "%s" are not asked again', async (first, sales, locale) => {
    h = await createHarness('test', locale);
    await h.say(first);
    const replies = (await h.say(sales)).join('\n');
    const strings = locale === 'id-ID' ? id : en;
    expect(replies).toContain(strings.askEmail);
    expect(replies).not.toContain(strings.askName);
    const state = await h.state();
    expect(state.form?.kind === 'handoff' && state.form.contact.company).toBeTruthy();
  });

  it('stores nothing without consent and says so', async () => {
    await priced();
    await h.say('talk to sales');
    await h.say('Sam');
    await h.say('sam@acme.example');
    await h.say('Acme');
    await h.say('skip');
    await h.say('skip');
    expect((await h.say('no')).join('\n')).toContain(en.noConsent);
    expect(await leads()).toHaveLength(0);
  });

  it('cancel midway stores nothing', async () => {
    await priced();
    await h.say('talk to sales');
    await h.say('Sam');
    expect((await h.say('cancel')).join('\n')).toContain(en.cancelledHandoff);
    expect(await leads()).toHaveLength(0);
    // the name typed into the abandoned form is not kept (issue #12, personal data)
    expect(JSON.stringify(await h.state())).not.toContain('Sam');
  });

  it('offers a scenario first when there is none; a scenario given there is priced, then the contact details', async () => {
    h = await createHarness();
    expect((await h.say('talk to sales')).join('\n')).toContain(en.handoffNeedsScenario);
    const replies = (await h.say('25 agents, email and web chat, cloud')).join('\n');
    expect(replies).toContain('Estimate: 25 agents');
    expect(replies).toContain(en.askName);
  });

  it('"harga aja dulu deh" at the two-way question prices a scenario first (it went to the contact questions)', async () => {
    h = await createHarness('test', 'id-ID');
    expect((await h.say('saya mau ngobrol sama tim sales')).join('\n')).toContain(id.handoffNeedsScenario);
    const replies = (await h.say('harga aja dulu deh')).join('\n');
    expect(replies).not.toContain(id.askName);
    expect(h.tags().some((t) => t.asks === 'agents')).toBe(true);
  });

  it('a head count typed at the name question is noted and the name asked again, not taken as the name', async () => {
    h = await createHarness();
    await h.say('I want to talk to someone in sales');
    await h.say('Just contact me');
    const replies = (await h.say('20 agents')).join('\n');
    expect(h.tags().some((t) => t.asks === 'name')).toBe(true);
    expect(replies).not.toContain(en.askEmail);
  });

  it('a message that gives no email at the email question asks for it again without quoting an empty value', async () => {
    h = await createHarness();
    await h.say('I want to talk to someone in sales');
    await h.say('Just contact me');
    await h.say('Ana Putri');
    const replies = (await h.say('voice only')).join('\n');
    expect(replies).not.toContain('""');
    expect(h.tags().some((t) => t.asks === 'email')).toBe(true);
  });

  it('"just contact me" stores a lead without a scenario, and says so in the summary', async () => {
    h = await createHarness();
    await h.say('I want to talk to someone in sales');
    expect((await h.say('Just contact me')).join('\n')).toContain(en.askName);
    for (const answer of ['Ana Putri', 'ana@contoh.co.id', 'PT Contoh', 'skip', 'skip']) await h.say(answer);
    expect((await h.say('yes')).join('\n')).toMatch(/reference \*\*CCA-/);
    const [lead] = await leads();
    expect(lead.summary?.scenario).toBeNull();
    expect(lead.summary?.estimate).toBeNull();
    expect(LeadSummarySchema.safeParse(lead.summary).success).toBe(true);
  });

  it('shows what was sent, corrects the email on the same lead, and withdraws', async () => {
    await priced();
    await h.say('talk to sales');
    for (const answer of ['Sam', 'sam@acme.example', 'Acme', 'skip', 'skip', 'yes']) await h.say(answer);
    const [lead] = await leads();
    expect((await h.say('what did you send?')).join('\n')).toContain(lead.reference);
    expect((await h.say('my email is actually sam.lee@acme.example')).join('\n')).toContain('sam.lee@acme.example');
    const updated = await h.db.leads.get(lead.id);
    expect(updated?.summary?.contact.email).toBe('sam.lee@acme.example');
    expect(updated?.version).toBe(2);
    expect(await leads()).toHaveLength(1);
    expect((await h.say('withdraw')).join('\n')).toContain(lead.reference);
    const withdrawn = await h.db.leads.get(lead.id);
    expect(withdrawn?.status).toBe('withdrawn');
    expect(withdrawn?.summary).toBeNull();
  });

  it('takes the name from the Teams account instead of asking again', async () => {
    h = await createHarness('msteams');
    await h.say('40 agents, voice, cloud');
    const replies = (await h.say('talk to sales')).join('\n');
    expect(replies).not.toContain(en.askName);
    expect(replies).toContain(en.askEmail);
  });
});
