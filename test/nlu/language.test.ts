import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/nlu/index';

describe('detectLanguage', () => {
  it.each([
    ['I need 40 agents', 'en'],
    ['We have 45 agents and need voice, SMS and email in the cloud', 'en'],
    ['how much would that cost?', 'en'],
    ['hello', 'en'],
    ['thanks', 'en'],
    ['yes please', 'en'],
    ['no SMS', 'en'],
    ['what about on-prem?', 'en'],
    ['40 agents', 'en'],
    ['saya butuh 40 agen', 'id'],
    ['kami punya 40 agen, butuh telepon dan whatsapp, di cloud', 'id'],
    ['berapa biayanya?', 'id'],
    ['halo', 'id'],
    ['terima kasih', 'id'],
    ['makasih', 'id'],
    ['tanpa SMS', 'id'],
    ['bagaimana kalau hybrid?', 'id'],
    ['40 agen', 'id'],
    ['hybrid dong', 'id'],
    ['Hi, kami butuh estimasi', 'id'],
    ['empat puluh lima', 'id'],
    ['telepon dan sms', 'id'],
    ['layanannya bagus', 'id'],
  ] as const)('%s -> %s', (text, lang) => {
    expect(detectLanguage(text, lang === 'en' ? 'id' : 'en')).toBe(lang);
  });

  it.each(['ok', '40', 'cloud', 'on-prem', 'SMS', 'email', 'whatsapp', '', '???', 'live chat', 'call center'])(
    '%s carries no language: the fallback is kept',
    (text) => {
      expect(detectLanguage(text, 'id')).toBe('id');
      expect(detectLanguage(text, 'en')).toBe('en');
    },
  );

  it('defaults the fallback to English', () => {
    expect(detectLanguage('40')).toBe('en');
  });

  // Code-mixed Indonesian (second round of independent testing): answered in English and dollars before
  it.each<[string, 'en' | 'id', 'en' | 'id']>([
    ['total cost nya per year berapa?', 'id', 'id'],
    ['pricing nya gmn kak for 20 seat?', 'en', 'id'],
    ['what about annual cost kalau pake hybrid?', 'id', 'id'],
    // a clearly English message still switches
    ['how much is it per agent?', 'id', 'en'],
    ['thanks, and what is egress?', 'id', 'en'],
  ])('"%s" in a conversation in %s is %s', (text, fallback, expected) => {
    expect(detectLanguage(text, fallback)).toBe(expected);
  });
});
