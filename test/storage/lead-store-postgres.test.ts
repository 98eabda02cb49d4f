import { afterAll, beforeAll, describe } from 'vitest';
import type pg from 'pg';
import { createPool, migratePostgres } from '../../src/storage/postgres';
import { PostgresLeadStore } from '../../src/storage/postgres-lead-store';
import { leadStoreConformance } from './lead-conformance';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from './pg-scratch';

describe.runIf(PG_AVAILABLE)('PostgreSQL lead store', () => {
  let scratch: ScratchDatabase;
  const pools: pg.Pool[] = [];
  let main: pg.Pool;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    main = createPool(scratch.url);
    pools.push(main);
    await migratePostgres(main);
  });
  afterAll(async () => {
    for (const p of pools) await p.end().catch(() => {});
    await scratch?.drop();
  });

  leadStoreConformance('PostgresLeadStore', async () => {
    await main.query('TRUNCATE leads, outbox, bot_state');
    return {
      store: new PostgresLeadStore(main),
      other: async () => {
        const p = createPool(scratch.url);
        pools.push(p);
        return new PostgresLeadStore(p);
      },
      reopen: async () => {
        const p = createPool(scratch.url);
        pools.push(p);
        await migratePostgres(p);
        return new PostgresLeadStore(p);
      },
      dump: async () => {
        const parts = [];
        for (const t of ['leads', 'outbox', 'bot_state']) parts.push(JSON.stringify((await main.query(`SELECT * FROM ${t}`)).rows));
        return parts.join('\n');
      },
    };
  });
});
