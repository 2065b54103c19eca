import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { painHandler } from '../../../lambda/routines/handlers/safety';
import { answerOf } from '../../../harness/answers';
import { intentRequest, TEST_USER_ID } from '../../../harness/envelopes';
import { testDeps } from '../../../harness/skill';
import { countingStore } from '../../../harness/stores';
import { conversation } from '../../../harness/conversation';
import { reprompted, spoken } from '../../../harness/speech';
import { routineSlots, stepsHeard } from './talk';
import { messagePattern } from '../../../harness/messages';

describe('back pain', () => {
  it('inside a routine: stops it at once, gives calm advice and asks about a rest day', async () => {
    const c = conversation();
    await c.intent(I.start, routineSlots('warmup.aerobic', 'full'));
    c.wait(45);
    const response = await c.intent(I.pain);
    expect(spoken(response)).toMatch(/stop/i);
    expect(spoken(response)).toMatch(messagePattern('routines:pain'));
    expect(spoken(response)).toMatch(/sharp pain/);
    expect(spoken(response)).toMatch(/doctor or physical therapist/);
    expect(spoken(response)).toMatch(/rest day\?$/);
    expect(reprompted(response)).toMatch(/rest day/);
    expect(response.response.shouldEndSession).toBe(false);
    expect(response.sessionAttributes?.question).toEqual({
      kind: 'restdays.logToday',
      data: { after: 'pain' },
    });
    expect(stepsHeard(response, 'warmup.aerobic', 'full')).toEqual([]);
    const after = await c.intent(I.next);
    expect(spoken(after)).toMatch(messagePattern('routines:noRoutineAfterPain'));
    expect(spoken(after)).not.toMatch(/warm-up/);
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

  it('answers with the advice and the rest-day question, and drops the routine and its saved place', async () => {
    const store = countingStore();
    const routine = {
      state: { routineId: 'warmup.walk', length: 'full', status: 'paused', step: 1, offset: 0, easier: [] },
      respondedAt: Date.parse('2026-11-25T17:59:00Z'),
      saved: true,
    };
    const envelope = intentRequest(I.pain, {}, { sessionAttributes: { routine } });
    const { answer, sessionAttributes } = await answerOf(painHandler(testDeps({ store })), envelope);
    expect(answer).toEqual({
      type: 'ask',
      speech: [{ kind: 'message', key: 'routines:pain', vars: {} }],
      reprompt: [{ kind: 'message', key: 'routines:painReprompt', vars: {} }],
      question: { kind: 'restdays.logToday', data: { after: 'pain' } },
    });
    expect(sessionAttributes.routine).toBeUndefined();
    expect(store.calls).toEqual(['profiles.recordPain']);
  });

  it('outside a routine: the same advice and question', async () => {
    const response = await conversation().intent(I.pain);
    expect(spoken(response)).toMatch(/doctor or physical therapist/);
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
    expect(spoken(launch)).not.toMatch(messagePattern('routines:resumeOffer'));
    expect(spoken(launch)).toMatch(messagePattern('routines:backCheck.afterPain'));
  });
});
