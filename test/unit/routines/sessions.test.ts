import { stepsOf } from '../../../lambda/routines/catalog';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import { TEST_USER_ID } from '../../helpers/envelopes';
import { conversation } from '../../helpers/session';
import { reprompted } from '../../helpers/skill';
import { countingStore, routineSlots, stepsHeard, words } from './talk';

const WALK = stepsOf('warmup.walk', 'full');

describe('an interruption mid-response', () => {
  // The first response plays the easy walk (150 s), then the core walk (60 s); 200 s in, the user is
  // on the core walk, not on the easy walk the response began with.
  it('"next" lands after the step the user is actually on', async () => {
    const c = conversation();
    const first = await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    expect(stepsHeard(first, 'warmup.walk', 'full').slice(0, 2)).toEqual([0, 1]);
    c.wait(200);
    const response = await c.intent(I.next);
    expect(stepsHeard(response, 'warmup.walk', 'full')[0]).toBe(2);
  });

  it('"how much longer" answers for the step the user is on', async () => {
    const c = conversation();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(100);
    const response = await c.intent(I.howLong);
    // 100 s into the response, less the spoken opening and intro: about 85 s into the 150 s easy walk
    expect(words(response)).toMatch(/(5\d|6\d|7\d) seconds (left on this move|to go on this one)/);
    expect(words(response)).toMatch(/(Carry on with|Back to) Easy walk/);
  });

  it('"pause" keeps the place reached, and "resume" carries on from there', async () => {
    const c = conversation();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(190);
    await c.intent(I.pause);
    c.wait(600);
    const resumed = await c.intent(I.resume);
    expect(words(resumed)).toMatch(new RegExp(`(Carry on with|Back to) ${WALK[1]?.name}`));
  });
});

describe('pause and resume across sessions', () => {
  it('saves on pause in one write, then the next launch offers to pick up', async () => {
    const store = countingStore(createMemoryStore());
    const c = conversation({ store });
    await c.launch();
    await c.intent(I.start, routineSlots('cooldown.stretch', 'quick'));
    c.wait(60);
    await c.intent(I.next);
    expect(store.calls).toEqual(['profiles.recordLaunch']);
    c.wait(20);
    const paused = await c.intent(I.pause);
    expect(words(paused)).toMatch(/saved/);
    expect(store.calls).toEqual(['profiles.recordLaunch', 'profiles.setPausedRoutine']);
    await c.endSession('EXCEEDED_MAX_REPROMPTS');
    expect(store.calls).toHaveLength(2);

    c.wait(3600);
    const launch = await c.launch();
    expect(words(launch)).toMatch(/stretch.*Hamstring stretch.*\?/);
    expect(reprompted(launch)).toMatch(/yes/i);
    const resumed = await c.intent(I.yes);
    expect(words(resumed)).toMatch(/Picking up|carry on/i);
    expect(stepsHeard(resumed, 'cooldown.stretch', 'quick')[0]).toBe(3);
    expect(words(resumed)).toMatch(/(Carry on with|Back to) Hamstring stretch/);
  });

  it('"resume" also answers the launch offer', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.coolDown, routineSlots('cooldown.yoga', 'full'));
    await c.intent('AMAZON.StopIntent');
    const launch = await c.launch();
    expect(words(launch)).toMatch(/yoga cool-down/);
    const resumed = await c.intent(I.resume);
    expect(stepsHeard(resumed, 'cooldown.yoga', 'full')[0]).toBe(0);
  });

  it('a routine left by silence is saved at session end and offered at the next launch', async () => {
    const store = countingStore(createMemoryStore());
    const c = conversation({ store });
    await c.launch();
    await c.intent(I.start, routineSlots('warmup.aerobic', 'quick'));
    c.wait(400);
    await c.endSession('EXCEEDED_MAX_REPROMPTS');
    expect(store.calls.filter((call) => call === 'profiles.setPausedRoutine')).toHaveLength(1);
    const launch = await c.launch();
    expect(words(launch)).toMatch(/aerobic|cardio/);
  });

  it('"no" to the offer starts afresh, and the offer is not repeated', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.start, routineSlots('warmup.yoga', 'quick'));
    await c.intent(I.pause);
    await c.launch();
    const declined = await c.intent('AMAZON.NoIntent');
    expect(words(declined)).toMatch(/warm-up, a cool-down|Warm-up, cool-down/);
    expect(declined.response.shouldEndSession).toBe(false);
    await c.endSession();
    const again = await c.launch();
    expect(words(again)).not.toMatch(/paused/);
  });

  it('progress older than a few hours is not offered', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.start, routineSlots('warmup.yoga', 'quick'));
    await c.intent(I.pause);
    c.wait(5 * 3600);
    const launch = await c.launch();
    expect(words(launch)).not.toMatch(/paused/);
  });
});

describe('stop inside a routine', () => {
  it('saves the place, says so, and ends the session', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.start, routineSlots('cooldown.walk', 'full'));
    c.wait(150);
    const stopped = await c.intent('AMAZON.CancelIntent');
    expect(words(stopped)).toMatch(/saved your place|Your place is saved/);
    expect(words(stopped)).toContain('Slow trot');
    expect(stopped.response.shouldEndSession).toBe(true);
    const launch = await c.launch();
    expect(words(launch)).toMatch(/Slow trot/);
  });

  it('says plainly when the place could not be saved', async () => {
    const memory = createMemoryStore();
    const store: Store = {
      ...memory,
      profiles: {
        ...memory.profiles,
        setPausedRoutine: () => Promise.reject(new StoreUnavailableError('setPausedRoutine')),
      },
    };
    const c = conversation({ store });
    await c.intent(I.start, routineSlots('cooldown.walk', 'full'));
    const stopped = await c.intent('AMAZON.StopIntent');
    expect(words(stopped)).toMatch(/couldn't confirm (your place was saved|I kept your place)/);
    expect(words(stopped)).not.toMatch(/saved your place|place is saved/);
    expect(stopped.response.shouldEndSession).toBe(true);
    const paused = await conversation({ store }).intent(I.start, routineSlots('cooldown.walk', 'full'));
    expect(paused.response.shouldEndSession).toBe(false);
  });

  it('pause says plainly when the place could not be saved', async () => {
    const memory = createMemoryStore();
    const store: Store = {
      ...memory,
      profiles: {
        ...memory.profiles,
        setPausedRoutine: () => Promise.reject(new StoreUnavailableError('x')),
      },
    };
    const c = conversation({ store });
    await c.intent(I.start, routineSlots('warmup.walk', 'quick'));
    const paused = await c.intent(I.pause);
    expect(words(paused)).toMatch(/couldn't confirm (your place was saved|I kept your place)/);
    expect(paused.response.shouldEndSession).toBe(false);
  });
});

describe('finishing', () => {
  it('says plainly when the finished routine could not be recorded', async () => {
    const memory = createMemoryStore();
    const store: Store = {
      ...memory,
      activity: { ...memory.activity, recordRoutine: () => Promise.reject(new StoreUnavailableError('r')) },
    };
    const c = conversation({ store });
    await c.intent(I.start, routineSlots('cooldown.walk', 'quick'));
    let response = await c.intent(I.yes);
    while (c.inSession) {
      c.wait(300);
      response = await c.intent(I.yes);
    }
    expect(words(response)).toMatch(/rest days/);
    expect(words(response)).toMatch(/couldn't confirm this routine (was|made it)/);
  });

  it('a routine played to the end and left in silence is still recorded', async () => {
    const c = conversation();
    await c.intent(I.start, routineSlots('warmup.walk', 'quick'));
    let response = await c.intent(I.yes);
    while (words(response).match(/Ready for your run|Ready to head out/) === null) {
      c.wait(300);
      response = await c.intent(I.yes);
    }
    c.wait(300);
    await c.endSession('EXCEEDED_MAX_REPROMPTS');
    const history = await c.deps.store.activity.history(TEST_USER_ID, '2026-11-25', '2026-11-25');
    expect(history.routines.map((r) => r.routineId)).toEqual(['warmup.walk']);
  });

  it('"stop" after the last move has played finishes, records and praises', async () => {
    const c = conversation();
    await c.intent(I.start, routineSlots('cooldown.yoga', 'quick'));
    c.wait(300);
    await c.intent(I.yes);
    c.wait(300);
    const stopped = await c.intent('AMAZON.StopIntent');
    expect(words(stopped)).toMatch(/rest days/);
    expect(stopped.response.shouldEndSession).toBe(true);
    const history = await c.deps.store.activity.history(TEST_USER_ID, '2026-11-25', '2026-11-25');
    expect(history.routines.map((r) => r.routineId)).toEqual(['cooldown.yoga']);
  });

  it('"no" at a break point saves the place and says how to come back', async () => {
    const c = conversation();
    await c.intent(I.start, routineSlots('warmup.yoga', 'full'));
    c.wait(300);
    const later = await c.intent('AMAZON.NoIntent');
    expect(words(later)).toMatch(/saved your place|Your place is saved/);
    expect(words(later)).toMatch(/open Run Coach/);
    expect(later.response.shouldEndSession).toBe(true);
  });

  it('navigation makes no storage call', async () => {
    const store = countingStore(createMemoryStore());
    const c = conversation({ store });
    await c.intent(I.start, routineSlots('warmup.aerobic', 'full'));
    for (const intent of [
      I.next,
      I.previous,
      I.repeat,
      I.howLong,
      I.whatsNext,
      I.howTo,
      I.whatFor,
      I.easier,
    ]) {
      c.wait(15);
      await c.intent(intent);
    }
    await c.intent(I.startOver);
    await c.intent(I.yes);
    expect(store.calls).toEqual([]);
  });
});

describe('back pain', () => {
  it('inside a routine: stops it at once, gives calm advice and asks about a rest day', async () => {
    const c = conversation();
    await c.intent(I.start, routineSlots('warmup.aerobic', 'full'));
    c.wait(45);
    const response = await c.intent(I.pain);
    expect(words(response)).toMatch(/stop/i);
    expect(words(response)).toMatch(/walk (gently|slowly)/);
    expect(words(response)).toMatch(/sharp pain/);
    expect(words(response)).toMatch(/doctor or physical therapist/);
    expect(words(response)).toMatch(/rest day\?$/);
    expect(reprompted(response)).toMatch(/rest day/);
    expect(response.response.shouldEndSession).toBe(false);
    expect(response.sessionAttributes?.question).toEqual({
      kind: 'restdays.logToday',
      data: { after: 'pain' },
    });
    expect(stepsHeard(response, 'warmup.aerobic', 'full')).toEqual([]);
    const after = await c.intent(I.next);
    expect(words(after)).toMatch(/(look after|because) your back/);
    expect(words(after)).not.toMatch(/warm-up/);
    expect(after.sessionAttributes?.question).toEqual({ kind: 'restdays.logToday', data: { after: 'pain' } });
  });

  it('"yes" to the rest-day question logs today, on the local date', async () => {
    const c = conversation();
    c.clock.set('2026-11-26T03:00:00Z'); // 22:00 on the 25th in New York
    await c.intent(I.start, routineSlots('warmup.walk', 'quick'));
    await c.intent(I.pain);
    await c.intent('AMAZON.YesIntent');
    const history = await c.deps.store.activity.history(TEST_USER_ID, '2026-11-25', '2026-11-26');
    expect(history.restDays.map((d) => d.date)).toEqual(['2026-11-25']);
  });

  it('outside a routine: the same advice and question', async () => {
    const response = await conversation().intent(I.pain);
    expect(words(response)).toMatch(/doctor or physical therapist/);
    expect(response.sessionAttributes?.question).toEqual({
      kind: 'restdays.logToday',
      data: { after: 'pain' },
    });
  });

  it('a paused routine is not offered again after pain', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.start, routineSlots('warmup.aerobic', 'full'));
    await c.intent(I.pause);
    await c.intent(I.pain);
    await c.endSession();
    const launch = await c.launch();
    expect(words(launch)).not.toMatch(/paused/);
  });
});

describe('routine commands with no routine going', () => {
  it.each([I.pause, I.resume, I.next, I.previous, I.howLong, I.easier])(
    '%s offers a routine',
    async (intent) => {
      const response = await conversation().intent(intent);
      expect(words(response)).toMatch(/warm-up, or a cool-down|warm-up or a cool-down/);
      expect(response.response.shouldEndSession).toBe(false);
    },
  );
});

describe('"ask Run Coach to resume" in a new session', () => {
  it('carries on with the paused routine at once', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.start, routineSlots('cooldown.walk', 'full'));
    c.wait(175);
    await c.intent('AMAZON.StopIntent');
    c.wait(600);
    const resumed = await c.intent(I.resume);
    // 175 s in, the first response (the 2-minute jog) had played out: the slow trot is next
    expect(words(resumed)).toMatch(
      /^(Picking up where you left off|Okay, from where you stopped)\. (Now, )?Slow trot\./,
    );
    expect(resumed.response.shouldEndSession).toBe(false);
  });

  it('says plainly when nothing is paused', async () => {
    const response = await conversation().intent(I.resume);
    expect(words(response)).toMatch(/nothing paused|no paused routine/);
  });

  it('says plainly when the store cannot be reached', async () => {
    const memory = createMemoryStore();
    const store: Store = {
      ...memory,
      profiles: { ...memory.profiles, recordLaunch: () => Promise.reject(new StoreUnavailableError('l')) },
    };
    const response = await conversation({ store }).intent(I.resume);
    expect(words(response)).toMatch(
      /couldn't (check for|look up) your paused routine|couldn't check for a paused/,
    );
  });
});
