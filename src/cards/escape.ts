/**
 * User-supplied text shown back inside a card (a name, a company, a question) must not
 * become markup: Adaptive Card TextBlocks and FactSet values render a Markdown subset,
 * so a "name" like `[click](http://evil)` would otherwise turn into a link.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}
