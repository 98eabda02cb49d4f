/**
 * User-supplied text shown back inside a card (a name, a company, a question) must not
 * become markup: Adaptive Card TextBlocks and FactSet values render a Markdown subset,
 * so a "name" like `[click](http://evil)` would otherwise turn into a link.
 */
export function escapeMarkdown(text: string): string {
  // Only the characters that start emphasis, links, code or HTML; dots and dashes stay readable
  // (emails, phone numbers), and a leading "1." / "-" / "#" cannot start a block inside one line.
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/^(\s*)([#+\-]|\d+\.)/, '$1\\$2');
}
