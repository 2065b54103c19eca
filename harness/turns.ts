/**
 * The turn types the benchmark, the load test and the fault suites send, as a list of definitions:
 * a name, what kind of turn it is, the DynamoDB calls Run Coach makes for it, and how to build its
 * request envelope. Adding a turn type is a few lines here. A turn inside a running routine names the
 * turn that starts it (`after`): the harnesses send that one first through the skill under test
 * (untimed, uncounted) and carry the session attributes its real answer left, as Alexa would.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { REST_DAY_INTENTS, REST_DAY_SLOTS } from '../lambda/restdays/intents';
import { ROUTINE_INTENTS } from '../lambda/routines/intents';
import {
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  type EnvelopeOptions,
  type SlotInput,
} from './envelopes';

/**
 * `db`: the turn reads or writes DynamoDB; `routine`: a turn of a running routine, which must make 0
 * DynamoDB calls; `routine-write`: a routine turn that saves progress (pause, session end: one write);
 * `other`: neither.
 */
export type TurnKind = 'db' | 'routine' | 'routine-write' | 'other';

/** What a turn's envelope is built from. */
export interface TurnContext {
  userId: string;
  /** The 0-based iteration, so a definition can vary dates or slots between calls. */
  iteration: number;
  /** The Settings API endpoint (a loopback stub in the harnesses). */
  apiEndpoint: string;
  /** ISO-8601 instant of the request. */
  timestamp: string;
  /** For `log a rest day`: the day to log (`YYYY-MM-DD`); by default one 2–29 days before the request. */
  date?: string;
}

/** A turn type the harnesses can send. */
export interface TurnType {
  name: string;
  kind: TurnKind;
  /** DynamoDB calls Run Coach makes for one such turn, by operation (`{}`: none). */
  dynamoCalls: Record<string, number>;
  /** Sent first, `AFTER_SECONDS` earlier, for the session attributes its answer leaves. */
  after?: TurnType;
  /** The envelope, carrying `session` (the `after` turn's answer's attributes) when given. */
  envelope(context: TurnContext, session?: Record<string, unknown>): RequestEnvelope;
}

function options(context: TurnContext, extra: EnvelopeOptions = {}): EnvelopeOptions {
  return {
    userId: context.userId,
    apiEndpoint: context.apiEndpoint,
    timestamp: context.timestamp,
    deviceId: `device-${context.userId}`,
    ...extra,
  };
}

/** A turn that sends `intent` with `slots` (a function of the context when they vary), in a new session. */
export function intentTurn(
  name: string,
  kind: TurnKind,
  intent: string,
  dynamoCalls: Record<string, number> = {},
  slots: Record<string, SlotInput> | ((context: TurnContext) => Record<string, SlotInput>) = {},
): TurnType {
  return {
    name,
    kind,
    dynamoCalls,
    envelope: (context, session) =>
      intentRequest(
        intent,
        typeof slots === 'function' ? slots(context) : slots,
        options(context, { sessionAttributes: session ?? {} }),
      ),
  };
}

/** How long before a routine command its routine was started (mid first step). */
export const AFTER_SECONDS = 20;

/** `turn`, sent inside the routine that `starter` begins (the starter's real answer's session). */
function inRoutine(turn: TurnType, starter: TurnType): TurnType {
  return { ...turn, after: starter };
}

/**
 * The envelope of `turn` for `context`: when the turn follows another (`after`), that one is sent
 * first through `send` (the skill under test), {@link AFTER_SECONDS} earlier, and its answer's
 * session attributes are carried, as Alexa would.
 */
export async function prepareTurn(
  turn: TurnType,
  context: TurnContext,
  send: (envelope: RequestEnvelope) => Promise<ResponseEnvelope>,
): Promise<RequestEnvelope> {
  if (!turn.after) return turn.envelope(context);
  const earlier = new Date(Date.parse(context.timestamp) - AFTER_SECONDS * 1000).toISOString();
  const answer = await send(turn.after.envelope({ ...context, timestamp: earlier }));
  return turn.envelope(context, answer.sessionAttributes ?? {});
}

/** When the benchmarks' first turn is sent; each iteration is one minute later. */
const BENCH_START_MS = Date.parse('2026-11-25T18:00:00Z');
/** How many users the benchmarks spread each turn type over. */
export const BENCH_USERS = 50;

/**
 * The context of a benchmark's turn: iteration `iteration` of turn type `turnName` goes to one of
 * {@link BENCH_USERS} users of `userPrefix` (so each user is seen first in the warm-up), one minute
 * after the iteration before. The bench's turn runner and bench:pair's send the same turns.
 */
export function benchTurnContext(
  userPrefix: string,
  turnName: string,
  iteration: number,
  apiEndpoint: string,
): TurnContext {
  return {
    userId: `${userPrefix}-${turnName}-${iteration % BENCH_USERS}`,
    iteration,
    apiEndpoint,
    timestamp: new Date(BENCH_START_MS + iteration * 60_000).toISOString(),
  };
}

/** A day 2–29 days before the request's UTC date: in the past in every time zone, within the limit. */
export function pastDay(context: TurnContext): string {
  const back = 2 + (context.iteration % 28);
  return new Date(Date.parse(context.timestamp) - back * 86_400_000).toISOString().slice(0, 10);
}

// A routine asked for outside a launched session records the visit (first contact, a recent pain
// report) in one profile write, with no read.
const startWarmUp = intentTurn('routine step', 'routine', ROUTINE_INTENTS.warmUp, { UpdateItem: 1 });

/** Every turn type, in report order. */
export const TURNS: readonly TurnType[] = [
  {
    name: 'launch',
    kind: 'db',
    dynamoCalls: { UpdateItem: 1 },
    envelope: (context) => launchRequest(options(context)),
  },
  intentTurn('help', 'other', 'AMAZON.HelpIntent'),
  intentTurn('fallback', 'other', 'AMAZON.FallbackIntent'),
  intentTurn('stop', 'other', 'AMAZON.StopIntent'),
  // "warm me up": starts the full warm-up, the first stretch of it timed in the answer.
  startWarmUp,
  // "next", 20 s into that warm-up's first step, with the session its real answer left.
  inRoutine(intentTurn('navigation', 'routine', ROUTINE_INTENTS.next), startWarmUp),
  // "pause" in the same place: saves the progress in one write.
  inRoutine(intentTurn('pause', 'routine-write', ROUTINE_INTENTS.pause, { UpdateItem: 1 }), startWarmUp),
  // The session ends (the user walked away) mid-routine: the progress is saved in one write.
  inRoutine(
    {
      name: 'routine session end',
      kind: 'routine-write',
      dynamoCalls: { UpdateItem: 1 },
      envelope: (context, session) =>
        sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', options(context, { sessionAttributes: session ?? {} })),
    },
    startWarmUp,
  ),
  // "log a rest day on <date>": one conditional PutItem, then the erasure check (one consistent GetItem).
  intentTurn('log a rest day', 'db', REST_DAY_INTENTS.log, { PutItem: 1, GetItem: 1 }, (context) => ({
    [REST_DAY_SLOTS.date]: { value: context.date ?? pastDay(context) },
  })),
  // "how many rest days have I had this week": one Query (the week's days and the goal).
  intentTurn('weekly summary', 'db', REST_DAY_INTENTS.progress, { Query: 1 }),
];

/** The turn type called `name`. */
export function turnNamed(name: string): TurnType {
  const turn = TURNS.find((t) => t.name === name);
  if (!turn) throw new RangeError(`No turn type ${name}`);
  return turn;
}
