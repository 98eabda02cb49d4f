/**
 * One structured log line per turn: ids, channel, activity type, duration and how many
 * replies went out — never the text, so no personal data reaches the logs.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';

export class TurnLoggingMiddleware implements Middleware {
  constructor(private readonly log: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = performance.now();
    let replies = 0;
    context.onSendActivities(async (_ctx, activities, send) => {
      replies += activities.filter((a) => a.type === 'message').length;
      return send();
    });
    try {
      await next();
    } finally {
      const a = context.activity;
      this.log.info(
        {
          turnId: a.id,
          conversationId: a.conversation?.id,
          channelId: a.channelId,
          activityType: a.type,
          cardSubmit: a.value !== undefined,
          replies,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'turn',
      );
    }
  }
}
