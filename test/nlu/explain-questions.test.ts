/**
 * Questions about where an estimate's figure comes from, and what moves its total, read in both
 * languages: the named line (Indonesian names included), the total, the sensitivity question; with
 * nothing priced, only a question about "the figure" or "the total" is about an estimate, and a
 * question about prices in general stays a knowledge question.
 */
import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/nlu/scenario-entities';
import { createServices } from '../../src/bot/services';
import { defaultCatalog } from '../../src/cost/catalog';
import { createRetriever } from '../../src/answers';
import pino from 'pino';
import type { Command, Context } from '../../src/nlu/commands';

describe('readLine: the estimate lines by name, English and Indonesian', () => {
  it.each<[string, string]>([
    ['lisensi', 'platform'], ['angka penyimpanan', 'storage'], ['biaya telepon', 'voice'], ['suara', 'voice'], ['SMS', 'sms'],
    ['media sosial', 'social'], ['integrasi', 'integrations'], ['WFM', 'wfm'], ['AI', 'ai'], ['perangkat keras', 'hardware'],
    ['pemeliharaan', 'maintenance'], ['egress', 'egress'], ['transfer data', 'egress'], ['trunk SIP', 'carrier'], ['nomor telepon', 'carrier'],
    ['staf IT', 'it_staff'], ['listrik dan pendingin', 'facility'], ['integrasi hybrid', 'hybrid'], ['totalnya', 'total'], ['jumlahnya', 'total'],
    ['the phone numbers', 'carrier'], ['in-house IT staff', 'it_staff'], ['rack space, power and cooling', 'facility'], ['the hybrid integration', 'hybrid'],
  ])('%s → %s', (text, line) => {
    expect(readLine(text)).toBe(line);
  });
});

describe('interpret: where a figure comes from, what moves the total', () => {
  const { interpret } = createServices({ catalog: defaultCatalog(), retriever: createRetriever(), log: pino({ level: 'silent' }) } as never);
  const read = (text: string, context: Context, lang: 'en' | 'id') => interpret(text, { context, lang }).commands;
  const explains = (line: string): Command => ({ type: 'ask_estimate', aspect: 'line', line } as Command);
  const drivers: Command = { type: 'ask_estimate', aspect: 'drivers' };

  it.each<[string, 'en' | 'id', Command]>([
    ['why is storage $4,500?', 'en', explains('storage')],
    ['where does the licence figure come from?', 'en', explains('platform')],
    ['how did you get the total?', 'en', explains('total')],
    ['which assumption matters most?', 'en', drivers],
    ['dari mana angka lisensi?', 'id', explains('platform')],
    ['kenapa penyimpanan mahal?', 'id', explains('storage')],
    ['gimana cara ngitung totalnya?', 'id', explains('total')],
    ['apa yang paling memengaruhi total?', 'id', drivers],
    ['asumsi mana yang paling berpengaruh?', 'id', drivers],
    ['hardware nya kok mahal bgt?', 'id', explains('hardware')],
  ])('after an estimate: %s', (text, lang, command) => {
    expect(read(text, 'after_estimate', lang)).toContainEqual(command);
  });

  it.each<[string, 'en' | 'id', Context]>([
    ['how is AI usually priced?', 'en', 'after_estimate'],
    ['is $1,350 per agent a year normal for storage?', 'en', 'after_estimate'],
    ['is $1.10 a minute a normal voice rate?', 'en', 'start'],
    ['Apakah $6 sampai $20 per pengguna wajar untuk WFM?', 'id', 'start'],
    ['how is the platform priced?', 'en', 'start'],
  ])('a question about prices in general stays one: %s', (text, lang, context) => {
    expect(read(text, context, lang).some((c) => c.type === 'ask_estimate')).toBe(false);
  });
});
