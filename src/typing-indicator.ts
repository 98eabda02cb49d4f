/**
 * "…is typing" on slow turns. botbuilder's ShowTypingMiddleware sends from a timer and hands a
 * failed send to adapter.onTurnError — for a turn that did not fail, and, once the turn has
 * ended, on a revoked context whose access throws out of the timer and ends the process
 * (test/faults/typing-indicator.test.ts). A typing indicator is a courtesy: its failures are
 * logged and otherwise ignored, and nothing is sent after the turn ends.
 */
import { ActivityTypes, DeliveryModes, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';

export class TypingIndicatorMiddleware implements Middleware {
  constructor(
    private readonly log: Logger,
    private readonly delayMs = 800,
    private readonly periodMs = 2_000,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    // Replies buffered into the HTTP response (expectReplies) arrive all at once: typing would only add noise.
    if (context.activity.type !== ActivityTypes.Message || context.activity.deliveryMode === DeliveryModes.ExpectReplies) {
      return next();
    }
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const turnId = context.activity.id;
    const send = async () => {
      if (finished) return;
      try {
        await context.sendActivity({ type: ActivityTypes.Typing });
      } catch (err) {
        this.log.debug({ turnId, err: { message: (err as Error)?.message } }, 'typing indicator not delivered');
      }
      if (!finished) timer = setTimeout(() => void send(), this.periodMs);
    };
    timer = setTimeout(() => void send(), this.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }
}
