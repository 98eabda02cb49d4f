import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A scratch PostgreSQL database per test file, created from TEST_DATABASE_URL (default: the
 * local trust-auth server) and dropped afterwards. Under CI an unreachable server is a failure;
 * locally the suite is skipped with a visible message.
 */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (err) {
    if (process.env.CI) throw new Error(`PostgreSQL is required under CI but ${ADMIN_URL} is unreachable: ${String(err)}`);
    console.warn(`\n*** SKIPPING PostgreSQL tests: ${ADMIN_URL} is unreachable (${String(err)}) ***\n`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** top-level await in a test file: reachable or (locally) skip. */
export const PG_AVAILABLE = await postgresReachable();

export type ScratchDatabase = { url: string; drop(): Promise<void> };

export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const name = `cca_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
