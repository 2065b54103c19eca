import { dayAnswerHandler, whichDayNoHandler } from '../../../lambda/restdays/handlers/answers';
import type { Answer } from '../../../lambda/core/answer';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import { answerOf, spokenKeys } from '../../../harness/answers';
import { intentRequest, TEST_USER_ID, type SlotInput } from '../../../harness/envelopes';
import { testDeps } from '../../../harness/skill';
import { seedRestDays, storedRestDays } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York.
const pending = (kind: string, data: Record<string, string>) => ({
  sessionAttributes: { question: { kind, data } },
});
/** A bare day ("monday": `value`, or no value at all) said while `kind` waits with `data`. */
async function dayAnswer(
  store: Store,
  value: string | undefined,
  kind: string,
  data: Record<string, string> = {},
) {
  const slots: Record<string, SlotInput> = value === undefined ? {} : { date: { value } };
  const request = intentRequest('DayAnswerIntent', slots, pending(kind, data));
  return (await answerOf(dayAnswerHandler(testDeps({ store })), request)).answer;
}
const questionOf = (answer: Answer) => (answer.type === 'ask' ? answer.question : undefined);

/** A store whose test user launched the skill before (so a log is not their first contact). */
async function seenStore(): Promise<Store> {
  const store = createMemoryStore();
  await store.profiles.recordLaunch(TEST_USER_ID, new Date('2026-11-20T12:00:00Z'), 'earlier-launch');
  return store;
}

describe('a bare day answering a day question', () => {
  it('"which day did you rest?" "monday": logs last monday', async () => {
    const store = await seenStore();
    const answer = await dayAnswer(store, '2026-11-30', 'restdays.whichDay', { purpose: 'log' });
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:logged', vars: { day: 'Monday, November 23' } }],
    });
    expect(await storedRestDays(store)).toEqual(['2026-11-23']);
  });

  it('"did you mean last thursday?" "no, friday": logs the day meant instead', async () => {
    const store = await seenStore();
    const answer = await dayAnswer(store, '2026-11-20', 'restdays.confirmLog', { date: '2026-11-19' });
    expect(spokenKeys(answer)).toEqual(['restdays:logged']);
    expect(await storedRestDays(store)).toEqual(['2026-11-20']);
  });

  it('"which day should I remove?" "monday": asks to confirm removing monday', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23');
    const answer = await dayAnswer(store, '2026-11-30', 'restdays.whichDay', { purpose: 'remove' });
    expect(spokenKeys(answer)).toEqual(['restdays:confirmRemove']);
    expect(questionOf(answer)).toEqual({ kind: 'restdays.confirmRemove', data: { date: '2026-11-23' } });
    expect(await storedRestDays(store)).toEqual(['2026-11-23']);
  });

  it('"remove tuesday?" "no, monday": asks to confirm removing monday instead', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23', '2026-11-24');
    const answer = await dayAnswer(store, '2026-11-30', 'restdays.confirmRemove', { date: '2026-11-24' });
    expect(questionOf(answer)).toEqual({ kind: 'restdays.confirmRemove', data: { date: '2026-11-23' } });
    expect(await storedRestDays(store)).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('"which rest day should I move to sunday?" "monday": asks to confirm monday to sunday', async () => {
    const answer = await dayAnswer(createMemoryStore(), '2026-11-30', 'restdays.whichDay', {
      purpose: 'moveFrom',
      to: '2026-11-22',
    });
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.confirmMove',
      data: { from: '2026-11-23', to: '2026-11-22' },
    });
  });

  it('"move monday to sunday?" "no, to tuesday": asks to confirm monday to tuesday', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23');
    const answer = await dayAnswer(store, '2026-12-01', 'restdays.confirmMove', {
      from: '2026-11-23',
      to: '2026-11-22',
    });
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.confirmMove',
      data: { from: '2026-11-23', to: '2026-11-24' },
    });
    expect(await storedRestDays(store)).toEqual(['2026-11-23']);
  });

  it('a day answer with no day heard asks again, and logs nothing', async () => {
    const store = await seenStore();
    const answer = await dayAnswer(store, undefined, 'restdays.whichDay', { purpose: 'log' });
    expect(spokenKeys(answer)).toEqual(['restdays:askWhichDay']);
    expect(questionOf(answer)).toEqual({ kind: 'restdays.whichDay', data: { purpose: 'log' } });
    expect(await storedRestDays(store)).toEqual([]);
  });

  it('a day answer with no day heard while a removal is asked asks which day to remove', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-25');
    const answer = await dayAnswer(store, undefined, 'restdays.whichDay', { purpose: 'remove' });
    expect(spokenKeys(answer)).toEqual(['restdays:askWhichDayToRemove']);
    expect(questionOf(answer)).toEqual({ kind: 'restdays.whichDay', data: { purpose: 'remove' } });
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });
});

describe('"no" to "which day?"', () => {
  it('says the log was left as it is', async () => {
    const no = intentRequest('AMAZON.NoIntent', {}, pending('restdays.whichDay', { purpose: 'log' }));
    const { answer } = await answerOf(whichDayNoHandler, no);
    expect(answer).toEqual({
      type: 'tell',
      speech: [{ kind: 'message', key: 'restdays:whichDayDeclined', vars: {} }],
    });
  });
});
