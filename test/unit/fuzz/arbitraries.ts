/**
 * fast-check arbitraries of Alexa request envelopes for the fuzz suites: well-formed ones with odd
 * slot values, unknown intents and request types, envelopes with fields missing, and hostile JSON.
 * Values inside them come from values.ts, session attributes from attributes.ts.
 */
import fc from 'fast-check';
import { HANDLED_INTENTS } from '../../../lambda/skill';
import type { RequestEnvelope } from 'ask-sdk-model';
import { intentRequest, launchRequest, sessionEndedRequest, TEST_SKILL_ID } from '../../../harness/envelopes';
import { sessionAttributes } from './attributes';
import { hostileObject, oddText, wrongType } from './values';

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
