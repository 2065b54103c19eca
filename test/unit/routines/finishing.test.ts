import type { ResponseEnvelope } from 'ask-sdk-model';
import { ROUTINE_INTENTS as I, ROUTINE_QUESTIONS } from '../../../lambda/routines/intents';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import { TEST_USER_ID } from '../../../harness/envelopes';
import { conversation } from '../../../harness/conversation';
import { routineSlots } from './talk';
import { countingStore } from '../../../harness/stores';
import { spoken } from '../../../harness/speech';
import { messagePattern } from '../../../harness/messages';

/** Whether the response ends the routine with "how does your back feel?". */
function asksAboutTheBack(response: ResponseEnvelope): boolean {
  return sessionQuestion(response) === ROUTINE_QUESTIONS.backCheck;
}

function sessionQuestion(response: ResponseEnvelope): unknown {
  const question: unknown = response.sessionAttributes?.question;
  return typeof question === 'object' && question !== null && 'kind' in question ? question.kind : undefined;
}

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
    for (let turn = 0; turn < 10 && c.inSession; turn++) {
      c.wait(300);
      response = await c.intent(I.yes);
    }
    expect(c.inSession).toBe(false);
    expect(spoken(response)).toMatch(/rest days/);
    expect(spoken(response)).toMatch(messagePattern('routines:notRecorded'));
  });

  it('a routine played to the end and left in silence is still recorded', async () => {
    const c = conversation();
    await c.intent(I.start, routineSlots('warmup.walk', 'quick'));
    let response = await c.intent(I.yes);
    for (let turn = 0; turn < 10 && !asksAboutTheBack(response); turn++) {
      c.wait(300);
      response = await c.intent(I.yes);
    }
    expect(spoken(response)).toMatch(messagePattern('routines:backCheck.question'));
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
    expect(spoken(stopped)).toMatch(/rest days/);
    expect(stopped.response.shouldEndSession).toBe(true);
    const history = await c.deps.store.activity.history(TEST_USER_ID, '2026-11-25', '2026-11-25');
    expect(history.routines.map((r) => r.routineId)).toEqual(['cooldown.yoga']);
  });

  it('"no" at a break point saves the place and says how to come back', async () => {
    const c = conversation();
    await c.intent(I.start, routineSlots('warmup.yoga', 'full'));
    c.wait(300);
    const later = await c.intent('AMAZON.NoIntent');
    expect(spoken(later)).toMatch(messagePattern('routines:laterSaved'));
    expect(later.response.shouldEndSession).toBe(true);
  });

  it('navigation makes no storage call', async () => {
    const store = countingStore(createMemoryStore());
    const c = conversation({ store });
    await c.intent(I.start, routineSlots('warmup.aerobic', 'full'));
    // The start's one profile write (first contact, recent pain); navigation adds none.
    expect(store.calls).toEqual(['profiles.recordLaunch']);
    store.calls.length = 0;
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
