/** The skill the fuzz suites send events to: the real skill, an in-memory store, the skill-id check on. */
import fc from 'fast-check';
import { createSkill } from '../../../lambda/skill';
import { TEST_SKILL_ID } from '../../../harness/envelopes';
import { testDeps } from '../../../harness/skill';
import { wire } from './values';
import { failureOf, outcomeOf } from './oracle';

/** Sends one raw event (anything at all) to a freshly built skill's Lambda handler. */
export function fuzzTarget(): (event: unknown) => Promise<unknown> {
  const { handler } = createSkill(testDeps({ skillId: TEST_SKILL_ID }));
  return (event) => handler(event, {});
}

/** fast-check's seed: fixed so `npm test` is repeatable; set FUZZ_SEED to explore other cases. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261126);

/**
 * Runs `numRuns` events through `send` (as they would arrive on the wire); each must have an outcome
 * (see `outcomeOf`) that `expected` allows. The first failure, shrunk, or undefined.
 */
export async function fuzzOutcomes(
  send: (event: unknown) => Promise<unknown>,
  events: fc.Arbitrary<unknown>,
  numRuns: number,
  expected: (outcome: string) => boolean,
): Promise<string | undefined> {
  const details = await fc.check(
    fc.asyncProperty(events, async (event) => {
      const outcome = await outcomeOf(send, wire(event));
      if (!expected(outcome)) throw new Error(outcome);
    }),
    { numRuns, seed: FUZZ_SEED },
  );
  return failureOf(details);
}
