/** .env.example documents every variable the service and the Teams packager read, and works as a .env as it is. */
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, loadConfig } from '../../src/config';
import { TeamsPackageInputSchema } from '../../src/teams/manifest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const example = dotenv.parse(fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8'));

describe('.env.example', () => {
  it.each([...Object.keys(ConfigSchema.shape), ...Object.keys(TeamsPackageInputSchema.shape)])('documents %s', (name) => {
    expect(Object.keys(example)).toContain(name);
  });

  it('starts the service in local mode when copied to .env unchanged', () => {
    const config = loadConfig(example);
    expect(config.MicrosoftAppId).toBeUndefined();
    expect(config.PORT).toBe(3978);
  });

  it('suggests a registration type Azure still creates', () => {
    expect(example.MicrosoftAppType).toBe('SingleTenant');
  });
});
