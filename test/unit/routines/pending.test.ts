/**
 * Routine commands ("next", "pause", …) when no routine is going but another capability's yes/no
 * question is waiting: the question takes the command as its answer where that is natural, and is
 * otherwise kept open rather than dropped.
 */
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { createMemoryStore } from '../../../lambda/store/memory';
import { conversation } from '../../../harness/conversation';
import { reprompted, spoken } from '../../../harness/speech';
import { seedRuns, storedRestDays } from '../restdays/fixtures';
import { messagePattern } from '../../../harness/messages';

const TIP = 'RunningTipIntent';
const ADVICE = 'RestAdviceIntent';
const OFFER = /warm-up, or a cool-down|warm-up or a cool-down/;

describe('"want another tip?"', () => {
  it('"next" gives another tip', async () => {
    const c = conversation();
    const first = spoken(await c.intent(TIP));
    const next = await c.intent(I.next);
    expect(spoken(next)).toMatch(messagePattern('tips:another'));
    expect(spoken(next).split('.')[0]).not.toBe(first.split('.')[0]);
    expect(next.sessionAttributes?.question).toEqual({ kind: 'tips.another' });
  });

  it('"repeat" says the same tip again, and asks again', async () => {
    const c = conversation();
    const first = await c.intent(TIP);
    const again = await c.intent(I.repeat);
    expect(again.sessionAttributes?.tips).toEqual(first.sessionAttributes?.tips); // no new topic heard
    expect(spoken(again)).toMatch(messagePattern('tips:another'));
    expect(again.sessionAttributes?.question).toEqual({ kind: 'tips.another' });
  });

  it.each([I.pause, I.resume, I.previous, I.startOver])(
    '%s keeps the question open, and "yes" then gives another tip',
    async (intent) => {
      const c = conversation();
      await c.intent(TIP);
      const answer = await c.intent(intent);
      expect(spoken(answer)).toMatch(messagePattern('routines:noRoutinePending'));
      expect(spoken(answer)).not.toMatch(OFFER);
      expect(reprompted(answer)).toMatch(messagePattern('routines:noRoutinePendingReprompt'));
      expect(answer.response.shouldEndSession).toBe(false);
      const yes = await c.intent(I.yes);
      expect(spoken(yes)).toMatch(messagePattern('tips:another'));
    },
  );
});

describe('"shall I log today as a rest day?"', () => {
  it('after back pain, "resume" offers no routine and keeps the rest-day question', async () => {
    const c = conversation();
    await c.intent(I.warmUp);
    await c.intent(I.pain);
    const resume = await c.intent(I.resume);
    expect(spoken(resume)).toMatch(messagePattern('routines:noRoutineAfterPain'));
    expect(spoken(resume)).toMatch(/rest day\?$/);
    expect(spoken(resume)).not.toMatch(/warm-up/);
    expect(reprompted(resume)).toMatch(/rest day/);
    await c.intent(I.yes);
    expect(await storedRestDays(c.deps.store)).toEqual(['2026-11-25']);
  });

  it('after the coach\'s advice, "next" keeps the question; "no" then logs nothing', async () => {
    const store = createMemoryStore();
    await seedRuns(store, '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24');
    const c = conversation({ store });
    await c.intent(ADVICE);
    const next = await c.intent(I.next);
    expect(spoken(next)).toMatch(messagePattern('routines:noRoutineLogToday'));
    expect(spoken(next)).toMatch(/log today as a rest day\?$/);
    const no = await c.intent(I.no);
    expect(no.response.shouldEndSession).toBe(true);
    expect(await storedRestDays(store)).toEqual([]);
  });
});

describe('no question waiting', () => {
  it('"next" says nothing is going and offers a routine', async () => {
    const next = await conversation().intent(I.next);
    expect(spoken(next)).toMatch(OFFER);
    expect(next.sessionAttributes?.question).toBeUndefined();
  });

  it('"next" after "warm-up or cool-down?" asks that again', async () => {
    const c = conversation();
    await c.intent(I.start);
    const next = await c.intent(I.next);
    expect(spoken(next)).toMatch(OFFER);
  });
});
