import { stepsOf } from '../../../lambda/routines/catalog';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import { conversation } from '../../../harness/conversation';
import { reprompted, spoken } from '../../../harness/speech';
import { routineSlots, stepsHeard } from './talk';
import { countingStore } from '../../../harness/stores';
import { messagePattern } from '../../../harness/messages';

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
    expect(spoken(response)).toMatch(messagePattern('routines:howLong'));
    expect(spoken(response)).toMatch(/\b(5\d|6\d|7\d) seconds\b/);
    expect(spoken(response)).toMatch(messagePattern('routines:stepResume', { vars: { name: 'Easy walk' } }));
  });

  it('"pause" keeps the place reached, and "resume" carries on from there', async () => {
    const c = conversation();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(190);
    await c.intent(I.pause);
    c.wait(600);
    const resumed = await c.intent(I.resume);
    expect(spoken(resumed)).toMatch(messagePattern('routines:stepResume', { vars: { name: WALK[1]!.name } }));
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
    expect(spoken(paused)).toMatch(/saved/);
    expect(store.calls).toEqual(['profiles.recordLaunch', 'profiles.setPausedRoutine']);
    await c.endSession('EXCEEDED_MAX_REPROMPTS');
    expect(store.calls).toHaveLength(2);

    c.wait(3600);
    const launch = await c.launch();
    expect(spoken(launch)).toMatch(/stretch.*Hamstring stretch.*\?/);
    expect(reprompted(launch)).toMatch(/yes/i);
    const resumed = await c.intent(I.yes);
    expect(spoken(resumed)).toMatch(messagePattern('routines:moved.resume'));
    expect(stepsHeard(resumed, 'cooldown.stretch', 'quick')[0]).toBe(3);
    expect(spoken(resumed)).toMatch(
      messagePattern('routines:stepResume', { vars: { name: 'Hamstring stretch' } }),
    );
  });

  it('"resume" also answers the launch offer', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.coolDown, routineSlots('cooldown.yoga', 'full'));
    await c.intent('AMAZON.StopIntent');
    const launch = await c.launch();
    expect(spoken(launch)).toMatch(/yoga cool-down/);
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
    expect(spoken(launch)).toMatch(messagePattern('routines:name.warmup.aerobic'));
  });

  it('"no" to the offer starts afresh, and the offer is not repeated', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.start, routineSlots('warmup.yoga', 'quick'));
    await c.intent(I.pause);
    await c.launch();
    const declined = await c.intent('AMAZON.NoIntent');
    expect(spoken(declined)).toMatch(messagePattern('routines:resumeDeclined'));
    expect(declined.response.shouldEndSession).toBe(false);
    await c.endSession();
    const again = await c.launch();
    expect(spoken(again)).not.toMatch(/paused/);
  });

  it('progress older than a few hours is not offered', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.start, routineSlots('warmup.yoga', 'quick'));
    await c.intent(I.pause);
    c.wait(5 * 3600);
    const launch = await c.launch();
    expect(spoken(launch)).not.toMatch(/paused/);
  });
});

describe('stop inside a routine', () => {
  it('saves the place, says so, and ends the session', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.start, routineSlots('cooldown.walk', 'full'));
    c.wait(150);
    const stopped = await c.intent('AMAZON.CancelIntent');
    expect(spoken(stopped)).toMatch(messagePattern('routines:stopped'));
    expect(spoken(stopped)).toContain('Slow trot');
    expect(stopped.response.shouldEndSession).toBe(true);
    const launch = await c.launch();
    expect(spoken(launch)).toMatch(/Slow trot/);
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
    expect(spoken(stopped)).toMatch(messagePattern('routines:stoppedNotSaved'));
    expect(spoken(stopped)).not.toMatch(messagePattern('routines:stopped'));
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
    expect(spoken(paused)).toMatch(messagePattern('routines:pausedNotSaved'));
    expect(paused.response.shouldEndSession).toBe(false);
  });
});

describe('routine commands with no routine going', () => {
  it.each([I.pause, I.next, I.previous, I.howLong, I.easier])('%s offers a routine', async (intent) => {
    const response = await conversation().intent(intent);
    expect(spoken(response)).toMatch(messagePattern('routines:noRoutine'));
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('resume, which starts a session, says nothing is paused and offers a routine', async () => {
    const response = await conversation().intent(I.resume);
    expect(spoken(response)).toMatch(messagePattern('routines:nothingPaused'));
    expect(response.response.shouldEndSession).toBe(false);
  });
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
    expect(spoken(resumed)).toMatch(
      new RegExp(`^${messagePattern('routines:moved.resume').source} Slow trot( again)?[:,]`, 'i'),
    );
    expect(resumed.response.shouldEndSession).toBe(false);
  });

  it('says plainly when nothing is paused', async () => {
    const response = await conversation().intent(I.resume);
    expect(spoken(response)).toMatch(messagePattern('routines:nothingPaused'));
  });

  it('says plainly when the store cannot be reached', async () => {
    const memory = createMemoryStore();
    const store: Store = {
      ...memory,
      profiles: { ...memory.profiles, recordLaunch: () => Promise.reject(new StoreUnavailableError('l')) },
    };
    const response = await conversation({ store }).intent(I.resume);
    expect(spoken(response)).toMatch(
      /couldn't (check for|look up) your paused routine|couldn't check for a paused/,
    );
  });
});
