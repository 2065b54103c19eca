import {
  confirmLogNoHandler,
  confirmLogYesHandler,
  logRestDayHandler,
} from '../../../lambda/restdays/handlers/log';
import { logTodayNoHandler, logTodayYesHandler } from '../../../lambda/restdays/handlers/log';
import { createMemoryStore } from '../../../lambda/store/memory';
import { answerOf, repromptKeys, spokenKeys } from '../../../harness/answers';
import { intentRequest, launchRequest, TEST_USER_ID, type SlotInput } from '../../../harness/envelopes';
import { launchHandler } from '../../../lambda/conversation/handlers';
import { conversation } from '../../../harness/conversation';
import { testDeps } from '../../../harness/skill';
import { countingStore, unavailableStore } from '../../../harness/stores';
import { spoken } from '../../../harness/speech';
import { messagePattern } from '../../../harness/messages';
import type { Store } from '../../../lambda/store/port';
import { storedRestDays } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York (the test device's zone).
const LOG = 'LogRestDayIntent';
const dated = (value: string): Record<string, SlotInput> => ({ date: { value } });
const logAnswer = (store: Store, slots: Record<string, SlotInput> = {}) =>
  answerOf(logRestDayHandler(testDeps({ store })), intentRequest(LOG, slots));
/** A store whose test user launched the skill before (so a log is not their first contact). */
async function seenStore(): Promise<Store> {
  const store = createMemoryStore();
  await store.profiles.recordLaunch(TEST_USER_ID, new Date('2026-11-20T12:00:00Z'), 'earlier-launch');
  return store;
}

describe('logging a rest day', () => {
  it('"log a rest day" logs today with ONE write and no read, and suggests gentle options', async () => {
    const store = countingStore(await seenStore());
    const { answer } = await logAnswer(store);
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:logged', vars: { day: 'today' } }, { key: 'restdays:gentle' }],
    });
    expect(store.calls).toEqual(['activity.logRestDay']);
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });

  it('"log yesterday as a rest day" logs yesterday, without the gentle options for today', async () => {
    const store = await seenStore();
    const { answer } = await logAnswer(store, dated('2026-11-24'));
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:logged', vars: { day: 'yesterday' } }],
    });
    expect(spokenKeys(answer)).toEqual(['restdays:logged']);
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
  });

  it('"I rested on monday" (resolved to next Monday) logs the Monday that has passed', async () => {
    const store = await seenStore();
    const { answer } = await logAnswer(store, dated('2026-11-30'));
    expect(answer).toMatchObject({
      speech: [{ key: 'restdays:logged', vars: { day: 'Monday, November 23' } }],
    });
    expect(await storedRestDays(store)).toEqual(['2026-11-23']);
  });

  it('"mark the twenty fourth as a rest day" (resolved to December 24) asks first; yes logs it', async () => {
    const store = createMemoryStore();
    const deps = testDeps({ store });
    const { answer: asked } = await answerOf(
      logRestDayHandler(deps),
      intentRequest(LOG, dated('2026-12-24')),
    );
    expect(asked).toMatchObject({
      type: 'ask',
      speech: [{ key: 'restdays:confirmLog', vars: { day: 'yesterday' } }],
      question: { kind: 'restdays.confirmLog', data: { date: '2026-11-24' } },
    });
    expect(asked).toMatchObject({
      reprompt: [{ key: 'restdays:confirmLogReprompt', vars: { day: 'yesterday' } }],
    });
    expect(await storedRestDays(store)).toEqual([]);
    const question = asked.type === 'ask' ? asked.question : undefined;
    const yes = intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: { question } });
    const { answer } = await answerOf(confirmLogYesHandler(deps), yes);
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:logged', vars: { day: 'yesterday' } }],
    });
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
  });

  it("a new user's first request, a one-shot log, says the disclaimer first, and only that once", async () => {
    const store = createMemoryStore();
    const { answer } = await logAnswer(store, dated('2026-11-24'));
    expect(spokenKeys(answer)).toEqual(['routines:disclaimer', 'restdays:logged']);
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
    const { answer: again } = await logAnswer(store, dated('2026-11-23'));
    expect(spokenKeys(again)).toEqual(['restdays:logged']);
  });

  it('after a first contact that logged a day, the first launch welcomes the user back, no disclaimer', async () => {
    const store = createMemoryStore();
    await logAnswer(store, dated('2026-11-24'));
    const { answer } = await answerOf(launchHandler(testDeps({ store })), launchRequest());
    expect(spokenKeys(answer)).toEqual(['conversation:welcomeBack']);
  });

  it("a new user's log in the middle of a session (not their first request) says no disclaimer", async () => {
    const store = createMemoryStore();
    const { answer } = await answerOf(
      logRestDayHandler(testDeps({ store })),
      intentRequest(LOG, dated('2026-11-24'), { sessionAttributes: {} }),
    );
    expect(spokenKeys(answer)).toEqual(['restdays:logged']);
  });

  it('"no" to the check logs nothing', async () => {
    const store = createMemoryStore();
    const pending = { question: { kind: 'restdays.confirmLog', data: { date: '2026-11-19' } } };
    const { answer } = await answerOf(
      confirmLogNoHandler,
      intentRequest('AMAZON.NoIntent', {}, { sessionAttributes: pending }),
    );
    expect(answer).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:confirmLogDeclined' }] });
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('a "yes" to the check whose date is garbage asks which day instead of logging', async () => {
    const pending = { question: { kind: 'restdays.confirmLog', data: { date: 'last spring' } } };
    const { answer } = await answerOf(
      confirmLogYesHandler(testDeps()),
      intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: pending }),
    );
    expect(spokenKeys(answer)).toEqual(['restdays:askWhichDay']);
    expect(answer.type).toBe('ask');
  });

  it('logging the same day twice says "already logged" and keeps one item', async () => {
    const store = createMemoryStore();
    await logAnswer(store);
    const { answer } = await logAnswer(store, dated('2026-11-25'));
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:alreadyLogged', vars: { day: 'today' } }],
    });
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });

  it('declines a future day kindly and logs nothing', async () => {
    const store = createMemoryStore();
    const { answer } = await logAnswer(store, dated('2027-06-01'));
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:future', vars: { day: 'Tuesday, June 1' } }],
    });
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('declines a day older than the limit and says the limit', async () => {
    const store = createMemoryStore();
    const { answer } = await logAnswer(store, dated('2026-08-01'));
    expect(answer).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:tooOld', vars: { limit: 60 } }] });
    expect(await storedRestDays(store)).toEqual([]);
  });

  it.each(['2026-W47', '2026-W48-WE', '2026-11', '2026-WI', '2026', '202X', 'nonsense'])(
    'asks which day for %p, keeping the microphone open',
    async (value) => {
      const store = createMemoryStore();
      const { answer } = await logAnswer(store, dated(value));
      expect(answer.type).toBe('ask');
      expect(spokenKeys(answer)).toEqual(['restdays:askWhichDay']);
      expect(repromptKeys(answer)).toEqual(['restdays:whichDayReprompt']);
      expect(await storedRestDays(store)).toEqual([]);
    },
  );

  it('when DynamoDB is unavailable, says plainly that it cannot confirm the rest day was saved', async () => {
    const deps = testDeps({ store: unavailableStore() });
    const { answer } = await answerOf(logRestDayHandler(deps), intentRequest(LOG, dated('2026-11-24')));
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:notConfirmed', vars: { day: 'yesterday' } }],
    });
    expect(spokenKeys(answer)).not.toContain('restdays:logged');
    expect(deps.logger.entries.map((e) => e.message)).toContain('Store unavailable');
    expect(JSON.stringify(deps.logger.entries)).not.toContain(TEST_USER_ID);
  });

  it('through the whole skill, the words start with a capital and name the day', async () => {
    const response = await conversation().intent(LOG, dated('2026-11-24'));
    expect(spoken(response)).toMatch(messagePattern('restdays:logged'));
    expect(spoken(response)).toMatch(/(^|\. )Yesterday/);
    expect(response.response.shouldEndSession).toBe(true);
  });
});

describe('the routines capability\'s "shall I log today as a rest day?"', () => {
  const pending = { question: { kind: 'restdays.logToday' } };
  const answer = (intent: string, handler: Parameters<typeof answerOf>[0]) =>
    answerOf(handler, intentRequest(intent, {}, { sessionAttributes: pending }));

  it('yes logs today', async () => {
    const store = createMemoryStore();
    const { answer: yes } = await answer('AMAZON.YesIntent', logTodayYesHandler(testDeps({ store })));
    expect(yes).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:logged', vars: { day: 'today' } }, { key: 'restdays:gentle' }],
    });
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });

  it('no gets a calm acknowledgement and logs nothing', async () => {
    const { answer: no } = await answer('AMAZON.NoIntent', logTodayNoHandler);
    expect(no).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:logTodayDeclined' }] });
  });

  it('yes while the store is down says it cannot confirm today was saved', async () => {
    const handler = logTodayYesHandler(testDeps({ store: unavailableStore() }));
    const { answer: yes } = await answer('AMAZON.YesIntent', handler);
    expect(yes).toMatchObject({ speech: [{ key: 'restdays:notConfirmed', vars: { day: 'today' } }] });
  });

  it('a "yes" with no question pending is not taken by the rest-day handlers, and changes nothing', async () => {
    const store = createMemoryStore();
    const noQuestion = intentRequest('AMAZON.YesIntent');
    await expect(answerOf(logTodayYesHandler(testDeps({ store })), noQuestion)).rejects.toThrow(
      /does not take/,
    );
    const response = await conversation({ store }).intent('AMAZON.YesIntent');
    expect(spoken(response)).toMatch(messagePattern('conversation:strayYesNo'));
    expect(await storedRestDays(store)).toEqual([]);
  });
});
