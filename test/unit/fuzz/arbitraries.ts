/**
 * fast-check arbitraries of Alexa request envelopes for the fuzz suites: well-formed ones with odd
 * slot values, unknown intents and request types, envelopes with fields missing, and hostile JSON.
 * Every generated event goes through JSON text first, as Lambda hands the skill a parsed JSON event.
 */
import fc from 'fast-check';
import { ROUTINE_IDS } from '../../../lambda/routines/catalog/types';
import { HANDLED_INTENTS } from '../../../lambda/skill';
import type { RequestEnvelope } from 'ask-sdk-model';
import { intentRequest, launchRequest, sessionEndedRequest, TEST_SKILL_ID } from '../../helpers/envelopes';

/** The event as Lambda would deliver it: parsed from JSON text. */
export function wire(event: unknown): unknown {
  const text = JSON.stringify(event) as string | undefined;
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

/** Keys that attack prototypes or shadow built-ins when code copies objects carelessly. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
] as const;

/** An object parsed from JSON text whose own keys include `__proto__` and friends. */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...HOSTILE_KEYS, 'question', 'zone', 'kind', 'data'), fc.string()),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: true })),
    ),
    { maxLength: 6 },
  )
  .map(
    (entries) =>
      JSON.parse(
        `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`,
      ) as Record<string, unknown>,
  );

/** Text an Alexa slot could carry, and some it never should. */
export const oddText: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constantFrom(' ', '\u0000', '<speak>', '</speak><audio src="x"/>', '&amp;', '"\'<>&', '💥🏃‍♀️', 'ß\u0301'),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ minLength: 2000, maxLength: 10_000 }),
);

/** Any JSON value, where a string belongs. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  hostileObject,
);

/** Every intent the skill answers (routines and rest days included), plus a few it does not. */
const KNOWN_INTENTS = [...HANDLED_INTENTS, 'WeeklySummaryIntent', 'AMAZON.ShuffleOnIntent'];

const REQUEST_TYPES = [
  'CanFulfillIntentRequest',
  'System.ExceptionEncountered',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AudioPlayer.PlaybackStarted',
  'Display.ElementSelected',
  'Connections.Response',
  'Alexa.Presentation.APL.UserEvent',
  'Messaging.MessageReceived',
];

const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'fr-FR', 'ja-JP', 'xx', ''];

/** A number that a routine's state could hold, or one it never should. */
const oddNumber: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 40 }), weight: 6 },
  fc.double({ noNaN: false }),
  fc.constantFrom(0, 1, -1, 1e308, Number.MAX_SAFE_INTEGER),
  wrongType,
);

/**
 * A routine's session slice (lambda/routines/progress.ts) close to a real one, each field sometimes
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

/** Slots of an intent: names and values, values odd or of the wrong type. */
const slots = fc.dictionary(
  fc.oneof(
    fc.constantFrom('date', 'routine', 'kind', 'style', 'length', 'count', 'day'),
    fc.string({ maxLength: 20 }),
  ),
  fc.record(
    {
      value: fc.oneof(oddText, wrongType),
      id: fc.oneof(fc.string(), wrongType),
      type: fc.constantFrom('RoutineKind', 'AMAZON.DATE', 'Length'),
    },
    { requiredKeys: [] },
  ),
  { maxKeys: 4 },
);

const userId = fc.oneof(
  fc.constant('amzn1.ask.account.FUZZ'),
  fc.string({ minLength: 1, maxLength: 300 }),
  fc.string({ minLength: 5000, maxLength: 6000 }),
);

/** A well-formed envelope of a request the skill must answer (launch, intents, session end). */
export const validEnvelope: fc.Arbitrary<RequestEnvelope> = fc
  .record({
    kind: fc.constantFrom('launch', 'intent', 'intent', 'intent', 'ended'),
    intent: fc.oneof(fc.constantFrom(...KNOWN_INTENTS), fc.string({ minLength: 1, maxLength: 80 })),
    slots,
    locale: fc.constantFrom(...LOCALES),
    attributes: fc.option(sessionAttributes, { nil: undefined }),
    userId,
    timestamp: fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString()),
  })
  .map(({ kind, intent, slots: slotValues, locale, attributes, userId: user, timestamp }) => {
    const options = { locale, sessionAttributes: attributes, userId: user, timestamp };
    if (kind === 'launch') return launchRequest(options);
    if (kind === 'ended')
      return sessionEndedRequest('USER_INITIATED', { ...options, sessionAttributes: attributes ?? {} });
    const envelope = intentRequest(intent, {}, options);
    if (envelope.request.type === 'IntentRequest') {
      // Slot values of any JSON type, as a hostile or buggy client could send them.
      envelope.request.intent.slots = Object.fromEntries(
        Object.entries(slotValues).map(([name, slot]) => [
          name,
          { name, confirmationStatus: 'NONE', ...slot },
        ]),
      ) as unknown as typeof envelope.request.intent.slots;
    }
    return envelope;
  });

/** A well-formed envelope of an unknown request type (the skill answers silently or refuses nothing). */
export const unknownRequestEnvelope: fc.Arbitrary<unknown> = fc
  .record({
    type: fc.oneof(fc.constantFrom(...REQUEST_TYPES), fc.string({ minLength: 1, maxLength: 60 })),
    extra: hostileObject,
    base: validEnvelope,
  })
  .map(({ type, extra, base }) => ({
    ...base,
    request: {
      ...extra,
      type,
      requestId: base.request.requestId,
      timestamp: base.request.timestamp,
      locale: 'en-US',
    },
  }));

/** A JSON path into the envelope, for removing or replacing a field. */
const PATHS: string[][] = [
  [],
  ['version'],
  ['session'],
  ['session', 'new'],
  ['session', 'attributes'],
  ['session', 'user'],
  ['session', 'application'],
  ['context'],
  ['context', 'System'],
  ['context', 'System', 'user'],
  ['context', 'System', 'user', 'userId'],
  ['context', 'System', 'application'],
  ['context', 'System', 'application', 'applicationId'],
  ['context', 'System', 'device'],
  ['context', 'System', 'device', 'deviceId'],
  ['context', 'System', 'apiEndpoint'],
  ['context', 'System', 'apiAccessToken'],
  ['request'],
  ['request', 'type'],
  ['request', 'requestId'],
  ['request', 'timestamp'],
  ['request', 'locale'],
  ['request', 'intent'],
  ['request', 'intent', 'name'],
  ['request', 'intent', 'slots'],
  ['request', 'reason'],
  ['request', 'error'],
];

/** Returns a copy of `event` with `path` removed (`value` undefined) or replaced. */
export function withPath(event: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(event) as Record<string, unknown>;
  let cursor: unknown = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof cursor !== 'object' || cursor === null) return copy;
    cursor = (cursor as Record<string, unknown>)[key];
  }
  if (typeof cursor !== 'object' || cursor === null) return copy;
  const last = path[path.length - 1] ?? '';
  if (value === undefined) Reflect.deleteProperty(cursor, last);
  else Reflect.set(cursor, last, value);
  return copy;
}

/** A valid envelope with one to three fields removed or replaced by hostile or wrongly typed JSON. */
export const damagedEnvelope: fc.Arbitrary<unknown> = fc
  .record({
    base: validEnvelope,
    edits: fc.array(
      fc.tuple(
        fc.constantFrom(...PATHS),
        fc.oneof(fc.constant(undefined), wrongType, oddText, hostileObject),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ base, edits }) =>
    edits.reduce<unknown>((event, [path, value]) => withPath(event, path, value), base),
  );

/** Events that are not envelopes at all. */
export const notAnEnvelope: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileObject,
  fc.constantFrom(null, 0, '', [], 'LaunchRequest', { version: '1.0' }),
);

/** An envelope for another skill. */
export const otherSkillEnvelope: fc.Arbitrary<RequestEnvelope> = fc
  .tuple(validEnvelope, fc.string({ minLength: 1, maxLength: 80 }))
  .filter(([, id]) => id !== TEST_SKILL_ID)
  .map(([envelope, id]) => {
    envelope.context.System.application.applicationId = id;
    if (envelope.session) envelope.session.application.applicationId = id;
    return envelope;
  });

/** Nested `depth` levels deep: `{ a: { a: … } }` or `[[…]]`. */
export function nested(depth: number, shape: 'object' | 'array'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = shape === 'object' ? { a: value } : [value];
  return value;
}
