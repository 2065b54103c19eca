import { createMemoryStore } from '../../../lambda/store/memory';
import { conversation } from '../../../harness/conversation';
import { reprompted, spoken } from '../../../harness/speech';
import { countingStore, seedRestDays, seedRuns, storedRestDays } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York.
const ADVICE = 'RestAdviceIntent';

describe('should I run today? / do I need a rest day?', () => {
  it('after five running days in a row, advises rest, offers to log it, and yes logs today', async () => {
    const { store, calls } = countingStore();
    await seedRuns(store, '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24');
    const convo = conversation({ store });
    const advice = await convo.intent(ADVICE);
    expect(spoken(advice)).toMatch(
      /run 5 days in a row: today is a good day to rest|5 running days in a row/,
    );
    expect(spoken(advice)).toMatch(/walk/);
    expect(spoken(advice)).toMatch(/log today as a rest day\?/);
    expect(reprompted(advice)).toMatch(/yes or no/i);
    expect(calls.recent).toBe(1);
    const yes = await convo.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/today is (logged|saved)/i);
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });

  it('no to the offer is answered calmly and logs nothing', async () => {
    const store = createMemoryStore();
    await seedRuns(store, '2026-11-19', '2026-11-21', '2026-11-23');
    const convo = conversation({ store });
    const advice = await convo.intent(ADVICE);
    expect(spoken(advice)).toMatch(/haven't logged a rest day in the last week|No rest day in your log/);
    const no = await convo.intent('AMAZON.NoIntent');
    expect(spoken(no)).toMatch(/back/);
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('on a rest day, suggests gentle options and recovery tips from the article', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-25');
    const response = await conversation({ store }).intent(ADVICE);
    const said = spoken(response);
    expect(said).toMatch(/no run today/);
    expect(said).toMatch(/walk/);
    expect(said).toMatch(/yoga/);
    expect(said).toMatch(/nothing at all/);
    expect(said).toMatch(/mattress/);
    expect(said).toMatch(/eat(ing)? enough/);
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('when the week is on track, a run is fine, with a warm-up', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23');
    await seedRuns(store, '2026-11-24');
    const response = await conversation({ store }).intent(ADVICE);
    expect(spoken(response)).toMatch(/run is fine today|go for a run/);
    expect(spoken(response)).toMatch(/warm-up|Warm up/);
    expect(spoken(response)).toMatch(/1 of (your )?2/);
  });

  it('with nothing logged, gives the goal and invents no history', async () => {
    const response = await conversation().intent(ADVICE);
    expect(spoken(response)).toMatch(/2 rest days/);
    expect(spoken(response)).not.toMatch(/in a row/);
  });
});
