import { adviceHandler } from '../../../lambda/restdays/handlers/advice';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import { answerOf, spokenKeys } from '../../../harness/answers';
import { conversation } from '../../../harness/conversation';
import { intentRequest } from '../../../harness/envelopes';
import { messagePattern } from '../../../harness/messages';
import { fixedClock, testDeps } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { countingStore } from '../../../harness/stores';
import { seedRestDays, seedRuns, storedRestDays } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York.
const ADVICE = 'RestAdviceIntent';
const advise = async (store: Store) =>
  (await answerOf(adviceHandler(testDeps({ store })), intentRequest(ADVICE))).answer;

describe('should I run today? / do I need a rest day?', () => {
  it('after five running days in a row, advises rest and offers to log it, in ONE query', async () => {
    const store = countingStore();
    await seedRuns(store, '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24');
    store.calls.length = 0;
    expect(await advise(store)).toMatchObject({
      type: 'ask',
      speech: [
        { key: 'restdays:adviceStreak', vars: { days: 5 } },
        { key: 'restdays:gentle' },
        { key: 'restdays:offerLogToday' },
      ],
      reprompt: [{ key: 'restdays:offerLogTodayReprompt' }],
      question: { kind: 'restdays.logToday' },
    });
    expect(store.calls).toEqual(['activity.recent']);
  });

  it('the offer\'s "yes" logs today, through the whole skill', async () => {
    const store = createMemoryStore();
    await seedRuns(store, '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24');
    const convo = conversation({ store });
    await convo.intent(ADVICE);
    const yes = await convo.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(messagePattern('restdays:logged'));
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });

  it('with runs but no rest in the last week, advises rest; "no" to the offer is answered calmly and logs nothing', async () => {
    const store = createMemoryStore();
    await seedRuns(store, '2026-11-19', '2026-11-21', '2026-11-23');
    const said = await advise(store);
    expect(spokenKeys(said)).toEqual([
      'restdays:adviceNoRecentRest',
      'restdays:gentle',
      'restdays:offerLogToday',
    ]);
    const convo = conversation({ store });
    await convo.intent(ADVICE);
    const no = await convo.intent('AMAZON.NoIntent');
    expect(spoken(no)).toMatch(messagePattern('restdays:logTodayDeclined'));
    expect(no.response.shouldEndSession).toBe(true);
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('when the goal needs every day left of the week, advises rest today', async () => {
    const store = createMemoryStore();
    await seedRuns(store, '2026-11-25', '2026-11-26');
    const saturday = '2026-11-28T18:00:00Z'; // two days left, no rest day yet, goal two
    const deps = testDeps({ store, clock: fixedClock(saturday) });
    const { answer } = await answerOf(
      adviceHandler(deps),
      intentRequest(ADVICE, {}, { timestamp: saturday }),
    );
    expect(answer).toMatchObject({
      type: 'ask',
      speech: [{ key: 'restdays:adviceBehind', vars: { rested: 0, goal: 2 } }, {}, {}],
      question: { kind: 'restdays.logToday' },
    });
  });

  it('on a rest day, suggests gentle options and recovery tips from the article', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-25');
    expect(await advise(store)).toMatchObject({
      type: 'tell',
      speech: [
        { key: 'restdays:adviceRestedToday' },
        { key: 'restdays:gentle' },
        { key: 'restdays:recovery' },
      ],
    });
  });

  it('when the week is on track, a run is fine, with a warm-up', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23');
    await seedRuns(store, '2026-11-24');
    expect(await advise(store)).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:adviceRunOk', vars: { rested: 1, goal: 2 } }],
    });
  });

  it('with nothing logged, gives the goal and invents no history', async () => {
    expect(await advise(createMemoryStore())).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:adviceNoData', vars: { goal: 2 } }],
    });
  });
});
