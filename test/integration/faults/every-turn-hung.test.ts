/**
 * Every turn answers within 6.5 s with everything hung, on jest's fake clock (no real waiting): the
 * store is the worst there is (every call takes ALL the time its deadline leaves, then fails as if a
 * write may have landed: harness/stores.ts `hungStore`), the Settings API never answers (the real
 * lookup, its call never settling), and every kind of turn is sent (harness/every-turn.ts), multi-call
 * ones included: a rest-day log or a goal mid-routine (the handler's write, then the interceptor's
 * save of the routine), a move (a removal, then a log), a pain report mid-routine and the "yes" that
 * logs after it, the session's end mid-routine, a skill disabled. Once on AWS Lambda (a context with
 * `getRemainingTimeInMillis`, the function's 7 s timeout) and once without (the console, other hosts).
 * What is said is a plain answer that claims no save. The real-HTTP version of the multi-call cases is
 * multi-call.test.ts.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ANSWER_BUDGET_MS } from '../../../lambda/core/deadline';
import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { everyTurn, routineSession, type Turn } from '../../../harness/every-turn';
import { intentRequest } from '../../../harness/envelopes';
import { lambdaContext, recordingLogger, skillUnderTest, testDeps } from '../../../harness/skill';
import { hungStore } from '../../../harness/stores';
import { claimsSaved, isPlainAnswer } from './faulty-skill';

/** The function's timeout (infra): what `getRemainingTimeInMillis` starts from. */
const LAMBDA_TIMEOUT_MS = 7000;
const clock = { now: () => Date.now() };

/** How a turn ended on the fake clock: its response (or error) and the fake time it took. */
interface Timed {
  response?: ResponseEnvelope;
  error?: unknown;
  elapsedMs: number;
}

/** Sends `envelope` and runs the fake clock until it is answered (or 20 fake seconds pass). */
async function timed(
  send: (envelope: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>,
  envelope: RequestEnvelope,
  context: 'lambda' | 'console',
): Promise<Timed> {
  const start = Date.now();
  let ended: Timed | undefined;
  void send(envelope, context === 'lambda' ? lambdaContext(clock, LAMBDA_TIMEOUT_MS) : {}).then(
    (response) => {
      ended = { response, elapsedMs: Date.now() - start };
    },
    (error: unknown) => {
      ended = { error, elapsedMs: Date.now() - start };
    },
  );
  while (!ended && Date.now() - start < 20_000) await jest.advanceTimersByTimeAsync(25);
  return ended ?? { elapsedMs: Number.POSITIVE_INFINITY };
}

/** The skill with everything hung: a fresh one per turn, so no cache saves a lookup. */
function hungSkill() {
  const store = hungStore();
  const logger = recordingLogger();
  const timeZones = createTimeZoneLookup({ logger, clock, fetchTimeZone: () => new Promise(() => {}) });
  return { store, send: skillUnderTest(testDeps({ store, clock, timeZones })) };
}

beforeEach(() => {
  jest.useFakeTimers({ now: Date.parse('2026-11-25T18:00:00Z') });
});
afterEach(() => {
  jest.useRealTimers();
});

describe.each(['lambda', 'console'] as const)('everything hung, on %s', (context) => {
  /** Every turn, built on the fake clock (its routine session started "now"). */
  async function turns(): Promise<Turn[]> {
    const routine = await routineSession(clock);
    const pending = await routineSession(clock);
    const painAsked = { ...pending, question: { kind: 'restdays.logToday', data: { after: 'pain' } } };
    return [
      ...everyTurn('https://api.amazonalexa.com', routine),
      [
        '"yes, log today" after a pain report',
        intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: painAsked }),
      ],
    ];
  }

  it('every turn answers within 6.5 s, plainly, claiming no save', async () => {
    const results: { turn: string; elapsedMs: number; plain: boolean; claims: boolean }[] = [];
    for (const [turn, envelope] of await turns()) {
      const skill = hungSkill();
      const { response, error, elapsedMs } = await timed(skill.send, envelope, context);
      const skillEvent = envelope.request.type.startsWith('AlexaSkillEvent.');
      // A skill event has no one to answer (an empty response); a failed erasure fails the
      // invocation instead, so the function's error alarm reports it.
      const plain = skillEvent
        ? error !== undefined || response?.response.outputSpeech === undefined
        : response !== undefined && isPlainAnswer(response, envelope);
      results.push({ turn, elapsedMs, plain, claims: response ? claimsSaved(response) : false });
    }
    expect(results.length).toBeGreaterThan(100);
    expect(results.filter((r) => r.elapsedMs > ANSWER_BUDGET_MS)).toEqual([]);
    expect(results.filter((r) => !r.plain)).toEqual([]);
    expect(results.filter((r) => r.claims)).toEqual([]);
  }, 60_000);

  it('a rest-day log mid-routine tries one write, then answers before its deadline, not after two', async () => {
    const [, log] = (await turns()).find(([turn]) => turn === 'LogRestDayIntent mid-routine') ?? [];
    const skill = hungSkill();
    const { elapsedMs } = await timed(skill.send, log as RequestEnvelope, context);
    // The log's write used what the turn had; the interceptor's save of the routine was not tried.
    expect(skill.store.calls).toEqual(['logRestDay']);
    expect(elapsedMs).toBeLessThanOrEqual(ANSWER_BUDGET_MS);
  }, 30_000);
});
