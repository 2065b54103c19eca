import fc from 'fast-check';
import { otherSkillEnvelope, unknownRequestEnvelope, validEnvelope, wire } from './arbitraries';
import { failureOf, outcomeOf } from './oracle';
import { FUZZ_SEED, fuzzTarget } from './skill';

const send = fuzzTarget();

/** Runs `numRuns` events through the skill; each must have the outcome `expected` allows. */
async function fuzz(
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

describe('fuzzed well-formed envelopes', () => {
  it('answers 4,000 launches, intents (known and unknown) and session ends with odd slot values, every time in shape', async () => {
    expect(await fuzz(validEnvelope, 4000, (outcome) => outcome === 'answer')).toBeUndefined();
  }, 60_000);

  it('answers 1,500 requests of unknown or unsupported types with a well-formed (empty) response', async () => {
    expect(await fuzz(unknownRequestEnvelope, 1500, (outcome) => outcome === 'answer')).toBeUndefined();
  }, 60_000);

  it("refuses 500 requests for another skill with the ASK SDK's skill-id refusal", async () => {
    expect(await fuzz(otherSkillEnvelope, 500, (outcome) => outcome === 'refusal')).toBeUndefined();
  }, 60_000);
});
