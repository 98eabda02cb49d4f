/**
 * Readings the eighth round's own rules got wrong on the dev split (2026-12-02), and the readings those rules exist
 * for. Each "kept" row failed before its fix: "our current setup" owned a platform, "pake server sendiri" (using one's
 * own servers) owned one too, an address after "email ke" still added an email channel, and "hapus no hp" asked for
 * email only.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command, Context } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const read = (text: string, context: Context, lang: 'en' | 'id' = 'en') => interpret(text, { context, lang }).commands;
const has = (cmds: Command[], slot: string) => cmds.some((c) => 'slot' in c && c.slot === slot);

describe('an owned platform is read only from owning words beside the platform', () => {
  it.each<[string, 'en' | 'id', Context, boolean]>([
    ['the same as our current setup: phone and email', 'en', 'asked_channels', false],
    ['risiko pake server sendiri apa aja kak?', 'id', 'after_estimate', false],
    ['staf IT kita udh ada 3 org', 'id', 'after_estimate', false],
    ['we dont have servers yet', 'en', 'after_estimate', false],
    ['we would reuse our existing servers, so no server cost', 'en', 'after_estimate', true],
    ['The servers are already paid off.', 'en', 'after_estimate', true],
    ['sy udh punya server sendiri sih', 'id', 'after_estimate', true],
    ['server kami sudah ada, lisensinya sudah lunas', 'id', 'after_estimate', true],
  ])('%s → owned: %s', (text, lang, context, owned) => {
    expect(has(read(text, context, lang), 'owned')).toBe(owned);
  });
});

describe('an address to write to is no email channel', () => {
  it.each<[string, 'en' | 'id', Context, boolean]>([
    ['boleh, email ke tari@sumberjaya.co.id ya', 'id', 'offered_sales', false],
    ['gw reza dr PT Kilat Kirim, email reza@kilatkirim.id, mau minta demo dong', 'id', 'start', false],
    ['30 agen voice cloud, kirim ke email sy rina@sinarjaya.com ya', 'id', 'start', false],
    ['30 agents voice and email cloud, email me at bob@acme.com', 'en', 'start', true],
  ])('%s → email channel: %s', (text, lang, context, channel) => {
    const cmds = read(text, context, lang);
    expect(cmds.some((c) => 'slot' in c && c.slot === 'channels' && (c.value as string[]).includes('email'))).toBe(channel);
    expect(has(cmds, 'email')).toBe(true);
  });
});

describe('contact preferences in the sales form', () => {
  it.each<[string, 'en' | 'id', Context, Command[]]>([
    ['tolong hapus no hp aku ya', 'id', 'asked_phone', [{ type: 'privacy' }]],
    ['jgn ditelpon ya, email aja', 'id', 'asked_time', [{ type: 'set', slot: 'time', value: 'lewat email saja, mohon tidak ditelepon' }]],
    ['no phone', 'en', 'asked_phone', [{ type: 'skip' }]],
    ["don't call me, email is fine", 'en', 'asked_phone', [{ type: 'skip' }, { type: 'set', slot: 'time', value: 'email only, please do not call' }]],
  ])('%s (%s, %s)', (text, lang, context, commands) => {
    expect(read(text, context, lang)).toEqual(commands);
  });
});
