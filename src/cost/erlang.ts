import { z } from 'zod';
import { t } from '../i18n/index';
import { costStrings } from '../i18n/cost';

export const ErlangInputSchema = z.object({
  calls: z.number().finite().nonnegative(),
  periodSeconds: z.number().finite().positive(),
  ahtSeconds: z.number().finite().positive(),
  targetSeconds: z.number().finite().nonnegative(),
  /** 0..1, e.g. 0.8 for "80% answered within targetSeconds". */
  targetServiceLevel: z.number().min(0).max(0.999),
  /** 0..0.9: the share of paid time agents are not on the phones (breaks, training, absence). */
  shrinkage: z.number().min(0).max(0.9).default(0),
});
export type ErlangInput = z.input<typeof ErlangInputSchema>;

export type ErlangResult = {
  trafficErlangs: number;
  agents: number;
  serviceLevel: number;
  asaSeconds: number;
  occupancy: number;
  agentsWithShrinkage: number;
};

/** Probability that a call waits (Erlang C), via the stable Erlang B recurrence. */
export function erlangCProbability(agents: number, traffic: number): number {
  if (agents <= traffic) return 1;
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (traffic * b) / (n + traffic * b);
  return b / (1 - (traffic / agents) * (1 - b));
}

const MAX_AGENTS = 100_000;

/** Smallest number of agents meeting the service-level target, with its figures. */
export function erlangC(input: ErlangInput): ErlangResult {
  const p = ErlangInputSchema.parse(input);
  const traffic = (p.calls * p.ahtSeconds) / p.periodSeconds;
  if (traffic === 0) {
    return { trafficErlangs: 0, agents: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, agentsWithShrinkage: 0 };
  }
  for (let n = Math.max(1, Math.floor(traffic) + 1); n <= MAX_AGENTS; n++) {
    const pw = erlangCProbability(n, traffic);
    const serviceLevel = 1 - pw * Math.exp((-(n - traffic) * p.targetSeconds) / p.ahtSeconds);
    if (serviceLevel >= p.targetServiceLevel) {
      return {
        trafficErlangs: traffic,
        agents: n,
        serviceLevel,
        asaSeconds: (pw * p.ahtSeconds) / (n - traffic),
        occupancy: traffic / n,
        agentsWithShrinkage: Math.ceil(n / (1 - p.shrinkage) - 1e-9),
      };
    }
  }
  throw new RangeError(t(costStrings, 'en', 'erlang.tooMany', { max: MAX_AGENTS, traffic: traffic.toFixed(1) }));
}
