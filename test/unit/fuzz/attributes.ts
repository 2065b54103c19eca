/**
 * fast-check arbitraries of session attributes for the fuzz suites: the capabilities' own slices
 * (routine, pending question, zone, rest days) close to real ones, each field sometimes wrong.
 */
import fc from 'fast-check';
import { ROUTINE_IDS } from '../../../lambda/routines/catalog/types';
import { hostileObject, oddNumber, oddText, wrongType } from './values';

/**
 * A routine's session slice (lambda/routines/session-state.ts) close to a real one, each field sometimes
 * wrong: real routine ids with steps out of range, timelines with odd marks, wrong types.
 */
export const routineSlice: fc.Arbitrary<unknown> = fc.record(
  {
    state: fc.oneof(
      fc.record(
        {
          routineId: fc.oneof(
            { arbitrary: fc.constantFrom(...ROUTINE_IDS), weight: 6 },
            fc.string(),
            wrongType,
          ),
          length: fc.oneof(
            { arbitrary: fc.constantFrom('quick', 'full'), weight: 6 },
            fc.string(),
            wrongType,
          ),
          status: fc.oneof(
            { arbitrary: fc.constantFrom('running', 'paused', 'finished'), weight: 6 },
            wrongType,
          ),
          step: oddNumber,
          offset: oddNumber,
          easier: fc.oneof(fc.array(fc.oneof(fc.string(), wrongType), { maxLength: 4 }), wrongType),
          timeline: fc.oneof(
            fc.record(
              {
                marks: fc.oneof(
                  fc.array(
                    fc.record({ step: oddNumber, go: oddNumber, from: oddNumber }, { requiredKeys: [] }),
                    { maxLength: 6 },
                  ),
                  wrongType,
                ),
                end: oddNumber,
                next: oddNumber,
              },
              { requiredKeys: [] },
            ),
            wrongType,
          ),
        },
        { requiredKeys: [] },
      ),
      wrongType,
    ),
    respondedAt: fc.oneof(
      fc.integer({ min: Date.parse('2026-11-25T17:00:00Z'), max: Date.parse('2026-11-25T19:00:00Z') }),
      oddNumber,
    ),
    saved: fc.oneof(fc.boolean(), wrongType),
  },
  { requiredKeys: [] },
);

/** The yes/no questions the capabilities ask, with data that may be garbage. */
const pendingQuestion: fc.Arbitrary<unknown> = fc.record(
  {
    kind: fc.oneof(
      fc.constantFrom(
        'routines.continue',
        'routines.resume',
        'routines.whichKind',
        'restdays.logToday',
        'restdays.confirmLog',
        'restdays.confirmRemove',
        'restdays.setGoal',
      ),
      fc.string(),
      wrongType,
    ),
    data: fc.oneof(
      fc.record(
        {
          date: fc.oneof(
            fc.constantFrom('2026-11-24', '2026-13-45', '1900-01-01', '2099-01-01'),
            oddText,
            wrongType,
          ),
          style: fc.oneof(fc.constantFrom('yoga', 'walk', 'aerobic', 'stretch'), oddText, wrongType),
          length: fc.oneof(fc.constantFrom('quick', 'full'), wrongType),
        },
        { requiredKeys: [] },
      ),
      hostileObject,
      wrongType,
    ),
  },
  { requiredKeys: [] },
);

/** Session attributes shaped like the routines' and rest days' own, with garbage in their fields. */
export const capabilityAttributes: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    routine: routineSlice,
    question: pendingQuestion,
    zone: fc.oneof(fc.constantFrom('America/Denver', 'Not/AZone', 'UTC', ''), wrongType),
    restdays: fc.oneof(hostileObject, wrongType),
  },
  { requiredKeys: [] },
);

/** A session's attributes as a well-behaved client would send back: anything JSON, often our keys. */
export const sessionAttributes: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  hostileObject,
  capabilityAttributes,
  fc.record(
    {
      question: fc.oneof(
        fc.record({ kind: fc.oneof(fc.string(), wrongType), data: fc.oneof(hostileObject, wrongType) }),
        wrongType,
      ),
      zone: fc.oneof(fc.constantFrom('America/Denver', 'Not/AZone', 'UTC', ''), wrongType),
      routine: fc.oneof(hostileObject, wrongType),
      restdays: fc.oneof(hostileObject, wrongType),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }),
);
