/**
 * One deadline per turn: every store call and the Settings API lookup of a turn get what is left of
 * it (from the Lambda's remaining time, or the answer budget without one), a turn attempts no write
 * after a failed one, and what users did is counted once the store confirmed it.
 */
import {
  ANSWER_BUDGET_MS,
  Deadline,
  LAMBDA_MARGIN_MS,
  RESPONSE_RESERVE_MS,
} from '../../../lambda/core/deadline';
import type { TimeZoneLookup } from '../../../lambda/core/deps';
import { recordingMetrics } from '../../../lambda/core/metrics';
import {
  currentTurn,
  runTurn,
  startTurn,
  turnBoundStore,
  WriteSkippedError,
} from '../../../lambda/core/turn';
import { REST_DAY_INTENTS, REST_DAY_SLOTS } from '../../../lambda/restdays/intents';
import { ROUTINE_INTENTS } from '../../../lambda/routines/intents';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { CompletedRoutine, PausedRoutine } from '../../../lambda/store/port';
import { conversation } from '../../../harness/conversation';
import { intentRequest } from '../../../harness/envelopes';
import { messagePattern } from '../../../harness/messages';
import { fixedClock, lambdaContext, skillUnderTest, testDeps } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { spyingStore } from '../../../harness/stores';
import { routineSlots } from '../routines/talk';

/** What the turn's calls get without a Lambda context: the budget less the response's reserve. */
const TURN_MS = ANSWER_BUDGET_MS - RESPONSE_RESERVE_MS;

/** A time-zone lookup that takes `ms` of the clock and records the deadline it was given. */
function slowZone(clock: ReturnType<typeof fixedClock>, ms: number): TimeZoneLookup & { left: unknown[] } {
  const left: unknown[] = [];
  return {
    left,
    timeZoneOf(_device, options) {
      left.push(options?.deadline?.remainingMs());
      clock.advance(ms);
      return Promise.resolve('America/New_York');
    },
  };
}

const logYesterday = () =>
  intentRequest(REST_DAY_INTENTS.log, { [REST_DAY_SLOTS.date]: { value: '2026-11-24' } });

describe('one deadline per turn', () => {
  it('the Settings API and the store call of a turn share the answer budget: the store gets what the lookup left', async () => {
    const clock = fixedClock();
    const store = spyingStore();
    const timeZones = slowZone(clock, 1000);
    const send = skillUnderTest(testDeps({ clock, store, timeZones }));
    await send(logYesterday());
    expect(timeZones.left).toEqual([TURN_MS]);
    expect(store.calls).toEqual([{ operation: 'logRestDay', remainingMs: TURN_MS - 1000 }]);
  });

  it("a Lambda context's remaining time, less the margin, bounds the turn", async () => {
    const clock = fixedClock();
    const store = spyingStore();
    const timeZones = slowZone(clock, 1000);
    const send = skillUnderTest(testDeps({ clock, store, timeZones }));
    await send(logYesterday(), lambdaContext(clock, 3000));
    expect(timeZones.left).toEqual([3000 - LAMBDA_MARGIN_MS]);
    expect(store.calls).toEqual([{ operation: 'logRestDay', remainingMs: 3000 - LAMBDA_MARGIN_MS - 1000 }]);
  });

  it("a rest day logged mid-routine: the interceptor's save gets only what the handler's write left", async () => {
    const clock = fixedClock();
    const inner = createMemoryStore();
    const slow = {
      ...inner,
      activity: {
        ...inner.activity,
        logRestDay: (...args: Parameters<typeof inner.activity.logRestDay>) => {
          clock.advance(2000);
          return inner.activity.logRestDay(...args);
        },
      },
    };
    const store = spyingStore({}, slow);
    const c = conversation({ store, clock });
    await c.intent(ROUTINE_INTENTS.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(20);
    store.calls.length = 0;
    const answer = await c.intent(REST_DAY_INTENTS.log, { [REST_DAY_SLOTS.date]: { value: '2026-11-24' } });
    expect(spoken(answer)).toMatch(messagePattern('restdays:logged', { vars: { day: 'yesterday' } }));
    expect(store.calls).toEqual([
      { operation: 'logRestDay', remainingMs: TURN_MS },
      { operation: 'setPausedRoutine', remainingMs: TURN_MS - 2000 },
    ]);
  });

  it('no second write after a failed one: a rest day mid-routine whose log failed does not try to save the routine', async () => {
    const store = spyingStore({ logRestDay: 'unavailable' });
    const c = conversation({ store });
    await c.intent(ROUTINE_INTENTS.warmUp, routineSlots('warmup.walk', 'full'));
    const before = store.calls.length;
    c.wait(20);
    const answer = await c.intent(REST_DAY_INTENTS.log, { [REST_DAY_SLOTS.date]: { value: '2026-11-24' } });
    expect(spoken(answer)).toMatch(messagePattern('restdays:notConfirmed', { vars: { day: 'yesterday' } }));
    expect(store.calls.slice(before).map((call) => call.operation)).toEqual(['logRestDay']);
  });

  it('a read after a failed write is still made, within the same deadline', async () => {
    const clock = fixedClock();
    const store = spyingStore({ setRestDayGoal: 'unavailable' });
    const bound = turnBoundStore(store, recordingMetrics());
    const turn = startTurn(clock, {});
    const outcome = await runTurn(turn, async () => {
      const goal = await bound.profiles.setRestDayGoal('u', 3, 'r1').catch((e: unknown) => e);
      clock.advance(500);
      const logged = await bound.activity
        .logRestDay('u', { date: '2026-11-24', loggedAt: 'x' }, 'r1')
        .catch((e: unknown) => e);
      await bound.activity.recent('u', '2026-11-01');
      return { goal, logged };
    });
    expect(outcome.logged).toBeInstanceOf(WriteSkippedError);
    expect((outcome.logged as WriteSkippedError).mayHaveWritten).toBe(false);
    expect(store.calls).toEqual([
      { operation: 'setRestDayGoal', remainingMs: TURN_MS },
      { operation: 'recent', remainingMs: TURN_MS - 500 },
    ]);
  });

  it("a caller's own deadline wins when it is the earlier one; the turn's when it is", async () => {
    const clock = fixedClock();
    const store = spyingStore();
    const bound = turnBoundStore(store, recordingMetrics());
    await runTurn(startTurn(clock, {}), async () => {
      await bound.activity.recent('u', '2026-11-01', { deadline: Deadline.after(clock, 100) });
      await bound.activity.recent('u', '2026-11-01', { deadline: Deadline.after(clock, 60_000) });
    });
    expect(store.calls.map((call) => call.remainingMs)).toEqual([100, TURN_MS]);
  });

  it('outside a turn (a handler called directly) calls pass through as they are', async () => {
    const store = spyingStore();
    await turnBoundStore(store, recordingMetrics()).activity.recent('u', '2026-11-01');
    expect(store.calls).toEqual([{ operation: 'recent', remainingMs: undefined }]);
  });

  it('concurrent turns each keep their own deadline and their own failed write', async () => {
    const clock = fixedClock();
    const first = startTurn(clock, lambdaContext(clock, 2000));
    const second = startTurn(clock, {});
    const seen = await Promise.all([
      runTurn(first, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return currentTurn();
      }),
      runTurn(second, async () => {
        await Promise.resolve();
        return currentTurn();
      }),
    ]);
    expect(seen).toEqual([first, second]);
    expect(first.deadline.remainingMs()).toBe(2000 - LAMBDA_MARGIN_MS);
    expect(second.deadline.remainingMs()).toBe(TURN_MS);
    expect(currentTurn()).toBeUndefined();
  });
});

/** A walk warm-up finished, and one paused, as the store's counting tests write them. */
const WALK_FINISHED: CompletedRoutine = {
  date: '2026-11-24',
  kind: 'warmup',
  routineId: 'warmup.walk',
  completedAt: '2026-11-24T07:00:00Z',
};
const WALK_PAUSED: PausedRoutine = {
  routineId: 'warmup.walk',
  length: 'full',
  step: 1,
  offset: 0,
  easier: [],
  pausedAt: 'x',
};

describe('what users did, counted once the store confirmed it', () => {
  it('counts a logged day, not one already logged nor one that failed', async () => {
    const metrics = recordingMetrics();
    const store = turnBoundStore(createMemoryStore(), metrics);
    const day = { date: '2026-11-24', loggedAt: '2026-11-25T18:00:00Z' };
    await store.activity.logRestDay('u', day, 'r1');
    await store.activity.logRestDay('u', day, 'r2');
    const failing = turnBoundStore(spyingStore({ logRestDay: 'unconfirmed' }), metrics);
    await expect(failing.activity.logRestDay('u', day, 'r3')).rejects.toThrow();
    expect(metrics.total('RestDayLogged')).toBe(1);
  });

  it('counts removals that removed, goals set, routines completed and saved, no dimension but the name', async () => {
    const metrics = recordingMetrics();
    const store = turnBoundStore(createMemoryStore(), metrics);
    await store.activity.logRestDay('u', { date: '2026-11-24', loggedAt: 'x' }, 'r1');
    await store.activity.removeRestDay('u', '2026-11-24', 'r2');
    await store.activity.removeRestDay('u', '2026-11-23', 'r3');
    await store.profiles.setRestDayGoal('u', 3, 'r4');
    await store.activity.recordRoutine('u', WALK_FINISHED);
    await store.profiles.setPausedRoutine('u', WALK_PAUSED, 'r5');
    await store.profiles.setPausedRoutine('u', undefined, 'r6');
    expect(metrics.counts).toEqual([
      { name: 'RestDayLogged' },
      { name: 'RestDayRemoved' },
      { name: 'RestDayGoalSet' },
      { name: 'RoutineCompleted' },
      { name: 'RoutinePaused' },
    ]);
  });
});

describe('what a request delivered again counts', () => {
  it('counts a goal, a routine finished and a routine paused once when one request writes each twice', async () => {
    const metrics = recordingMetrics();
    const store = turnBoundStore(createMemoryStore(), metrics);
    const twice = async (deliver: () => Promise<unknown>) => {
      await deliver();
      await deliver();
    };
    await twice(() => store.profiles.setRestDayGoal('u', 3, 'r-goal'));
    await twice(() => store.activity.recordRoutine('u', WALK_FINISHED));
    await twice(() => store.profiles.setPausedRoutine('u', WALK_PAUSED, 'r-pause'));
    await store.profiles.setRestDayGoal('u', 3, 'r-goal-again');
    expect(metrics.counts).toEqual([
      { name: 'RestDayGoalSet' },
      { name: 'RoutineCompleted' },
      { name: 'RoutinePaused' },
      { name: 'RestDayGoalSet' },
    ]);
  });
});

describe('what the skill counts, turn by turn (no user, device, slot text or date in any count)', () => {
  it('back pain, then "yes": PainReported and RestDayLogged; a finished cool-down: RoutineCompleted', async () => {
    const metrics = recordingMetrics();
    const c = conversation({ metrics });
    await c.intent(ROUTINE_INTENTS.start, routineSlots('warmup.walk', 'quick'));
    await c.intent(ROUTINE_INTENTS.pain);
    await c.intent('AMAZON.YesIntent');
    await c.intent(ROUTINE_INTENTS.start, routineSlots('cooldown.walk', 'quick'));
    await c.intent(ROUTINE_INTENTS.yes);
    while (c.inSession) {
      c.wait(300);
      await c.intent(ROUTINE_INTENTS.yes);
    }
    expect(metrics.counts).toEqual([
      { name: 'PainReported' },
      { name: 'RestDayLogged' },
      { name: 'RoutineCompleted' },
    ]);
  });

  it('an unconfirmed log counts no RestDayLogged (the store counts UnconfirmedSave and StoreFailure)', async () => {
    const metrics = recordingMetrics();
    const send = skillUnderTest(testDeps({ metrics, store: spyingStore({ logRestDay: 'unconfirmed' }) }));
    await send(logYesterday());
    expect(metrics.total('RestDayLogged')).toBe(0);
  });
});
