/**
 * The activity that arrives on /api/messages is untrusted JSON. The fields the bot reads
 * beyond the envelope (locale, names, mention entities, joined members) are parsed here with
 * zod; a field of the wrong shape is dropped rather than passed on, so one odd field from a
 * client cannot crash a turn, and the message itself still gets its answer.
 */
import { z } from 'zod';

const optionalText = (max: number) => z.string().max(max).optional().catch(undefined);

const Account = z.looseObject({
  id: z.string().max(1_000),
  name: optionalText(500),
  role: optionalText(50),
});

const Mention = z.looseObject({
  type: z.literal('mention'),
  mentioned: z.looseObject({ id: z.string().max(1_000), name: optionalText(500) }),
  text: z.string().max(1_000),
});

const Entity = z.looseObject({ type: z.string().max(200) });

/** Keeps the items of an array that parse; anything that is not an array becomes undefined. */
function keepValid<T extends z.ZodType>(item: T, max: number) {
  return z
    .unknown()
    .transform((v) => {
      if (!Array.isArray(v)) return undefined;
      return v
        .slice(0, max)
        .map((x) => item.safeParse(x))
        .filter((r) => r.success)
        .map((r) => r.data as z.infer<T>);
    })
    .optional();
}

const ActivityFieldsSchema = z.looseObject({
  locale: optionalText(50),
  from: Account.optional().catch(undefined),
  recipient: Account.optional().catch(undefined),
  conversation: z
    .looseObject({
      id: z.string().min(1).max(1_000),
      conversationType: optionalText(50),
      isGroup: z.boolean().optional().catch(undefined),
    })
    .optional(),
  entities: keepValid(z.union([Mention, Entity.refine((e) => e.type !== 'mention')]), 50),
  membersAdded: keepValid(Account, 100),
  membersRemoved: keepValid(Account, 100),
  name: optionalText(200),
});

/** The activity with malformed optional fields removed (the envelope was checked before). */
export function sanitizeActivity<T extends Record<string, unknown>>(activity: T): T {
  const parsed = ActivityFieldsSchema.safeParse(activity);
  if (!parsed.success) return activity;
  const clean: Record<string, unknown> = { ...parsed.data };
  for (const key of Object.keys(clean)) if (clean[key] === undefined) delete clean[key];
  return clean as T;
}
