import { createMemoryStore } from '../../../lambda/store/memory';
import { intentRequest, TEST_USER_ID } from '../../../harness/envelopes';
import { conversation } from '../../../harness/conversation';
import { recordingLogger } from '../../../harness/skill';
import { reprompted, spoken } from '../../../harness/speech';
import { countingStore, storedRestDays, unavailableStore } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York (the test device's zone).
const LOG = 'LogRestDayIntent';

describe('logging a rest day', () => {
  it('"log a rest day" logs today with ONE write and no read, and suggests gentle options', async () => {
    const { store, calls } = countingStore();
    const convo = conversation({ store });
    const response = await convo.intent(LOG);
    expect(spoken(response)).toMatch(/today is (logged|saved) as a rest day|today is a rest day/i);
    expect(spoken(response)).toMatch(/walk/);
    expect(spoken(response)).toMatch(/yoga/);
    expect(response.response.shouldEndSession).toBe(true);
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
    expect(calls).toEqual({ logRestDay: 1, history: 1 }); // history: this test's own check above
  });

  it('"log yesterday as a rest day" logs yesterday', async () => {
    const store = createMemoryStore();
    const response = await conversation({ store }).intent(LOG, { date: { value: '2026-11-24' } });
    expect(spoken(response)).toMatch(/Yesterday/);
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
  });

  it('"I rested on monday" (resolved to next Monday) logs the Monday that has passed', async () => {
    const store = createMemoryStore();
    const response = await conversation({ store }).intent(LOG, { date: { value: '2026-11-30' } });
    expect(spoken(response)).toMatch(/Monday, November 23/);
    expect(await storedRestDays(store)).toEqual(['2026-11-23']);
  });

  it('"mark the twenty fourth as a rest day" (resolved to December 24) asks first; yes logs it', async () => {
    const store = createMemoryStore();
    const convo = conversation({ store });
    const asked = await convo.intent(LOG, { date: { value: '2026-12-24' } });
    expect(spoken(asked)).toMatch(/mean yesterday\?/);
    expect(reprompted(asked)).toMatch(/yes or no/i);
    expect(asked.response.shouldEndSession).toBe(false);
    expect(await storedRestDays(store)).toEqual([]);
    const answered = await convo.intent('AMAZON.YesIntent');
    expect(spoken(answered)).toMatch(/yesterday is (logged|saved)|yesterday is a rest day/i);
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
  });

  it('"no" to the check logs nothing', async () => {
    const store = createMemoryStore();
    const convo = conversation({ store });
    await convo.intent(LOG, { date: { value: '2026-11-26' } });
    const answered = await convo.intent('AMAZON.NoIntent');
    expect(spoken(answered)).toMatch(/nothing logged|left your log as it is/);
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('logging the same day twice says "already logged" and keeps one item', async () => {
    const store = createMemoryStore();
    const convo = conversation({ store });
    await convo.intent(LOG);
    const again = await convo.intent(LOG, { date: { value: '2026-11-25' } });
    expect(spoken(again)).toMatch(/already/);
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });

  it('declines a future day kindly and logs nothing', async () => {
    const store = createMemoryStore();
    const response = await conversation({ store }).intent(LOG, { date: { value: '2027-06-01' } });
    expect(spoken(response)).toMatch(/hasn't happened yet|still ahead/);
    expect(response.response.shouldEndSession).toBe(true);
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('declines a day older than the limit and says the limit', async () => {
    const store = createMemoryStore();
    const response = await conversation({ store }).intent(LOG, { date: { value: '2026-08-01' } });
    expect(spoken(response)).toMatch(/60 days/);
    expect(await storedRestDays(store)).toEqual([]);
  });

  it.each(['2026-W47', '2026-W48-WE', '2026-11', '2026-WI', '2026', '202X', 'nonsense'])(
    'asks which day for %p, keeping the microphone open',
    async (value) => {
      const store = createMemoryStore();
      const response = await conversation({ store }).intent(LOG, { date: { value } });
      expect(spoken(response)).toMatch(/I rested on monday/);
      expect(reprompted(response)).not.toBe('');
      expect(response.response.shouldEndSession).toBe(false);
      expect(await storedRestDays(store)).toEqual([]);
    },
  );

  it('when DynamoDB is unavailable, says plainly that it cannot confirm the rest day was saved', async () => {
    const convo = conversation({ store: unavailableStore() });
    const response = await convo.intent(LOG, { date: { value: '2026-11-24' } });
    expect(spoken(response)).toMatch(/can't confirm yesterday was saved/i);
    expect(spoken(response)).not.toMatch(/is (logged|saved) as|Done|Got it/);
    const logger = convo.deps.logger as ReturnType<typeof recordingLogger>;
    expect(logger.entries.map((e) => e.message)).toContain('Store unavailable');
    expect(JSON.stringify(logger.entries)).not.toContain(TEST_USER_ID);
  });
});

describe('the routines capability\'s "shall I log today as a rest day?"', () => {
  const pending = { question: { kind: 'restdays.logToday' } };

  it('yes logs today', async () => {
    const store = createMemoryStore();
    const convo = conversation({ store });
    const response = await convo.send((o) =>
      intentRequest('AMAZON.YesIntent', {}, { ...o, sessionAttributes: pending }),
    );
    expect(spoken(response)).toMatch(/Today/);
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });

  it('no gets a calm acknowledgement and logs nothing', async () => {
    const store = createMemoryStore();
    const convo = conversation({ store });
    const response = await convo.send((o) =>
      intentRequest('AMAZON.NoIntent', {}, { ...o, sessionAttributes: pending }),
    );
    expect(spoken(response)).toMatch(/back/);
    expect(response.response.shouldEndSession).toBe(true);
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('yes while the store is down says it cannot confirm today was saved', async () => {
    const convo = conversation({ store: unavailableStore() });
    const response = await convo.send((o) =>
      intentRequest('AMAZON.YesIntent', {}, { ...o, sessionAttributes: pending }),
    );
    expect(spoken(response)).toMatch(/can't confirm today was saved/i);
  });

  it('a "yes" with no question pending changes nothing', async () => {
    const store = createMemoryStore();
    const response = await conversation({ store }).intent('AMAZON.YesIntent');
    expect(spoken(response)).toMatch(/didn't catch|not sure/);
    expect(await storedRestDays(store)).toEqual([]);
  });
});
