/**
 * `npm run chat` as a user meets it: Markdown shown as plain text, how to leave said up front,
 * /quit leaving cleanly. The process tests run the build (node dist/chat.js, what the npm script runs).
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../src/cli/plain-text';
import { tempDataDir } from '../e2e/harness';

describe('markdownToPlainText', () => {
  it.each([
    ['reference **CCA-7F3K2Q**. They will call', 'reference CCA-7F3K2Q. They will call'],
    ['__bold__ and *italic* and _also italic_', 'bold and italic and also italic'],
    ['**$9,702** ($6,702–$12,702)', '$9,702 ($6,702–$12,702)'],
    ['see [the pricing page](https://example.com/p)', 'see the pricing page (https://example.com/p)'],
    ['[https://a.example](https://a.example)', 'https://a.example'],
    ['run `npm start`', 'run npm start'],
    ['# Heading\n## Sub', 'Heading\nSub'],
    // User text the bot escaped stays exactly what the user typed.
    ['name: Ann \\*Star\\* \\[x\\](y) snake\\_case', 'name: Ann *Star* [x](y) snake_case'],
    // Not emphasis: left alone.
    ['5 * 3 = 15 and 2 * 4', '5 * 3 = 15 and 2 * 4'],
    ['snake_case_name and file_name.txt', 'snake_case_name and file_name.txt'],
    ['• Voice*: included\n• SMS*: $200', '• Voice*: included\n• SMS*: $200'],
    ['plain text', 'plain text'],
  ])('%j → %j', (input, expected) => {
    expect(markdownToPlainText(input)).toBe(expected);
  });
});

function runChat(input: string, args: string[] = [], env: Record<string, string> = {}) {
  const proc = spawn(process.execPath, [path.resolve('dist/chat.js'), ...args], {
    env: { ...process.env, DATA_DIR: tempDataDir(), DATABASE_URL: '', LANG: 'en_US.UTF-8', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (c) => (stdout += c));
  proc.stderr!.on('data', (c) => (stderr += c));
  proc.stdin!.end(input);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    proc.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('npm run chat', () => {
  it('says how to leave, answers, and /quit exits 0 with nothing on stderr', async () => {
    const r = await runChat('40 agents, voice and SMS, in the cloud\n/quit\nthis line is never read\n');
    expect(r.stdout).toMatch(/\/quit \(or Ctrl\+D\) ends the chat/);
    expect(r.stdout).toContain('Estimate: 40 agents');
    expect(r.stdout).not.toMatch(/\*\*/);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  // the terminal has no download links: the sentence ended on a colon with nothing after it
  it('asked to email the estimate, it says the links are not here and offers sales instead of a dangling colon', async () => {
    const r = await runChat('20 agents voice cloud\ncan you email me this estimate?\n/quit\n');
    expect(r.stdout).toContain('this chat cannot show download links');
    expect(r.stdout).not.toMatch(/anyone you send it to:\s*\n/);
    expect(r.code).toBe(0);
  }, 60_000);

  // "node dist/chat.js | head -3" threw EPIPE with a stack trace once head had what it wanted
  it('a reader that goes away early ends the chat quietly', async () => {
    const proc = spawn(process.execPath, [path.resolve('dist/chat.js')], {
      env: { ...process.env, DATA_DIR: tempDataDir(), DATABASE_URL: '', LANG: 'en_US.UTF-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr!.on('data', (c) => (stderr += c));
    await new Promise((resolve) => proc.stdout!.once('data', resolve));
    proc.stdout!.destroy();
    proc.stdin!.end('40 agents, voice and SMS, in the cloud\nhow much is that a year?\n/quit\n');
    const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);

  it('speaks Indonesian with an Indonesian LANG', async () => {
    const r = await runChat('/quit\n', [], { LANG: 'id_ID.UTF-8' });
    expect(r.stdout).toContain('/quit (atau Ctrl+D) mengakhiri chat');
    expect(r.code).toBe(0);
  }, 60_000);

  it('--help documents /quit; an unknown argument exits 2 with one line', async () => {
    const help = await runChat('', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Type \/quit or press Ctrl\+D to leave/);
    const bad = await runChat('', ['--fast']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('npm run chat: unknown argument "--fast" (the chat takes none; --help explains it)\n');
  }, 60_000);
  // the receipt after consent printed the whole lead (about 50 lines) a second time, right under the preview
  it('after consent shows the lead once, then the reference; "what did you send?" shows it again', async () => {
    const r = await runChat(['30 agents voice cloud', 'talk to sales', 'Ann Lee', 'ann@contoso.com', 'Contoso', 'skip', 'skip', 'yes', 'what did you send?', '/quit', ''].join('\n'));
    expect(r.stdout.match(/Contact: Ann Lee, Contoso/g)).toHaveLength(2);
    const afterConsent = r.stdout.slice(r.stdout.indexOf('Yes or no?'));
    expect(afterConsent).toMatch(/^[^]*?Advisor: Thank you! Your request is with sales — reference CCA-\w{6}/);
    expect(afterConsent.slice(0, afterConsent.indexOf('Thank you!'))).not.toContain('Contact: Ann Lee');
    expect(afterConsent).toMatch(/This is what I sent to sales \(reference CCA-\w{6}\)[^]*Contact: Ann Lee, Contoso/);
    expect(r.code).toBe(0);
  }, 60_000);
});
