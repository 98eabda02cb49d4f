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

describe('head counts on both sides of a hybrid', () => {
  // second round of testing: "make it 60 on-prem and 30 in cloud" became 60 agents, the two sites 15 cloud agents
  it.each<[string, 'en' | 'id', 'start' | 'after_estimate', number]>([
    ['make it 60 on-prem and 30 in cloud', 'en', 'after_estimate', 90],
    ['kami punya 2 lokasi: jakarta 30 agen on prem, surabaya 15 agen cloud. telpon semua. brp totalnya?', 'id', 'start', 45],
    ['hybrid nya 30 agen di cloud 10 di on prem', 'id', 'after_estimate', 40],
  ])('%s', (text, lang, context, agents) => {
    const cmds = interpret(text, { context, lang }).commands;
    expect(cmds).toContainEqual({ type: 'set', slot: 'agents', value: agents });
    expect(cmds).toContainEqual({ type: 'set', slot: 'deployment', value: 'hybrid' });
  });

  it.each<[string, 'en' | 'id']>([
    ['what if we put only 20 of the agents in the cloud?', 'en'],
    ['$50 in cloud, $100 on prem', 'en'],
    ['compare 40 agents in the cloud with on-prem', 'en'],
  ])('"%s" is no split', (text, lang) => {
    expect(interpret(text, { context: 'after_estimate', lang }).commands).not.toContainEqual(expect.objectContaining({ slot: 'deployment', value: 'hybrid' }));
  });
});
