import { createMemoryStore } from '../../../lambda/store/memory';
import { conversation } from '../../../harness/conversation';
import { reprompted, spoken } from '../../../harness/speech';
import { seedRestDays, storedRestDays, unavailableStore } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York.
const REMOVE = 'RemoveRestDayIntent';

describe('correcting a rest day (always confirmed first)', () => {
  it('"remove my rest day on tuesday" asks, and yes removes it', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-24');
    const convo = conversation({ store });
    const asked = await convo.intent(REMOVE, { date: { value: '2026-12-01' } }); // next Tuesday
    expect(spoken(asked)).toMatch(/Remove yesterday from your rest days\?|remove yesterday/);
    expect(reprompted(asked)).toMatch(/yes or no/i);
    expect(asked.response.shouldEndSession).toBe(false);
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
    const done = await convo.intent('AMAZON.YesIntent');
    expect(spoken(done)).toMatch(/no longer a rest day|removed yesterday/i);
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('"I didn\'t rest yesterday", then no, keeps it', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-24');
    const convo = conversation({ store });
    await convo.intent(REMOVE, { date: { value: '2026-11-24' } });
    const kept = await convo.intent('AMAZON.NoIntent');
    expect(spoken(kept)).toMatch(/kept yesterday|stays a rest day/i);
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
  });

  it('yes for a day that was never logged says nothing changed', async () => {
    const convo = conversation();
    await convo.intent(REMOVE, { date: { value: '2026-11-20' } });
    const response = await convo.intent('AMAZON.YesIntent');
    expect(spoken(response)).toMatch(/November 20 was not logged|wasn't logged/);
  });

  it('the question lives one turn: a later "yes" removes nothing', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-24');
    const convo = conversation({ store });
    await convo.intent(REMOVE, { date: { value: '2026-11-24' } });
    await convo.intent('AMAZON.HelpIntent');
    await convo.intent('AMAZON.YesIntent');
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
  });

  it('declines a future day and asks which day for a week', async () => {
    const future = await conversation().intent(REMOVE, { date: { value: '2027-02-01' } });
    expect(spoken(future)).toMatch(/hasn't happened yet|still ahead/);
    const week = await conversation().intent(REMOVE, { date: { value: '2026-W47' } });
    expect(spoken(week)).toMatch(/remove my rest day on tuesday|Which day/);
    expect(week.response.shouldEndSession).toBe(false);
  });

  it('when the store is down, says the day was NOT removed', async () => {
    const convo = conversation({ store: unavailableStore() });
    await convo.intent(REMOVE, { date: { value: '2026-11-24' } });
    const response = await convo.intent('AMAZON.YesIntent');
    expect(spoken(response)).toMatch(/yesterday was not removed/i);
  });
});
