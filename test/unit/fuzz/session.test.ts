import fc from 'fast-check';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { intentRequest, launchRequest, sessionEndedRequest } from '../../../harness/envelopes';
import { TURNS } from '../../../harness/turns';
import { routineIntents } from '../../../lambda/routines/intents';
import { restDayIntents } from '../../../lambda/restdays/intents';
import { capabilityAttributes, sessionAttributes } from './attributes';
import { oddText, wire } from './values';
import { failureOf, outcomeOf } from './oracle';
import { FUZZ_SEED, fuzzTarget } from './skill';

const send = fuzzTarget();

/** Every turn type the skill has on this branch, plus session end, with the given session attributes. */
const turnWith = fc.tuple(
  fc.constantFrom(
    (attributes: Record<string, unknown>) => launchRequest({ sessionAttributes: attributes }),
    (attributes: Record<string, unknown>) =>
      sessionEndedRequest('USER_INITIATED', { sessionAttributes: attributes }),
    ...TURNS.map((turn) => (attributes: Record<string, unknown>) => {
      const envelope = turn.envelope({
        userId: 'amzn1.ask.account.FUZZ',
        iteration: 0,
        apiEndpoint: 'https://api.amazonalexa.com',
        timestamp: '2026-11-25T18:00:00Z',
      });
      return envelope.session
        ? { ...envelope, session: { ...envelope.session, new: false, attributes } }
        : envelope;
    }),
    (attributes: Record<string, unknown>) =>
      intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: attributes }),
    (attributes: Record<string, unknown>) =>
      intentRequest('AMAZON.NoIntent', {}, { sessionAttributes: attributes }),
  ),
  sessionAttributes,
);

/** The routines' and rest days' intents, their slots sometimes sensible, sometimes garbage. */
const capabilityTurn = fc.record({
  intent: fc.constantFrom(...new Set([...routineIntents, ...restDayIntents]), 'SessionEnded', 'Launch'),
  slots: fc.dictionary(
    fc.constantFrom('date', 'kind', 'style', 'length', 'count'),
    fc.record({
      value: fc.oneof(
        fc.constantFrom('2026-11-24', '2026-W48', '2026-W48-WE', 'XXXX-11-24', 'PRESENT_REF', 'warm up', '3'),
        oddText,
      ),
      id: fc.oneof(fc.constantFrom('warmup', 'cooldown', 'yoga', 'walk', 'quick', 'full'), fc.string()),
      type: fc.constantFrom('RoutineKind', 'RoutineStyle', 'RoutineLength', 'AMAZON.DATE', 'AMAZON.NUMBER'),
    }),
    { maxKeys: 3 },
  ),
  attributes: capabilityAttributes,
  /** Seconds since the routine's answer began, as in `respondedAt`. */
  at: fc.oneof(fc.integer({ min: 0, max: 3600 }), fc.constant(30)),
});

describe('garbage session attributes through valid envelopes', () => {
  it('answers 2,000 turns of every type whatever the session attributes hold', async () => {
    const details = await fc.check(
      fc.asyncProperty(turnWith, async ([build, attributes]) => {
        const outcome = await outcomeOf(send, wire(build(attributes)));
        if (outcome !== 'answer') throw new Error(outcome);
      }),
      { numRuns: 2000, seed: FUZZ_SEED },
    );
    expect(failureOf(details)).toBeUndefined();
  }, 60_000);

  it('answers 2,000 routine and rest-day turns whatever their own session keys (routine, question) hold', async () => {
    const details = await fc.check(
      fc.asyncProperty(capabilityTurn, async ({ intent, slots, attributes, at }) => {
        const options = {
          sessionAttributes: attributes,
          timestamp: new Date(Date.parse('2026-11-25T18:00:00Z') + at * 1000).toISOString(),
        };
        const envelope =
          intent === 'SessionEnded'
            ? sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', options)
            : intent === 'Launch'
              ? launchRequest(options)
              : intentRequest(intent, slots, options);
        const outcome = await outcomeOf(send, wire(envelope));
        if (outcome !== 'answer') throw new Error(outcome);
      }),
      { numRuns: 2000, seed: FUZZ_SEED },
    );
    expect(failureOf(details)).toBeUndefined();
  }, 60_000);

  it('answers the next turn with whatever session attributes its own last answer left', async () => {
    const details = await fc.check(
      fc.asyncProperty(sessionAttributes, async (attributes) => {
        const first = (await send(
          wire(launchRequest({ sessionAttributes: attributes })),
        )) as ResponseEnvelope;
        const outcome = await outcomeOf(
          send,
          wire(intentRequest('AMAZON.HelpIntent', {}, { sessionAttributes: first.sessionAttributes ?? {} })),
        );
        if (outcome !== 'answer') throw new Error(outcome);
      }),
      { numRuns: 500, seed: FUZZ_SEED },
    );
    expect(failureOf(details)).toBeUndefined();
  }, 60_000);
});
