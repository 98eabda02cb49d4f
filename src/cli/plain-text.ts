/**
 * The bot writes for channels that render Markdown (Web Chat, Teams); a terminal does not, so
 * `npm run chat` shows the same replies with the markup taken out: `**ref**` → `ref`,
 * `[label](url)` → `label (url)`, backslash escapes → the character. Asterisks and underscores
 * that are not emphasis (`5 * 3`, `snake_case`) stay as they are.
 */
export function markdownToPlainText(text: string): string {
  const escaped: string[] = [];
  // Escaped characters are set aside first, so `\*` is never read as emphasis.
  let out = text.replace(/\\([\\`*_[\]<>#+\-.!])/g, (_m, c: string) => `\u0000${escaped.push(c) - 1}\u0000`);
  out = out
    .replace(/^(\s{0,3})#{1,6}\s+/gm, '$1')
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])/g, '$1$2');
  return out.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => escaped[Number(i)]!);
}
