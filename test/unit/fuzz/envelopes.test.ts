import fc from 'fast-check';
import { otherSkillEnvelope, unknownRequestEnvelope, validEnvelope } from './arbitraries';
import { fuzzOutcomes, fuzzTarget } from './skill';

const send = fuzzTarget();

const fuzz = (events: fc.Arbitrary<unknown>, numRuns: number, expected: (outcome: string) => boolean) =>
  fuzzOutcomes(send, events, numRuns, expected);

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
