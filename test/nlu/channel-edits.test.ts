/**
 * Channel edits as an independent tester typed them (2026-12-01). A removal removes the channels named and
 * nothing else ("forget email" and "email juga hapus aja" kept only email, "sms sama mms gak usah" kept only
 * SMS), and a question about one channel's line asks about it ("telepon nya brp?" made voice the only channel,
 * "kalau sms itu dihitung gimana?" dropped voice and email). Each row failed before; the last rows guard the
 * edits that must still replace or add.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);

describe('right after the sales offer', () => {
  // "agennya dobel" doubles the agents; "actually it's 75 not 60" corrects them
  it.each<[string, 'en' | 'id', Command[]]>([
    ['agennya dobel', 'id', [{ type: 'relative', slot: 'agents', op: 'mul', amount: 2 }]],
    ["actually it's 75 not 60", 'en', [{ type: 'correct', slot: 'agents', value: 75 }]],
  ])('%s', (text, lang, expected) => {
    expect(interpret(text, { context: 'offered_sales', lang }).commands).toEqual(expected);
  });

  // "ok thanks" is neither yes nor no (labelled unclear), but the decision is told it thanks
  it.each(['ok thanks', 'oke makasih', 'sip makasih'])('%s carries its thanks', (text) => {
    const r = interpret(text, { context: 'offered_sales', lang: 'en' });
    expect(r.commands.some((c) => c.type === 'yes')).toBe(false);
    expect(r.thanks).toBe(true);
  });
  it('"agennya dobel" carries no thanks', () => {
    expect(interpret('agennya dobel', { context: 'offered_sales', lang: 'id' }).thanks).toBeUndefined();
  });
});

describe('channel edits after an estimate', () => {
  it.each<[string, 'en' | 'id', Command[]]>([
    ['forget email', 'en', [{ type: 'remove', slot: 'channels', value: ['email'] }]],
    ['actually forget email', 'en', [{ type: 'remove', slot: 'channels', value: ['email'] }]],
    ['ditch the sms', 'en', [{ type: 'remove', slot: 'channels', value: ['sms'] }]],
    ['email juga hapus aja', 'id', [{ type: 'remove', slot: 'channels', value: ['email'] }]],
    ['sms sama mms gak usah', 'id', [{ type: 'remove', slot: 'channels', value: ['sms', 'mms'] }]],
    ['telepon nya brp?', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'voice' }]],
    ['kalau sms itu dihitung gimana?', 'id', [{ type: 'ask_estimate', aspect: 'line', line: 'sms' }]],
    // one channel in place of another (the second round of testing: "kalau sms diganti WA?" kept SMS and dropped voice)
    ['kalau sms diganti WA?', 'id', [{ type: 'add', slot: 'channels', value: ['social'] }, { type: 'remove', slot: 'channels', value: ['sms'] }]],
    ['ganti email ke live chat', 'id', [{ type: 'add', slot: 'channels', value: ['webchat'] }, { type: 'remove', slot: 'channels', value: ['email'] }]],
    ['replace SMS with WhatsApp', 'en', [{ type: 'add', slot: 'channels', value: ['social'] }, { type: 'remove', slot: 'channels', value: ['sms'] }]],
    ['swap sms for email', 'en', [{ type: 'add', slot: 'channels', value: ['email'] }, { type: 'remove', slot: 'channels', value: ['sms'] }]],
    ['web chat instead of email', 'en', [{ type: 'add', slot: 'channels', value: ['webchat'] }, { type: 'remove', slot: 'channels', value: ['email'] }]],
    // the third round of testing (2026-12-01): each row lost a channel the visitor kept
    ['scratch social, make it email instead', 'en', [{ type: 'add', slot: 'channels', value: ['email'] }, { type: 'remove', slot: 'channels', value: ['social'] }]],
    ['oh and it should be mms too, not just sms', 'en', [{ type: 'add', slot: 'channels', value: ['mms', 'sms'] }]],
    ['bukan cuma telepon, tambah email juga', 'id', [{ type: 'add', slot: 'channels', value: ['voice', 'email'] }]],
    ['selain telpon, tambahin live chat juga', 'id', [{ type: 'add', slot: 'channels', value: ['voice', 'webchat'] }]],
    ['tambah sosmed aja', 'id', [{ type: 'add', slot: 'channels', value: ['social'] }]],
    ['telpon 9000 sebulan, sms 30000', 'id', [{ type: 'set', slot: 'calls_month', value: 9000 }, { type: 'set', slot: 'sms_month', value: 30000 }]],
    ['wait, is the social media thing really per agent? i thought it was like a flat 10-50 bucks a month', 'en', [{ type: 'ask_estimate', aspect: 'line', line: 'social' }]],
    ['kalau dikurangin 10 orang?', 'id', [{ type: 'relative', slot: 'agents', op: 'add', amount: -10 }]],
    // still edits
    ['only voice', 'en', [{ type: 'set', slot: 'channels', value: ['voice'] }]],
    ['cuma telepon aja', 'id', [{ type: 'set', slot: 'channels', value: ['voice'] }]],
    ['what about voice and sms?', 'en', [{ type: 'set', slot: 'channels', value: ['voice', 'sms'] }]],
    ['semua selain email', 'id', [{ type: 'set', slot: 'channels', value: ['voice', 'sms', 'mms', 'social', 'webchat'] }]],
    ['switch to hybrid', 'en', [{ type: 'set', slot: 'deployment', value: 'hybrid' }]],
    ['agennya diganti jadi 40', 'id', [{ type: 'set', slot: 'agents', value: 40 }]],
    ['tambah sms sama mms', 'id', [{ type: 'add', slot: 'channels', value: ['sms', 'mms'] }]],
    ['kalau cuma telepon?', 'id', [{ type: 'set', slot: 'channels', value: ['voice'] }]],
    ['livechat nya hapus', 'id', [{ type: 'remove', slot: 'channels', value: ['webchat'] }]],
  ])('%s', (text, lang, expected) => {
    const context: Context = 'after_estimate';
    expect(interpret(text, { context, lang }).commands).toEqual(expected);
  });
});
