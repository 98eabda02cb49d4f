/** The fuzz oracle must be able to fail: each kind of bad reply is caught, each good one passes. */
import { describe, expect, it } from 'vitest';
import { problemsIn } from './checks';
import { dialogStrings } from '../../src/i18n/dialogs';
import { escapeMarkdown } from '../../src/cards/escape';
import { EVIL_LINK, EVIL_SCRIPT } from './hostile-inputs';

const card = (text: string) => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { body: [{ type: 'TextBlock', text }] } }] });

describe('problemsIn', () => {
  it.each([
    ['a stack frame', { text: 'oops\n    at Foo.bar (/work/main/src/bot.ts:75:17)' }, 'stack frame'],
    ['an error class', { text: 'TypeError: name.trim is not a function' }, 'error class'],
    ['the crash apology', { text: dialogStrings.en.errorApology.replace('{ref}', 'abc') }, 'turn crashed'],
    ['the Indonesian crash apology', { text: dialogStrings.id.errorApology.replace('{ref}', 'abc') }, 'turn crashed'],
    ['a raw script tag in a card', card(`Name: ${EVIL_SCRIPT}`), 'raw HTML tag'],
    ['a raw Markdown link in a card', card(`Hi ${EVIL_LINK}`), 'raw Markdown link'],
    ['a raw Markdown link in a button', { suggestedActions: { actions: [{ title: EVIL_LINK, value: 'x' }] } }, 'raw Markdown link'],
    ['[object Object]', { text: 'You said [object Object]' }, 'undefined/NaN leak'],
  ])('catches %s', (_name, reply, kind) => {
    expect(problemsIn(reply).join('\n')).toContain(kind);
  });

  it.each([
    ['an escaped script tag', card(`Name: ${escapeMarkdown(EVIL_SCRIPT)}`)],
    ['an escaped Markdown link', card(`Hi ${escapeMarkdown(EVIL_LINK)}`)],
    ['the user echoing their own NaN', { text: '"NaN agents" is not a number' }],
    ['an ordinary estimate line', { text: 'Estimate: 40 agents, voice, cloud' }],
  ])('passes %s', (_name, reply) => {
    expect(problemsIn(reply, 'NaN agents')).toEqual([]);
  });
});
