import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, DEFAULT_CATALOG_FILE, loadCatalog, parseCatalog, REQUIRED_ENTRIES } from '../../src/cost/catalog';
import { estimate } from '../../src/cost/estimate';

const shipped = JSON.parse(readFileSync(DEFAULT_CATALOG_FILE, 'utf8'));
const clone = () => structuredClone(shipped) as { entries: Record<string, unknown>[]; presets: Record<string, unknown> };
const entry = (c: ReturnType<typeof clone>, id: string) => c.entries.find((e) => e.id === id)!;

describe('shipped catalog', () => {
  it('validates and holds every entry the engine prices with', () => {
    const catalog = loadCatalog();
    const ids = catalog.entries.map((e) => e.id);
    for (const id of REQUIRED_ENTRIES) expect(ids).toContain(id);
  });

  it('gives every assumption a reason in both languages', () => {
    for (const e of loadCatalog().entries) {
      if (e.assumption !== false) {
        expect(e.reason?.en, e.id).toBeTruthy();
        expect(e.reason?.id, e.id).toBeTruthy();
      }
    }
  });

  it('keeps the figures the source gives', () => {
    const byId = new Map(loadCatalog().entries.map((e) => [e.id, e]));
    expect([byId.get('platform_subscription')!.low, byId.get('platform_subscription')!.high]).toEqual([50, 200]);
    // Twilio's all-in average cost of a voice minute (agent time included): a benchmark, never a price.
    expect(byId.get('voice_all_in_minute')).toMatchObject({ low: 0.5, typical: 1.1, high: 1.75, benchmark: true, assumption: false });
    expect(byId.get('voice_per_call')).toMatchObject({ typical: 6, benchmark: true });
    expect(byId.get('social_interaction')).toMatchObject({ typical: 1, benchmark: true });
    expect([byId.get('social_channel')!.low, byId.get('social_channel')!.high]).toEqual([10, 50]);
    expect(byId.get('sms')!.typical).toBe(0.01);
    expect(byId.get('mms')!.typical).toBe(0.03);
    expect(byId.get('storage_cloud')!.typical).toBe(1350);
    expect(byId.get('storage_onprem')!.typical).toBe(2100);
    expect(byId.get('egress')!.typical).toBe(0.08);
    expect(byId.get('egress_free_allowance')!.typical).toBe(100);
    expect([byId.get('wfm')!.low, byId.get('wfm')!.high]).toEqual([6, 20]);
    expect(byId.get('custom_integration')!.unit).toBe('one_time');
  });
});

describe('figures the source does not give', () => {
  it('are all labelled assumptions with a reason, and no sourced figure pretends otherwise', () => {
    for (const e of loadCatalog().entries) {
      if (e.source === 'assumption') expect(e.assumption, e.id).toBe(true);
      if (e.assumption === false) expect(e.source, e.id).not.toBe('assumption');
    }
  });

  it('keep benchmarks out of every total: the $1.10 minute, the $6 call and the $1 interaction price nothing', () => {
    const catalog = loadCatalog();
    const benchmarks = catalog.entries.filter((e) => e.benchmark).map((e) => e.id);
    expect(benchmarks.sort()).toEqual(['social_interaction', 'voice_all_in_minute', 'voice_per_call']);
    for (const id of benchmarks) expect(REQUIRED_ENTRIES as readonly string[]).not.toContain(id);
    // Tripling the benchmarks changes no estimate.
    const changed = structuredClone(catalog);
    for (const e of changed.entries) if (e.benchmark) Object.assign(e, { low: e.low * 3, typical: e.typical * 3, high: e.high * 3 });
    const input = { agents: 40, channels: ['voice', 'social'] as ('voice' | 'social')[], deployment: 'hybrid' as const, voiceBilling: 'metered' as const, volumes: { socialInteractionsPerMonth: 9000 } };
    expect(estimate(input, parseCatalog(changed)).comparison).toEqual(estimate(input, catalog).comparison);
  });

  it('mark the figures where more means cheaper as inverse', () => {
    const inverse = loadCatalog().entries.filter((e) => e.inverse).map((e) => e.id).sort();
    expect(inverse).toEqual(['onprem_it_seats_per_fte', 'onprem_refresh_years', 'onprem_seats_per_server_pair']);
  });
});

describe('broken catalog', () => {
  const cases: { name: string; mutate: (c: ReturnType<typeof clone>) => void; message: RegExp }[] = [
    { name: 'missing field', mutate: (c) => delete entry(c, 'sms').typical, message: /entry "sms" field "typical": is required/ },
    { name: 'negative price', mutate: (c) => (entry(c, 'mms').low = -1), message: /entry "mms" field "low": must not be negative/ },
    { name: 'low above typical', mutate: (c) => (entry(c, 'wfm').low = 15), message: /entry "wfm" field "low": low \(15\) is above typical \(13\)/ },
    { name: 'typical above high', mutate: (c) => (entry(c, 'voice_all_in_minute').typical = 2), message: /entry "voice_all_in_minute" field "typical": typical \(2\) is above high \(1.75\)/ },
    { name: 'unknown unit', mutate: (c) => (entry(c, 'egress').unit = 'per_fortnight'), message: /entry "egress" field "unit": unknown unit .*\(got "per_fortnight"\)/ },
    { name: 'duplicate id', mutate: (c) => c.entries.push({ ...entry(c, 'sms') }), message: /entry "sms" field "id": duplicate id/ },
    { name: 'price not a number', mutate: (c) => (entry(c, 'storage_cloud').high = '1350'), message: /entry "storage_cloud" field "high"/ },
    { name: 'assumption without reason', mutate: (c) => delete entry(c, 'onprem_it_fte_cost').reason, message: /entry "onprem_it_fte_cost" field "reason": is required/ },
    { name: 'zero seats per administrator', mutate: (c) => Object.assign(entry(c, 'onprem_it_seats_per_fte'), { low: 0 }), message: /entry "onprem_it_seats_per_fte" field "low": must be above 0/ },
    { name: 'zero-year hardware cycle', mutate: (c) => Object.assign(entry(c, 'onprem_refresh_years'), { low: 0 }), message: /entry "onprem_refresh_years" field "low": must be above 0/ },
    { name: 'zero IT step', mutate: (c) => Object.assign(entry(c, 'onprem_it_fte_step'), { low: 0, typical: 0, high: 0 }), message: /entry "onprem_it_fte_step" field "low": must be above 0/ },
    { name: 'maintenance above 100% a year', mutate: (c) => Object.assign(entry(c, 'onprem_maintenance_rate'), { high: 1.5 }), message: /entry "onprem_maintenance_rate" field "high": a ratio/ },
    { name: 'missing label language', mutate: (c) => delete (entry(c, 'sms').label as Record<string, string>).id, message: /entry "sms" field "label.id": is required/ },
    { name: 'entry without id', mutate: (c) => delete c.entries[0]!.id, message: /entry #1 field "id": is required/ },
    { name: 'required entry removed', mutate: (c) => (c.entries = c.entries.filter((e) => e.id !== 'wfm')), message: /entry "wfm" is missing/ },
    { name: 'negative preset volume', mutate: (c) => ((c.presets.small as Record<string, number>).sms = -3), message: /field "presets.small.sms": must not be negative/ },
    { name: 'ratio above 1', mutate: (c) => Object.assign(entry(c, 'hybrid_cloud_share'), { low: 2, typical: 2, high: 2 }), message: /entry "hybrid_cloud_share" field "high": a ratio/ },
  ];

  it.each(cases)('$name', ({ mutate, message }) => {
    const broken = clone();
    mutate(broken);
    let error: unknown;
    try {
      parseCatalog(broken);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CatalogError);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('names a file that is not JSON', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
    const file = path.join(dir, 'catalog.json');
    writeFileSync(file, '{ "entries": [ oops ]');
    expect(() => loadCatalog(file)).toThrow(/catalog\.json is not valid JSON/);
    expect(() => loadCatalog(path.join(dir, 'absent.json'))).toThrow(/cannot be read: ENOENT/);
  });
});
