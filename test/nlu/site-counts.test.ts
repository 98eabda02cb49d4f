import { describe, expect, it } from 'vitest';
import { readSiteCounts } from '../../src/nlu/site-counts';

// (the head counts a list of sites or groups adds up to; undefined where the counts are no list of one center's parts)
const cases: [string, number[] | undefined][] = [
  ['In Lisbon are 18 agents and in Porto 12 agents, all of them do telephone and email.', [18, 12]],
  ['São Paulo has 20 attendants, Rio 15 and Belo Horizonte 10.', [20, 15, 10]],
  ['Agen kami tersebar: Semarang 15 orang, Solo 10 orang, Jogja 5 orang.', [15, 10, 5]],
  ['12 agents in Jakarta and 8 agents in Bandung', [12, 8]],
  ['Jakarta 12 agents, Bandung 8', [12, 8]],
  ['kami ada 15 agen di Surabaya dan 10 agen di Medan, pakai telepon dan WA', [15, 10]],
  ['we have 9 salespeople who answer the phone and whatsapp, and 4 people in the service department', [9, 4]],
  ['we have 20 agents now and 30 agents next year', undefined],
  ['30 agents and 10 agents on chat', undefined],
  ['we have 30 agents, voice and email, cloud', undefined],
  ['50 agents, 2000 calls a day and 500 emails', undefined],
  ['Hi, I\'m Tom from Globex, 40 agents', undefined],
  ['25 agents in Manila, voice and chat, in the cloud', undefined],
  ['30 agents in winter (dec-mar), 8 in summer', undefined],
  ['20 agents in Jakarta or 25 agents in Bandung, which is cheaper?', undefined],
  ['40 agents, maybe 45 in December', undefined],
];

describe('readSiteCounts', () => {
  it.each(cases)('%s', (text, parts) => {
    const read = readSiteCounts(text);
    if (parts === undefined) expect(read).toBeUndefined();
    else expect(read).toEqual({ total: parts.reduce((a, b) => a + b, 0), parts });
  });
});
