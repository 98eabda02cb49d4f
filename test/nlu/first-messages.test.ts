/**
 * First messages as a second round of independent testing typed them (2026-12-01): a greeting that goes on to give
 * the scenario lost the scenario ("selamat malam kak, saya owner klinik gigi anak, 4 CS, telpon dan IG, cloud" got
 * "Halo lagi!"), a call center or a hotline listed with other channels was no channel ("call center dan WA" was priced
 * as social media only), and people named by their job were no head count ("60 call handlers", "25 nurses").
 * Each row failed before.
 */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import type { Command } from '../../src/nlu/commands';

const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
const scenarioOf = (text: string, lang: 'en' | 'id') =>
  interpret(text, { context: 'start', lang }).commands.flatMap((c: Command) => (c.type === 'set' && ['agents', 'channels', 'deployment'].includes(c.slot) ? [{ slot: c.slot, value: c.value as unknown }] : []));

describe('first messages', () => {
  it.each<[string, 'en' | 'id', Record<string, unknown>]>([
    ['selamat malam kak, saya owner klinik gigi anak, 4 CS, telpon dan IG, cloud', 'id', { agents: 4, channels: ['voice', 'social'], deployment: 'cloud' }],
    ['call center dan WA, 10 agen, cloud', 'id', { agents: 10, channels: ['social', 'voice'], deployment: 'cloud' }],
    ['hotline dan email 10 agen cloud', 'id', { agents: 10, channels: ['email', 'voice'], deployment: 'cloud' }],
    ['60 call handlers on voice', 'en', { agents: 60, channels: ['voice'] }],
    ['300-bed hospital, about 25 nurses answer the phones', 'en', { agents: 25, channels: ['voice'] }],
    ['6 resepsionis, telpon, cloud', 'id', { agents: 6, channels: ['voice'], deployment: 'cloud' }],
  ])('%s', (text, lang, expected) => {
    expect(Object.fromEntries(scenarioOf(text, lang).map((c) => [c.slot, c.value]))).toEqual(expected);
  });

  it('a staffing question keeps the deployment and the channels it names (not voice alone: the calls are voice)', () => {
    const cmds = interpret('how many agents for 2000 calls a day on voice and chat, hybrid', { context: 'start', lang: 'en' }).commands;
    expect(cmds).toEqual([
      { type: 'staffing', volume: 2000, per: 'day' },
      { type: 'set', slot: 'channels', value: ['voice', 'webchat'] },
      { type: 'set', slot: 'deployment', value: 'hybrid' },
    ]);
    expect(interpret('how many agents for 2000 calls a day', { context: 'start', lang: 'en' }).commands).toEqual([{ type: 'staffing', volume: 2000, per: 'day' }]);
  });

  // right after a staffing answer, a bare figure with a period is the call volume again ("and if it is 3000 a day?" got
  // an answer about egress)
  it.each<[string, 'en' | 'id', number, string]>([
    ['and if it is 3000 a day?', 'en', 3000, 'day'],
    ['kalau 5rb sehari?', 'id', 5000, 'day'],
    ['what if 200 an hour', 'en', 200, 'hour'],
  ])('"%s" after a staffing answer', (text, lang, volume, per) => {
    expect(interpret(text, { context: 'start', lang, followUp: { staffing: true } }).commands).toEqual([{ type: 'staffing', volume, per }]);
  });

  it.each<[string, 'en' | 'id']>([
    ['halo kak', 'id'],
    ['biaya call center berapa?', 'id'],
    ["what's the difference between a call center and a contact center?", 'en'],
  ])('"%s" names no scenario', (text, lang) => {
    expect(scenarioOf(text, lang)).toEqual([]);
  });
});
