/** The skill the fuzz suites send events to: the real skill, an in-memory store, the skill-id check on. */
import { createSkill } from '../../../lambda/skill';
import { TEST_SKILL_ID } from '../../helpers/envelopes';
import { testDeps } from '../../helpers/skill';

/** Sends one raw event (anything at all) to a freshly built skill's Lambda handler. */
export function fuzzTarget(): (event: unknown) => Promise<unknown> {
  const { handler } = createSkill(testDeps({ skillId: TEST_SKILL_ID }));
  return (event) => handler(event, {});
}

/** fast-check's seed: fixed so `npm test` is repeatable; set FUZZ_SEED to explore other cases. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261126);
