/**
 * A slow turn (PostgreSQL answering through a proxy that adds latency) makes the typing
 * indicator fire, and the channel then refuses it. Found by bench:load, where the PostgreSQL
 * server died mid-run with "TypeError: Cannot perform 'get' on a proxy that has been revoked"
 * at botbuilder-core/src/showTypingMiddleware.ts:59.
 *
 * botbuilder's ShowTypingMiddleware (added in src/app.ts) sends typing from a timer and, when
 * that send fails, calls `context.adapter.onTurnError(context, err)`:
 * - if the turn has already ended, `context` is a revoked proxy, the catch block itself throws,
 *   the rejection is unhandled and Node ends the whole process;
 * - if the turn is still running, the app's onTurnError runs for a turn that did not fail: it
 *   awaits db.ping() and then reads `context.activity` (src/app.ts, the 'turn failed' log line);
 *   when the turn has ended meanwhile that read throws on the revoked proxy and the process dies
 *   the same way; when it has not, the user gets an apology and the dialog stack is deleted.
 * src/typing-indicator.ts replaced it: typing failures are logged and ignored, nothing is sent
 * after the turn, and onTurnError cannot throw. The cases below failed before that change.
 */
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { BotProcess, freePort } from '../scale/processes';
import { ChannelRecorder, Conversation, visibleText } from '../scale/channel';
import { TcpProxy } from './tcp-proxy';
import { PG_AVAILABLE, createScratchDatabase, type ScratchDatabase } from '../storage/pg-scratch';
import { dialogStrings } from '../../src/i18n/dialogs';

const APOLOGY = dialogStrings.en.errorApology.split('(')[0]!.trim();
// ShowTypingMiddleware(800, …) in src/app.ts: a turn longer than 800 ms sends typing.
const DB_LATENCY_MS = 500;

describe.skipIf(!PG_AVAILABLE)('typing indicator on a slow turn', () => {
  let scratch: ScratchDatabase;
  let proxy: TcpProxy;
  let bot: BotProcess | undefined;
  let databaseUrl: string;
  const recorder = new ChannelRecorder();

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    const direct = new URL(scratch.url);
    proxy = await new TcpProxy(direct.hostname, Number(direct.port || 5432)).start();
    const viaProxy = new URL(scratch.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    databaseUrl = viaProxy.toString();
    await recorder.start();
  }, 60_000);
  afterEach(async () => {
    await bot?.kill();
    bot = undefined;
    proxy.latencyMs = 0;
    recorder.answer = () => ({ status: 200 });
  });
  afterAll(async () => {
    await proxy?.cut();
    await recorder.stop();
    await scratch?.drop();
  });

  async function slowTurn(answerTyping: { status: number; delayMs?: number }, latencyMs = DB_LATENCY_MS) {
    bot = await new BotProcess(await freePort(), { DATABASE_URL: databaseUrl }).start();
    const c = new Conversation(() => bot!.url, recorder);
    let typing = 0;
    recorder.answer = (a) => (a.type === 'typing' ? (typing++, answerTyping) : { status: 200 });
    proxy.latencyMs = latencyMs;
    const reply = await c.say('50 agents, voice and SMS, cloud');
    return { reply, typing: () => typing, later: () => visibleText(recorder.take(c.id)) };
  }

  it('the slow turn does send typing (so the cases below exercise the timer)', async () => {
    const { reply, typing } = await slowTurn({ status: 200 });
    expect(reply).toContain('Estimate: 50 agents');
    expect(typing()).toBeGreaterThan(0);
  }, 30_000);

  it('a typing indicator refused during the turn changes nothing: no apology, the process lives', async () => {
    const { reply, typing, later } = await slowTurn({ status: 400 });
    expect(typing()).toBeGreaterThan(0);
    expect(reply).toContain('Estimate: 50 agents');
    // onTurnError pings the database (slow here) before it answers, so its apology may come after the reply.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(bot!.alive, bot!.stderrTail).toBe(true);
    expect(reply + later()).not.toContain(APOLOGY);
  }, 30_000);

  it('a typing indicator refused after the turn ended does not kill the process', async () => {
    const { reply, typing } = await slowTurn({ status: 400, delayMs: 2_000 });
    expect(reply).toContain('Estimate: 50 agents');
    expect(typing()).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(bot!.alive, bot!.stderrTail).toBe(true);
  }, 30_000);
});
