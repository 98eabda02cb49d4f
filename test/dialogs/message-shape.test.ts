import { describe, expect, it } from 'vitest';
import { extractSlots } from '../../src/nlu';
import { isEditLike, isQuestionLike } from '../../dialogs/message-shape';

/** [message, is it a scenario edit?] — the router's decision between re-pricing and answering. */
const cases: [string, boolean][] = [
  ['make it 80 agents', true],
  ['what about on-prem?', true],
  ['and hybrid?', true],
  ['hybrid?', true],
  ['add SMS', true],
  ['drop social', true],
  ['assume 10,000 SMS a month', true],
  ['how much for 40 agents?', true],
  ['bagaimana kalau hibrida?', true],
  ['tambah SMS', true],
  ['cloud', true],
  ['why is on-prem storage more expensive?', false],
  ['how much does an SMS cost?', false],
  ['and what does WFM cost per agent?', false],
  ['is cloud cheaper long term?', false],
  ['kenapa penyimpanan lokal lebih mahal?', false],
  ['apakah email sudah termasuk lisensi?', false],
  ['what are the cons of hybrid', false],
];

describe('message shape: edit or question', () => {
  it.each(cases)('%s → edit: %s', (text, edit) => {
    const ex = extractSlots(text);
    expect(isEditLike(text, ex)).toBe(edit);
    if (!edit) expect(isQuestionLike(text, ex)).toBe(true);
  });
});
