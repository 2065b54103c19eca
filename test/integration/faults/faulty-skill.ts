/**
 * The fault harness: the real skill on the real DynamoDB store and the real Settings API client, with
 * production time limits, pointed at loopback servers that fail in a chosen way (harness/loopback.ts).
 * Turn types come from the shared list in harness/turns.ts, so a new turn type is covered by adding
 * it there; rest-day turns additionally get the "never claims a save that did not happen" check.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { recordingMetrics } from '../../../lambda/core/metrics';
import { createSkill } from '../../../lambda/skill';
import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { createDocumentClient, createDynamoStore } from '../../../lambda/store/dynamo';
import type { TimeZoneLookup } from '../../../lambda/core/deps';
import { LOCAL_CLIENT_CONFIG } from '../../../harness/dynamo';
import { prepareTurn, turnNamed, TURNS, type TurnContext, type TurnType } from '../../../harness/turns';
import { fixedTimeZone, recordingLogger, seededRandom } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { TEST_SKILL_ID } from '../../../harness/envelopes';

/** Alexa waits this long for an answer. */
export const ALEXA_BUDGET_MS = 8000;
/** Jest's limit for one fault test: comfortably above the budget, so a miss fails on the assertion. */
export const FAULT_TEST_TIMEOUT_MS = ALEXA_BUDGET_MS + 7000;
export const FAULT_TABLE = 'run-coach-faults';

/** How a promise ended, if it ended within the wait. */
export type Settled<T> =
  { state: 'answered'; value: T } | { state: 'rejected'; error: unknown } | { state: 'pending' };

/** Waits for `promise` at most `ms`: a bounded wait, not a timing measurement. */
export async function settleWithin<T>(
  promise: Promise<T>,
  ms: number = ALEXA_BUDGET_MS,
): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => {
      resolve({ state: 'pending' });
    }, ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Settled<T> => ({ state: 'answered', value }),
        (error: unknown): Settled<T> => ({ state: 'rejected', error }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Options of {@link faultySkill}. */
export interface FaultySkillOptions {
  /** The DynamoDB endpoint (a failing server, a proxy, or a closed port). */
  dynamoEndpoint: string;
  /** The Settings API endpoint put into envelopes; without it, a fixed zone is used. */
  settingsEndpoint?: string;
}

/** A skill wired like production (real store, production limits), on the given endpoints. */
export function faultySkill(options: FaultySkillOptions) {
  const logger = recordingLogger();
  const clock = { now: () => Date.now() };
  const timeZones: TimeZoneLookup = options.settingsEndpoint
    ? createTimeZoneLookup({ logger, clock })
    : fixedTimeZone('America/New_York');
  const doc = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint: options.dynamoEndpoint });
  const metrics = recordingMetrics();
  const store = createDynamoStore(doc, FAULT_TABLE, { clock, metrics });
  const { handler } = createSkill({
    store,
    clock,
    random: seededRandom(),
    logger,
    timeZones,
    metrics,
    skillId: TEST_SKILL_ID,
  });
  return {
    logger,
    metrics,
    send: (envelope: RequestEnvelope) => handler(envelope, {}),
    /** Sends `envelope` with a Lambda `context` (or another host's). */
    sendWith: (envelope: RequestEnvelope, context: unknown) => handler(envelope, context),
    destroy: () => {
      doc.destroy();
    },
  };
}

let users = 0;
/** A fresh user's turn context ("now", the given Settings API endpoint). */
export function freshContext(apiEndpoint = 'http://127.0.0.1:9'): TurnContext {
  users += 1;
  return {
    userId: `amzn1.ask.account.FAULT-${process.pid}-${users}`,
    iteration: users,
    apiEndpoint,
    timestamp: new Date().toISOString(),
  };
}

/**
 * The envelope of `turn` for a fresh user (or `context`); a routine command's routine is started
 * first through `send`, the skill under the fault, as Alexa would have.
 */
export function envelopeOf(
  turn: TurnType,
  send: (envelope: RequestEnvelope) => Promise<ResponseEnvelope>,
  context: TurnContext = freshContext(),
): Promise<RequestEnvelope> {
  return prepareTurn(turn, context, send);
}

/** The turn types to put under each fault: every measured one. */
export const FAULT_TURNS: [string, TurnType][] = TURNS.map((turn) => [turn.name, turn]);

/** The rest days `userId` has in the fault table at `endpoint`, read directly. */
export async function storedDays(endpoint: string, userId: string): Promise<string[]> {
  const doc = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
  try {
    const history = await createDynamoStore(doc, FAULT_TABLE).activity.history(
      userId,
      '2000-01-01',
      '2999-12-31',
    );
    return history.restDays.map((day) => day.date);
  } finally {
    doc.destroy();
  }
}

/** The `log a rest day` turn type. */
export const LOG_TURN: TurnType = turnNamed('log a rest day');

/** Words by which a turn would tell the user something was saved. */
const SAVED_CLAIM = /\b(logged|saved|recorded|noted|got it down|added)\b/i;
/** Words that turn such a sentence into a denial or a doubt ("can't confirm it was saved"). */
const NOT_CLAIMED = /\b(not|never|can't|cannot|couldn't|won't|whether)\b/i;

/** Whether `response` tells the user, in any sentence, that something was saved. */
export function claimsSaved(response: ResponseEnvelope): boolean {
  return spoken(response)
    .split(/(?<=[.!?;:])\s+/)
    .some((sentence) => SAVED_CLAIM.test(sentence) && !NOT_CLAIMED.test(sentence));
}

/**
 * A plain answer: speech, and a session either ended or open with a reprompt. To a
 * SessionEndedRequest, the only valid answer is an empty response.
 */
export function isPlainAnswer(response: ResponseEnvelope, request?: RequestEnvelope): boolean {
  if (request?.request.type === 'SessionEndedRequest')
    return response.version === '1.0' && response.response.outputSpeech === undefined;
  const open = response.response.shouldEndSession === false;
  return spoken(response).trim().length > 0 && (!open || response.response.reprompt !== undefined);
}

export { restDayVerdict, type RestDayVerdict } from '../../../harness/verdicts';

/**
 * Sends `turn` (for a fresh user, or `context`) to a skill over `options`' endpoints and expects what
 * every fault promises: an answer within Alexa's budget, in shape, that claims no save.
 */
export async function expectPlainAnswerClaimingNoSave(
  turn: TurnType,
  options: FaultySkillOptions,
  context?: TurnContext,
): Promise<void> {
  const skill = faultySkill(options);
  const envelope = await envelopeOf(turn, skill.send, context);
  const outcome = await settleWithin(skill.send(envelope));
  skill.destroy();
  expect(outcome.state).toBe('answered');
  const response = outcome.state === 'answered' ? outcome.value : undefined;
  expect(response && isPlainAnswer(response, envelope)).toBe(true);
  expect(response && claimsSaved(response)).toBe(false);
}
