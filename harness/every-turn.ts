/**
 * Every kind of turn the skill answers, as envelopes that carry distinctive ids, tokens and slot
 * values (the secrets a log line must never hold): a launch, every intent of the model with every
 * slot filled (once with words no slot type knows, once with realistic values), the answers to each
 * pending question, a running routine's commands, a pain report and a rest-day log mid-routine, the
 * session's end (with an error that quotes the user), skill events and a screen's button.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import model from '../models/en-US.json';
import { HANDLED_INTENTS } from '../lambda/skill';
import {
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  skillDisabledEvent,
  userEvent,
  type EnvelopeOptions,
  type SlotInput,
} from './envelopes';
import type { Clock } from '../lambda/core/deps';
import { skillUnderTest, testDeps } from './skill';

/** The ids and tokens every envelope carries. */
export const IDS = {
  userId: 'amzn1.ask.account.PRIVACYUSERq7zk3',
  deviceId: 'amzn1.ask.device.PRIVACYDEVICEx9w2',
  apiAccessToken: 'eyJ0eXAiOi.PRIVACYAPITOKENv8h1',
  consentToken: 'eyJ0eXAiOi.PRIVACYCONSENTm3n4',
  personId: 'amzn1.ask.person.PRIVACYPERSONb5c6',
} as const;

/** Words no slot type knows, put in every slot (and what a session error quotes). */
export const FREE_TEXT = 'my quixotic zebra elbow';
/** A session error's message, which may quote what the user said. */
const ERROR_TEXT = 'could not parse "wobbly pelican knees"';

/** A day `back` days before the real today (the skill under test reads the real clock). */
export function daysAgo(back: number): string {
  return new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Realistic values for each slot of the model, by slot name; the dates relative to the clock in
 * force when the turns are built (a test on a fake clock gets days before its own "today").
 */
const realisticSlots = (): Record<string, string> => ({
  date: daysAgo(1),
  from: daysAgo(2),
  to: daysAgo(1),
  count: '3',
  style: 'yoga',
  length: 'quick',
  kind: 'warm up',
  bodyPart: 'lower back',
  painWord: 'twinge',
  feeling: 'better',
  topic: 'running shoes',
});

interface ModelIntent {
  name: string;
  slots?: { name: string; type: string }[];
}

const INTENTS = (model.interactionModel.languageModel.intents as ModelIntent[]).filter((intent) =>
  HANDLED_INTENTS.includes(intent.name),
);

/** Every slot of `intent`, each with `value` (custom types: no entity-resolution match for free text). */
function slotsOf(intent: ModelIntent, value: (name: string) => string): Record<string, SlotInput> {
  return Object.fromEntries(
    (intent.slots ?? []).map((slot) => [
      slot.name,
      slot.type.startsWith('AMAZON.')
        ? { value: value(slot.name) }
        : { value: value(slot.name), type: slot.type },
    ]),
  );
}

const question = (kind: string, data: Record<string, string> = {}) => ({ question: { kind, data } });

/** A labelled envelope. */
export type Turn = [label: string, envelope: RequestEnvelope];

/**
 * Every turn, for a caller with `IDS` and `apiEndpoint`; `routine` is the session a started warm-up
 * left (its commands and mid-routine requests are sent in it).
 */
export function everyTurn(apiEndpoint: string, routine: Record<string, unknown>): Turn[] {
  const timestamp = new Date().toISOString();
  const o = (extra: EnvelopeOptions = {}): EnvelopeOptions => ({ ...IDS, apiEndpoint, timestamp, ...extra });
  const inSession = (attributes: Record<string, unknown>) => o({ sessionAttributes: attributes });
  const realistic = realisticSlots();
  const turns: Turn[] = [['launch', launchRequest(o())]];
  for (const intent of INTENTS) {
    turns.push([
      `${intent.name} with free text`,
      intentRequest(
        intent.name,
        slotsOf(intent, () => FREE_TEXT),
        o(),
      ),
    ]);
    turns.push([
      `${intent.name} with realistic slots`,
      intentRequest(
        intent.name,
        slotsOf(intent, (name) => realistic[name] ?? FREE_TEXT),
        o(),
      ),
    ]);
    turns.push([
      `${intent.name} mid-routine`,
      intentRequest(
        intent.name,
        slotsOf(intent, (name) => realistic[name] ?? FREE_TEXT),
        inSession(routine),
      ),
    ]);
  }
  turns.push(
    ['fallback with free text', intentRequest('AMAZON.FallbackIntent', { query: { value: FREE_TEXT } }, o())],
    [
      'yes, remove it',
      intentRequest(
        'AMAZON.YesIntent',
        {},
        inSession(question('restdays.confirmRemove', { date: daysAgo(1) })),
      ),
    ],
    [
      'yes, move it',
      intentRequest(
        'AMAZON.YesIntent',
        {},
        inSession(question('restdays.confirmMove', { from: daysAgo(2), to: daysAgo(1) })),
      ),
    ],
    ['yes, log today', intentRequest('AMAZON.YesIntent', {}, inSession(question('restdays.logToday')))],
    [
      'a day for "which day?"',
      intentRequest(
        'DayAnswerIntent',
        { date: { value: daysAgo(3) } },
        inSession(question('restdays.whichDay', { purpose: 'log' })),
      ),
    ],
    [
      'a goal for "how many?"',
      intentRequest('SetRestDayGoalIntent', { count: { value: '4' } }, inSession(question('restdays.goal'))),
    ],
    [
      'pain mid-routine',
      intentRequest(
        'BackPainIntent',
        { bodyPart: { value: FREE_TEXT, type: 'BodyPart' }, painWord: { value: 'sharp', type: 'PainWord' } },
        inSession(routine),
      ),
    ],
    ['pause mid-routine', intentRequest('AMAZON.PauseIntent', {}, inSession(routine))],
    ['a button mid-routine', userEvent(['command', 'next'], inSession(routine))],
    ['the session ends mid-routine', sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', inSession(routine))],
    ['the session ends by the user', sessionEndedRequest('USER_INITIATED', inSession({}))],
    ['the session ends in an error', withSessionError(sessionEndedRequest('ERROR', inSession(routine)))],
    ['skill disabled, data kept', skillDisabledEvent('PERSISTED', o())],
    ['skill disabled, data not kept', skillDisabledEvent('NOT_PERSISTED', o())],
  );
  return turns;
}

/** `envelope` (a SessionEndedRequest) with an error whose message quotes the user. */
function withSessionError(envelope: RequestEnvelope): RequestEnvelope {
  return {
    ...envelope,
    request: { ...envelope.request, error: { type: 'INVALID_RESPONSE', message: ERROR_TEXT } },
  } as RequestEnvelope;
}

/** The session a warm-up started at `clock`'s now leaves (Alexa sends it back with the routine's commands). */
export async function routineSession(clock: Clock): Promise<Record<string, unknown>> {
  const send = skillUnderTest(testDeps({ clock }));
  const timestamp = new Date(clock.now()).toISOString();
  const started = await send(intentRequest('WarmUpIntent', {}, { ...IDS, timestamp }));
  return started.sessionAttributes ?? {};
}
