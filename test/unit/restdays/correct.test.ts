import {
  confirmRemoveNoHandler,
  confirmRemoveYesHandler,
  removeRestDayHandler,
} from '../../../lambda/restdays/handlers/correct';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import { answerOf, repromptKeys, spokenKeys } from '../../../harness/answers';
import { conversation } from '../../../harness/conversation';
import { intentRequest } from '../../../harness/envelopes';
import { testDeps } from '../../../harness/skill';
import { spyingStore, unavailableStore } from '../../../harness/stores';
import { spoken } from '../../../harness/speech';
import { seedRestDays, storedRestDays } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York.
const REMOVE = 'RemoveRestDayIntent';
const askRemove = (store: Store, value: string) =>
  answerOf(removeRestDayHandler(testDeps({ store })), intentRequest(REMOVE, { date: { value } }));
const pendingRemove = (date: string) => ({ question: { kind: 'restdays.confirmRemove', data: { date } } });

describe('correcting a rest day (always confirmed first)', () => {
  it('"remove my rest day on tuesday" asks, and yes removes it', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-24');
    const { answer: asked } = await askRemove(store, '2026-12-01'); // next Tuesday
    expect(asked).toMatchObject({
      type: 'ask',
      speech: [{ key: 'restdays:confirmRemove', vars: { day: 'yesterday' } }],
      question: { kind: 'restdays.confirmRemove', data: { date: '2026-11-24' } },
    });
    expect(repromptKeys(asked)).toEqual(['restdays:confirmRemoveReprompt']);
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
    const yes = intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: pendingRemove('2026-11-24') });
    const { answer: done } = await answerOf(confirmRemoveYesHandler(testDeps({ store })), yes);
    expect(done).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:removed', vars: { day: 'yesterday' } }],
    });
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('"I didn\'t rest yesterday", then no, keeps it', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-24');
    const no = intentRequest('AMAZON.NoIntent', {}, { sessionAttributes: pendingRemove('2026-11-24') });
    const { answer } = await answerOf(confirmRemoveNoHandler(testDeps({ store })), no);
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:removeKept', vars: { day: 'yesterday' } }],
    });
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
  });

  it('yes for a day that was never logged says nothing changed', async () => {
    const yes = intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: pendingRemove('2026-11-20') });
    const { answer } = await answerOf(confirmRemoveYesHandler(testDeps()), yes);
    expect(answer).toMatchObject({
      speech: [{ key: 'restdays:removeNotFound', vars: { day: 'Friday, November 20' } }],
    });
  });

  it('help keeps the question: the "yes" after it removes the day', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-24');
    const convo = conversation({ store });
    await convo.intent(REMOVE, { date: { value: '2026-11-24' } });
    const help = await convo.intent('AMAZON.HelpIntent');
    expect(spoken(help)).toMatch(/remove/i);
    await convo.intent('AMAZON.YesIntent');
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('the question lives until another request: a "yes" after a tip removes nothing', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-24');
    const convo = conversation({ store });
    await convo.intent(REMOVE, { date: { value: '2026-11-24' } });
    await convo.intent('RunningTipIntent');
    await convo.intent('AMAZON.YesIntent');
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
  });

  it('declines a future day and asks which day for a week', async () => {
    const { answer: future } = await askRemove(createMemoryStore(), '2027-02-01');
    expect(future).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:futureRemove' }] });
    const { answer: week } = await askRemove(createMemoryStore(), '2026-W47');
    expect(week.type).toBe('ask');
    expect(spokenKeys(week)).toEqual(['restdays:askWhichDayToRemove']);
  });

  it('when the store is down, says the day was NOT removed', async () => {
    const yes = intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: pendingRemove('2026-11-24') });
    const { answer } = await answerOf(confirmRemoveYesHandler(testDeps({ store: unavailableStore() })), yes);
    expect(answer).toMatchObject({ speech: [{ key: 'restdays:removeFailed', vars: { day: 'yesterday' } }] });
  });

  it("when the removal's answer was lost (it may have landed), says it can't confirm, never that it was not removed", async () => {
    const yes = intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: pendingRemove('2026-11-24') });
    const store = spyingStore({ removeRestDay: 'unconfirmed' });
    const { answer } = await answerOf(confirmRemoveYesHandler(testDeps({ store })), yes);
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:removeUnconfirmed', vars: { day: 'yesterday' } }],
    });
  });

  it('"remove a rest day" with no day asks which day to remove, and removes nothing', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-25');
    const { answer } = await answerOf(removeRestDayHandler(testDeps({ store })), intentRequest(REMOVE));
    expect(answer).toEqual({
      type: 'ask',
      speech: [{ kind: 'message', key: 'restdays:askWhichDayToRemove', vars: {} }],
      reprompt: [{ kind: 'message', key: 'restdays:whichDayReprompt', vars: {} }],
      question: { kind: 'restdays.whichDay', data: { purpose: 'remove' } },
    });
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });

  it('the question to confirm names the day again in its reprompt', async () => {
    const { answer } = await askRemove(createMemoryStore(), '2026-11-24');
    expect(answer).toMatchObject({
      reprompt: [{ key: 'restdays:confirmRemoveReprompt', vars: { day: 'yesterday' } }],
    });
  });

  it('"remove thursday" (tomorrow\'s name) asks to confirm removing last thursday', async () => {
    const { answer } = await askRemove(createMemoryStore(), '2026-11-26');
    expect(answer).toMatchObject({
      type: 'ask',
      speech: [{ key: 'restdays:confirmRemove', vars: { day: 'Thursday, November 19' } }],
      question: { kind: 'restdays.confirmRemove', data: { date: '2026-11-19' } },
    });
  });

  it('a future day names it; a day older than the limit names it and the limit', async () => {
    const { answer: future } = await askRemove(createMemoryStore(), '2027-03-10');
    expect(future).toEqual({
      type: 'tell',
      speech: [{ kind: 'message', key: 'restdays:futureRemove', vars: { day: 'Wednesday, March 10' } }],
    });
    const { answer: old } = await askRemove(createMemoryStore(), '2026-08-03');
    expect(old).toEqual({
      type: 'tell',
      speech: [
        { kind: 'message', key: 'restdays:tooOldRemove', vars: { day: 'Monday, August 3', limit: 60 } },
      ],
    });
  });

  it('a day that is not a date asks which day to remove', async () => {
    const { answer } = await askRemove(createMemoryStore(), 'banana');
    expect(spokenKeys(answer)).toEqual(['restdays:askWhichDayToRemove']);
  });

  it('a removal the store did not answer is logged for the operator', async () => {
    const yes = intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: pendingRemove('2026-11-24') });
    const deps = testDeps({ store: unavailableStore() });
    await answerOf(confirmRemoveYesHandler(deps), yes);
    expect(deps.logger.entries).toEqual([
      { level: 'warn', message: 'Store unavailable', extra: [{ operation: 'removeRestDay' }] },
    ]);
  });
});
