/**
 * What a reply must never contain, whatever the user sent: internals (stack frames, error
 * class names, file paths), the generic crash apology (the turn failed and onTurnError caught
 * it), or the user's own markup reflected so that a card or Teams would render it.
 */
import { dialogStrings } from '../../src/i18n/dialogs';

/** Every string inside a reply (text, card bodies, facts, buttons), with where it was found. */
export function stringsOf(value: unknown, path = '', out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // Images are data: URIs of the chart; ids and addresses are ours or the channel's.
      if (k === 'url' || k === 'id' || k === 'serviceUrl' || k === 'conversation' || k === 'from' || k === 'recipient' || k === 'replyToId') continue;
      stringsOf(v, path ? `${path}.${k}` : k, out);
    }
  }
  return out;
}

const INTERNALS: [string, RegExp][] = [
  ['stack frame', /\bat [\w.<>$]+ \(|\bat (file:\/\/|\/|node:)\S+:\d+/],
  ['error class', /\b(TypeError|ReferenceError|RangeError|SyntaxError|ZodError|SqliteError)\b/],
  ['error prefix', /(^|\s)Error: /],
  ['source path', /(\/work\/|node_modules|\.ts:\d+|\.js:\d+)/],
  ['zod issue dump', /"code":\s*"invalid_|"expected":|"received":/],
  ['undefined/NaN leak', /\b(undefined|NaN)\b|\[object Object\]/],
];

const apologies = [dialogStrings.en.errorApology, dialogStrings.id.errorApology].map((s) => s.split('{ref}')[0].slice(0, 30));

/** Unescaped markup that would render: a raw script/HTML tag or a Markdown link to the fuzz host. */
const RAW_SCRIPT = /(?<!\\)<\s*(script|img|iframe|svg)\b/i;
const RAW_LINK = /(?<!\\)\[[^\]\n]*(?<!\\)\]\(\s*(javascript:|https?:\/\/evil\.example)/i;

/** `sent` is what the user typed: a pattern it already contains (the user's own "NaN") is an echo, not a leak. */
export function problemsIn(reply: unknown, sent = ''): string[] {
  const problems: string[] = [];
  for (const { path, text } of stringsOf(reply)) {
    for (const [name, re] of INTERNALS) if (re.test(text) && !re.test(sent)) problems.push(`${name} in ${path}: ${JSON.stringify(text.slice(0, 200))}`);
    if (apologies.some((a) => text.includes(a))) problems.push(`turn crashed (apology) in ${path}: ${JSON.stringify(text.slice(0, 200))}`);
    if (RAW_SCRIPT.test(text)) problems.push(`raw HTML tag reflected in ${path}: ${JSON.stringify(text.slice(0, 200))}`);
    if (RAW_LINK.test(text)) problems.push(`raw Markdown link reflected in ${path}: ${JSON.stringify(text.slice(0, 200))}`);
  }
  return problems;
}

/** The visible text of replies: text, card fallback text and button titles. */
export function visible(replies: { text?: string; attachments?: { content: unknown }[]; suggestedActions?: unknown }[]): string {
  return replies
    .map((r) => {
      const parts = [r.text ?? ''];
      for (const a of r.attachments ?? []) parts.push(String((a.content as { fallbackText?: string } | undefined)?.fallbackText ?? ''));
      return parts.join('\n');
    })
    .join('\n');
}
