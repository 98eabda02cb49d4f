import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { BridgeHandler } from './bridge';

type ProcessActivity = (
  auth: string | Record<string, unknown>,
  activity: Partial<Activity>,
  logic: (context: TurnContext) => Promise<void>,
) => Promise<{ status: number; body?: unknown } | undefined>;

/**
 * A bridge handler that runs `logic` (usually `(ctx) => bot.run(ctx)`) on `adapter` in this
 * process. The bridge marks activities `expectReplies`, so the adapter buffers the replies and
 * returns them instead of POSTing to a serviceUrl. The turn is trusted as the bot's own (it never
 * crossed the network), so it works the same with or without MicrosoftAppId.
 */
export function createInProcessHandler(
  adapter: CloudAdapter,
  logic: (context: TurnContext) => Promise<void>,
  botAppId = '',
): BridgeHandler {
  // processActivity is protected on CloudAdapterBase; it is the one entry point that returns the buffered replies.
  const internals = adapter as unknown as {
    processActivity: ProcessActivity;
    createClaimsIdentity(appId?: string): unknown;
    botFrameworkAuthentication: { createConnectorFactory(identity: unknown): unknown };
  };
  return async (activity) => {
    const claimsIdentity = internals.createClaimsIdentity(botAppId);
    const authResult = {
      claimsIdentity,
      audience: 'https://api.botframework.com',
      callerId: undefined,
      connectorFactory: internals.botFrameworkAuthentication.createConnectorFactory(claimsIdentity),
    };
    const response = await internals.processActivity.call(adapter, authResult, { ...activity, deliveryMode: 'expectReplies' }, logic);
    const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
    return body?.activities ?? [];
  };
}
