/**
 * Whole Indonesian conversations through the real bot (interpret → decide → render, the real
 * catalog, knowledge base and lead store), on a card channel (Web Chat: every TextBlock, fact and
 * button of every card) and on a text channel (the plain-text fallback). Every reply is scanned for
 * the defect classes of the Indonesian review (issue #15): nested brackets, ISO timestamps and
 * dates, raw codes ("Bahasa: id", enum ids), numbers of 1.000 or more without grouping, variants the
 * glossary rejects, and a bare "$" (dollars are US$, rupiah Rp). Then the currency and WhatsApp
 * behaviour, in both languages.
 */
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, textOf, type Harness } from '../conversation/harness';
import { REFERENCE_PATTERN } from '../../src/handoff/lead-schema';
import { findRejected, loadGlossary } from './glossary';

const glossary = loadGlossary();

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Every string a visitor can read in a card: text blocks, facts, columns, buttons, alt texts. */
function cardTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => cardTexts(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === 'data' || k === 'url' || k === 'id' || k === '$schema' || k === 'targetElements') continue;
      // a choice shows its title; its value is what the card sends back
      if (k === 'choices' && Array.isArray(v)) {
        for (const choice of v as { title?: string }[]) if (choice.title) out.push(choice.title);
        continue;
      }
      if (typeof v === 'string' && ['text', 'title', 'value', 'altText', 'fallbackText', 'placeholder', 'label'].includes(k)) out.push(v);
      else cardTexts(v, out);
    }
  }
  return out;
}

function visibleTexts(activities: Partial<Activity>[]): string[] {
  return activities.flatMap((a) => [
    textOf(a),
    ...(a.attachments ?? []).flatMap((att) => cardTexts(att.content)),
  ]).filter(Boolean);
}

/** Lead references ("CCA-5363FX") are codes, not quantities: their digits are random and never grouped. */
function isInsideReference(text: string, at: number): boolean {
  const start = text.lastIndexOf('CCA-', at);
  return start >= 0 && at - start <= 10 && REFERENCE_PATTERN.test(text.slice(start, start + 10));
}

const CHECKS: { name: string; find: (text: string) => string | undefined }[] = [
  { name: 'nested brackets', find: (s) => /\([^()\n]*\([^()\n]*\)[^()\n]*\)/.exec(s)?.[0] },
  { name: 'ISO timestamp or date', find: (s) => /\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}[^\s]*)?/.exec(s)?.[0] },
  { name: 'raw language code', find: (s) => /\b(?:Bahasa|Language): (?:id|en)\b/.exec(s)?.[0] },
  {
    name: 'enum id',
    find: (s) => /\b(?:onPremises|webchat|voiceMinutesPerMonth|per_agent_month|ratio_per_year|essential|standard tier|undefined|NaN)\b/.exec(s)?.[0],
  },
  { name: 'unfilled placeholder', find: (s) => /\{\w+\}/.exec(s)?.[0] },
  // 1990–2099 are years ("1 Desember 2026", "artikel tahun 2024")
  { name: 'number of 1.000 or more without grouping', find: (s) => [...s.matchAll(/(?<![\d.,\w])\d{4,}(?![\d.,]\d)/g)].filter((m) => !isInsideReference(s, m.index ?? 0)).map((m) => m[0]).find((n) => !/^(?:19|20)\d\d$/.test(n)) },
  { name: 'bare dollar sign', find: (s) => /(?<!US)\$\s?\d/.exec(s)?.[0] },
  { name: 'Indonesian "M" for millions', find: (s) => /\d M\b/.exec(s)?.[0] },
];

function defects(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const c of CHECKS) {
      const hit = c.find(text);
      if (hit) out.push(`${c.name}: "${hit}" in "${text.slice(0, 160)}"`);
    }
    for (const f of findRejected(glossary, 'reply', text)) out.push(`glossary (${f.concept}): "${f.match}" → ${f.use} in "${f.text}"`);
  }
  return out;
}

type Step = [input: string, expected?: (string | RegExp)[]];

/** Conversations as Indonesian visitors type them; the visitor's own words avoid rejected terms, since summaries quote them. */
const conversations: { name: string; steps: Step[] }[] = [
  {
    name: 'on-premise with WhatsApp, comparison, tier, a knowledge question, staffing, the sales handoff',
    steps: [
      ['halo', ['Penasihat Biaya Pusat Kontak']],
      ['30 agen, telepon dan WhatsApp, on-premise', ['WhatsApp', /Rp \d/, 'Kurs Rp 16.500 per dolar AS', 'PPN 11%']],
      ['bandingkan ketiganya', ['Paling murah selama 3 tahun']],
      ['ganti ke paket premium', ['paket platform Standar → Premium']],
      // the storage line of their own estimate (the knowledge answer or the line's explanation: both name the deployment)
      ['berapa biaya penyimpanan untuk kami?', [/on-premise/, /Penyimpanan/i, /Rp \d/]],
      ['dari mana angka penyimpanan?'],
      ['berapa per tahun?'],
      ['berapa agen yang dibutuhkan untuk 2000 panggilan per hari?', ['2.000 panggilan']],
      ['hubungi sales', ['Siapa nama Anda?']],
      ['Budi Santoso'],
      ['budi@contoh.co.id'],
      ['PT Contoh Sejahtera'],
      ['lewati'],
      ['lewati', ['Bolehkah tim sales']],
      ['ya', ['WIB', 'Bahasa: Indonesia']],
      ['apa yang dikirim?', ['WIB']],
    ],
  },
  {
    name: 'cloud then hybrid, assumptions, egress, a message that is too long',
    steps: [
      ['estimasi 40 agen, telepon, sms, cloud', ['Estimasi: 40 agen, telepon dan SMS, cloud']],
      ['bagaimana kalau hibrida?', ['Skenario yang sama dengan model hibrida']],
      ['ganti ke hibrida', ['Perubahan: model penerapan cloud → hibrida', '50%']],
      ['asumsi apa saja yang dipakai?'],
      ['apa itu egress?', ['Egress adalah data yang keluar']],
      ['x'.repeat(5000), ['5.000 karakter', 'batasnya 2.000']],
    ],
  },
  {
    name: 'casual, step by step, volumes and add-ons, currency back and forth',
    steps: [
      ['hitung dong', ['Berapa jumlah agen']],
      ['25'],
      ['telepon, email, live chat'],
      ['cloud', ['volume tipikal untuk 25 agen']],
      ['10.000 SMS sebulan, dengan WFM'],
      ['tambah sms', [/Rp \d/]],
      ['dalam dolar', ['dolar AS (US$)', /US\$\d/]],
      ['berapa per agen?', [/US\$\d/]],
      ['pakai rupiah', ['dalam rupiah', /Rp \d/]],
      ['hapus sms', ['SMS dihapus']],
    ],
  },
];

describe('the ungrouped-number check', () => {
  const check = CHECKS.find((c) => c.name.startsWith('number of 1.000'))!;
  // a reference with four digits in a row failed the Indonesian conversations at random (CI, 2026-12-01)
  it.each([
    ['Referensi CCA-5363FX', undefined],
    ['referensi **CCA-7F3K2Q**, 1.200 agen', undefined],
    ['Terima kasih, tahun 2026', undefined],
    ['total 5363 agen', '5363'],
    ['CCA-5363FX untuk 12000 menit', '12000'],
  ])('%s', (text, flagged) => {
    expect(check.find(text)).toBe(flagged);
  });
});

describe('Indonesian conversations: every reply free of the review\'s defect classes', () => {
  for (const channel of ['webchat', 'test'] as const) {
    for (const c of conversations) {
      it(`${c.name} (${channel === 'webchat' ? 'cards' : 'text'})`, async () => {
        h = await createHarness(channel, 'id-ID');
        const found: string[] = [];
        let replies = 0;
        for (const [input, expected = []] of c.steps) {
          await h.say(input);
          const texts = visibleTexts(h.last);
          replies += h.last.length;
          expect(texts.length, `no reply to "${input.slice(0, 40)}"`).toBeGreaterThan(0);
          const all = texts.join('\n');
          for (const e of expected) {
            if (typeof e === 'string') expect(all, `after "${input.slice(0, 40)}"`).toContain(e);
            else expect(all, `after "${input.slice(0, 40)}"`).toMatch(e);
          }
          found.push(...defects(texts).map((d) => `after "${input.slice(0, 40)}": ${d}`));
        }
        expect(replies).toBeGreaterThanOrEqual(c.steps.length);
        expect(found).toEqual([]);
      }, 60_000);
    }
  }
});

describe('rupiah and WhatsApp in both languages', () => {
  it.each([
    ['en-US', 'in rupiah', 'Rupiah at Rp 16,500 per US dollar (1 December 2026', /Rp \d{1,3}(?:,\d{3})+/],
    ['id-ID', 'dalam dolar', 'Harga dalam dolar AS, belum termasuk pajak.', /US\$\d{1,3}(?:\.\d{3})+/],
  ] as const)('%s: "%s" re-shows the estimate in the other currency, with its note, and keeps it', async (locale, ask, note, amount) => {
    h = await createHarness('test', locale);
    await h.say(locale === 'en-US' ? '40 agents, voice and sms, cloud' : '40 agen, telepon dan sms, cloud');
    await h.say(locale === 'en-US' ? 'skip' : 'lewati');
    const replies = (await h.say(ask)).join('\n');
    expect(replies).toContain(note);
    expect(replies).toMatch(amount);
    expect((await h.state()).currency).toBe(locale === 'en-US' ? 'IDR' : 'USD');
    // the choice stays for the next estimate
    const next = (await h.say(locale === 'en-US' ? 'make it 60 agents' : 'jadikan 60 agen')).join('\n');
    expect(next).toMatch(amount);
    if (locale === 'en-US') expect(next).toContain('PPN 11%');
  });

  it('English starts in dollars, Indonesian in rupiah; a yes/no question about the currency is answered, not obeyed', async () => {
    h = await createHarness('test', 'en-US');
    expect((await h.say('40 agents, voice, cloud')).join('\n')).toMatch(/\$\d{1,3}(,\d{3})+/);
    const asked = (await h.say('are these prices in USD?')).join('\n');
    expect(asked).toContain('US dollars');
    // the question switched nothing: the currency is the one the first estimate was shown in, and stays
    expect((await h.state()).currency).toBe('USD');
    expect((await h.say('make it 50 agents')).join('\n')).toMatch(/\$\d{1,3}(,\d{3})+/);
  });

  // one English message in an Indonesian conversation turned rupiah into dollars
  it('the currency of the first estimate stays when the language of the conversation changes', async () => {
    h = await createHarness('test', 'id-ID');
    expect((await h.say('20 agen voice cloud')).join('\n')).toMatch(/Rp \d{1,3}(\.\d{3})+/);
    const english = (await h.say('what about hybrid?')).join('\n');
    expect(english).toMatch(/The same scenario hybrid: about Rp /);
    expect(english).not.toMatch(/\$\d/);
    expect((await h.say('dalam dolar aja')).join('\n')).toMatch(/US\$\d{1,3}(\.\d{3})+/);
  });

  it.each([
    ['en-US', '40 agents, voice and WhatsApp, in the cloud', ['I priced WhatsApp with the source\'s social media channel figures', 'WhatsApp: priced as the social media channel', 'Social media channel (WhatsApp)']],
    ['id-ID', '40 agen, telepon dan WhatsApp, di cloud', ['WhatsApp saya hitung dengan angka saluran media sosial', 'WhatsApp: dihitung sebagai saluran media sosial', 'Saluran media sosial (WhatsApp)']],
  ] as const)('%s: WhatsApp is named, priced on a labelled assumption, and stays changeable', async (locale, text, expected) => {
    h = await createHarness('test', locale);
    const first = (await h.say(text)).join('\n');
    for (const e of expected) expect(first).toContain(e);
    // every later estimate still lists the assumption
    const again = (await h.say(locale === 'en-US' ? 'make it 50 agents' : 'jadikan 50 agen')).join('\n');
    expect(again).toContain(expected[1]);
    // and dropping the social channel drops it
    const dropped = (await h.say(locale === 'en-US' ? 'drop social' : 'hapus media sosial')).join('\n');
    expect(dropped).not.toContain(expected[1]);
  });
});
