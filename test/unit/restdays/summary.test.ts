import { createMemoryStore } from '../../../lambda/store/memory';
import { TEST_USER_ID } from '../../helpers/envelopes';
import { conversation } from '../../helpers/session';
import { spoken } from '../../helpers/skill';
import { countingStore, seedRestDays, unavailableStore } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York. This week: Monday 23 to Sunday 29.
const PROGRESS = 'RestDayProgressIntent';

describe('how many rest days this week / am I on track', () => {
  it('names the week and its rest days, compares with the default goal of two, in ONE query', async () => {
    const { store, calls } = countingStore();
    await seedRestDays(store, '2026-11-20', '2026-11-23', '2026-11-24');
    const response = await conversation({ store }).intent(PROGRESS);
    expect(spoken(response)).toMatch(/Monday, November 23 to Sunday, November 29/);
    expect(spoken(response)).toMatch(/Monday and Tuesday/);
    expect(spoken(response)).toMatch(/goal of 2/);
    expect(spoken(response)).not.toMatch(/Friday/);
    expect(calls.recent).toBe(1);
    expect(calls.history).toBeUndefined();
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('with none yet on a Wednesday, says so and that the week still has room', async () => {
    const response = await conversation().intent(PROGRESS);
    expect(spoken(response)).toMatch(/haven't logged a rest day this week|No rest days logged yet/);
    expect(spoken(response)).toMatch(/on track/);
  });

  it('uses the goal the user set', async () => {
    const store = createMemoryStore();
    await store.profiles.setRestDayGoal(TEST_USER_ID, 3, 'seed-goal');
    await seedRestDays(store, '2026-11-23');
    const response = await conversation({ store }).intent(PROGRESS);
    expect(spoken(response)).toMatch(/1 of (your goal of )?3/);
  });

  it('on a Sunday with the goal out of reach, says so without scolding', async () => {
    const convo = conversation();
    convo.clock.set('2026-11-29T18:00:00Z');
    const response = await convo.intent(PROGRESS);
    expect(spoken(response)).toMatch(/enough days left|out of reach/);
  });

  it('when the goal needs every day left, says so', async () => {
    const convo = conversation();
    convo.clock.set('2026-11-28T18:00:00Z'); // Saturday: two days left, two rest days needed
    const response = await convo.intent(PROGRESS);
    expect(spoken(response)).toMatch(/every day (that's )?left/i);
  });

  it('when the goal is met, says so', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23', '2026-11-25');
    const response = await conversation({ store }).intent(PROGRESS);
    expect(spoken(response)).toMatch(/meets your goal|goal of 2 is met/);
  });
});

describe('when was my last rest day / list my rest days', () => {
  it('says the most recent rest day', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-10', '2026-11-20');
    const response = await conversation({ store }).intent('LastRestDayIntent');
    expect(spoken(response)).toMatch(/Friday, November 20/);
  });

  it('says when there is none in the last 60 days', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-08-01');
    const response = await conversation({ store }).intent('LastRestDayIntent');
    expect(spoken(response)).toMatch(/last 60 days/);
  });

  it('lists the last two weeks of rest days, oldest first, with dates', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-01', '2026-11-15', '2026-11-24');
    const response = await conversation({ store }).intent('ListRestDaysIntent');
    expect(spoken(response)).toMatch(/Thursday, November 12/);
    expect(spoken(response)).toMatch(/Sunday, November 15,? and yesterday/);
    expect(spoken(response)).not.toMatch(/November 1\b/);
  });

  it('lists nothing when there is nothing', async () => {
    const response = await conversation().intent('ListRestDaysIntent');
    expect(spoken(response)).toMatch(/No rest days logged|don't have any rest days/);
  });

  it.each(['RestDayProgressIntent', 'LastRestDayIntent', 'ListRestDaysIntent', 'RestAdviceIntent'])(
    '%s says plainly when the log cannot be read',
    async (intent) => {
      const response = await conversation({ store: unavailableStore() }).intent(intent);
      expect(spoken(response)).toMatch(/couldn't read your log|not answering/);
      expect(spoken(response)).toMatch(/Nothing was changed/);
    },
  );
});
