import { conversation } from '../../../harness/conversation';
import { reprompted, spoken } from '../../../harness/speech';
import { seedRestDays, unavailableStore } from './fixtures';

const GOAL = 'SetRestDayGoalIntent';

describe('the weekly rest-day goal', () => {
  it('"set my rest day goal to three" stores it, and summaries use it', async () => {
    const convo = conversation();
    const set = await convo.intent(GOAL, { count: { value: '3' } });
    expect(spoken(set)).toMatch(/3 rest days a week/);
    await seedRestDays(convo.deps.store, '2026-11-23');
    const progress = await convo.intent('RestDayProgressIntent');
    expect(spoken(progress)).toMatch(/1 of (your goal of )?3/);
  });

  it('a goal of one is allowed, with a gentle word about two', async () => {
    const response = await conversation().intent(GOAL, { count: { value: '1' } });
    expect(spoken(response)).toMatch(/one rest day a week/);
    expect(spoken(response)).toMatch(/two/);
  });

  it.each(['0', '5', '7', '12'])(
    '%s is out of range: the range is said and nothing stored',
    async (value) => {
      const convo = conversation();
      const response = await convo.intent(GOAL, { count: { value } });
      expect(spoken(response)).toMatch(/from 1 to 4/);
      expect(reprompted(response)).not.toBe('');
      expect(response.response.shouldEndSession).toBe(false);
      const progress = await convo.intent('RestDayProgressIntent');
      expect(spoken(progress)).toMatch(/goal of 2/);
    },
  );

  it.each([undefined, '?'])('no number (%p) asks for one', async (value) => {
    const response = await conversation().intent(GOAL, value === undefined ? {} : { count: { value } });
    expect(spoken(response)).toMatch(/How many|Tell me a number/);
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('when the profile cannot be written, says the goal was not changed', async () => {
    const response = await conversation({ store: unavailableStore() }).intent(GOAL, {
      count: { value: '3' },
    });
    expect(spoken(response)).toMatch(/goal was not changed/);
  });
});
