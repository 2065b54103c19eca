import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { TEST_USER_ID } from '../../../harness/envelopes';
import { conversation } from '../../../harness/conversation';
import { reprompted } from '../../../harness/speech';
import { routineSlots, stepsHeard, words } from './talk';

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
