import fc from 'fast-check';
import { launchRequest, intentRequest } from '../../../harness/envelopes';
import { damagedEnvelope, nested, notAnEnvelope, withPath } from './arbitraries';
import { wire } from './values';
import { outcomeOf } from './oracle';
import { fuzzOutcomes, fuzzTarget } from './skill';

const send = fuzzTarget();
const answerOrRefusal = (outcome: string) => outcome === 'answer' || outcome === 'refusal';

const fuzz = (events: fc.Arbitrary<unknown>, numRuns: number, expected: (outcome: string) => boolean) =>
  fuzzOutcomes(send, events, numRuns, expected);

describe('fuzzed hostile events', () => {
  it('answers or cleanly refuses 2,500 envelopes with fields missing, mistyped or hostile', async () => {
    expect(await fuzz(damagedEnvelope, 2500, answerOrRefusal)).toBeUndefined();
  }, 60_000);

  it('refuses 1,000 events that are not envelopes at all', async () => {
    expect(await fuzz(notAnEnvelope, 1000, (outcome) => outcome === 'refusal')).toBeUndefined();
  }, 60_000);

  it('never lets __proto__ or constructor keys in an event reach Object.prototype', async () => {
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"question":{"kind":"x","data":{"__proto__":{"polluted":true}}}}',
    ) as Record<string, unknown>;
    const events = [
      launchRequest({ sessionAttributes: hostile }),
      intentRequest('AMAZON.HelpIntent', {}, { sessionAttributes: hostile }),
      withPath(launchRequest(), ['context', 'System', 'user'], { userId: 'u', ...hostile }),
    ];
    const outcomes = [];
    for (const event of events) outcomes.push(await outcomeOf(send, wire(event)));
    expect(outcomes).toEqual(['answer', 'answer', 'answer']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe.each<[string, unknown]>([
    ['a deeply nested object', nested(20_000, 'object')],
    ['a deeply nested array', nested(20_000, 'array')],
    ['a huge array', Array.from({ length: 200_000 }, (_, i) => i)],
    ['a huge string', 'x'.repeat(5_000_000)],
  ])('%s', (_label, value) => {
    it.each<[string, readonly string[], 'session' | 'intent']>([
      ['in the session attributes', ['session', 'attributes', 'routine'], 'session'],
      ['as a session attribute slice', ['session', 'attributes', 'question'], 'session'],
      ['as a slot value', ['request', 'intent', 'slots', 'date', 'value'], 'intent'],
      ['beside the request', ['request', 'payload'], 'intent'],
      ['beside the context', ['context', 'Extra'], 'intent'],
    ])('%s is answered or refused cleanly', async (_where, path) => {
      const base = intentRequest(
        'AMAZON.HelpIntent',
        { date: { value: 'today' } },
        { sessionAttributes: {} },
      );
      const outcome = await outcomeOf(send, withPath(wire(base), path, value));
      expect(answerOrRefusal(outcome) ? 'answer or refusal' : outcome).toBe('answer or refusal');
    });
  });
});
