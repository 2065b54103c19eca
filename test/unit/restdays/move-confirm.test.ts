import { confirmMoveNoHandler, confirmMoveYesHandler } from '../../../lambda/restdays/handlers/move';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import { answerOf } from '../../../harness/answers';
import { intentRequest } from '../../../harness/envelopes';
import { testDeps } from '../../../harness/skill';
import { spyingStore } from '../../../harness/stores';
import { seedRestDays, storedRestDays } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York.
const confirmMove = (data?: Record<string, string>) => ({
  sessionAttributes: { question: { kind: 'restdays.confirmMove', ...(data ? { data } : {}) } },
});
const MONDAY_TO_SUNDAY = { from: '2026-11-23', to: '2026-11-22' };
const DAYS = { from: 'Monday, November 23', to: 'Sunday, November 22' };

/** "Yes" to the pending move holding `data` (`null`: a move question without data). */
async function yes(store: Store, data: Record<string, string> | null = MONDAY_TO_SUNDAY) {
  const deps = testDeps({ store });
  const request = intentRequest('AMAZON.YesIntent', {}, confirmMove(data ?? undefined));
  const { answer } = await answerOf(confirmMoveYesHandler(deps), request);
  return { answer, logged: deps.logger.entries };
}

/** A statement of `key` with the two days of the move from Monday to Sunday. */
const said = (key: string) => ({
  type: 'tell',
  speech: [{ kind: 'message', key, vars: DAYS }],
});

describe('yes to moving a rest day', () => {
  it('moves the day and names both days', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23');
    const { answer } = await yes(store);
    expect(answer).toEqual(said('restdays:moved'));
    expect(await storedRestDays(store)).toEqual(['2026-11-22']);
  });

  it('a day to move that was never logged: the new day is logged, and that is said', async () => {
    const store = createMemoryStore();
    const { answer } = await yes(store);
    expect(answer).toEqual(said('restdays:movedFromNotFound'));
    expect(await storedRestDays(store)).toEqual(['2026-11-22']);
  });

  it('a new day already logged: the old one is removed, and the new one said to be logged before', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-22', '2026-11-23');
    const { answer } = await yes(store);
    expect(answer).toEqual(said('restdays:movedAlreadyLogged'));
    expect(await storedRestDays(store)).toEqual(['2026-11-22']);
  });

  it('nothing to move and the new day already logged: says nothing changed', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-22');
    const { answer } = await yes(store);
    expect(answer).toEqual(said('restdays:moveNothingChanged'));
    expect(await storedRestDays(store)).toEqual(['2026-11-22']);
  });

  it('the removal not answered: says the move failed, logs nothing new, and tells the operator', async () => {
    const store = spyingStore({ removeRestDay: 'unavailable' });
    await seedRestDays(store, '2026-11-23');
    const { answer, logged } = await yes(store);
    expect(answer).toEqual(said('restdays:moveRemoveFailed'));
    expect(await storedRestDays(store)).toEqual(['2026-11-23']);
    expect(logged).toEqual([
      { level: 'warn', message: 'Store unavailable', extra: [{ operation: 'removeRestDay' }] },
    ]);
  });

  it('the log not answered after the removal: says the old day went and the new one did not come', async () => {
    const memory = createMemoryStore();
    await seedRestDays(memory, '2026-11-23');
    const { answer, logged } = await yes(spyingStore({ logRestDay: 'unavailable' }, memory));
    expect(answer).toEqual(said('restdays:moveLogFailed'));
    expect(await storedRestDays(memory)).toEqual([]);
    expect(logged).toEqual([
      { level: 'warn', message: 'Store unavailable', extra: [{ operation: 'logRestDay' }] },
    ]);
  });

  it('nothing to move and the log not answered: says the new day could not be logged', async () => {
    const memory = createMemoryStore();
    const { answer } = await yes(spyingStore({ logRestDay: 'unavailable' }, memory));
    expect(answer).toEqual(said('restdays:moveNotFoundLogFailed'));
    expect(await storedRestDays(memory)).toEqual([]);
  });

  it('a pending move without both days, or with one that is not a date, asks again and changes nothing', async () => {
    const malformed: (Record<string, string> | null)[] = [
      null,
      { from: '2026-11-23' },
      { to: '2026-11-22' },
      { from: 'monday', to: '2026-11-22' },
      { from: '2026-11-23', to: 'sunday' },
      { from: '2026-11-23x', to: '2026-11-22' },
      { from: '2026-11-23', to: '2026-11-22x' },
    ];
    for (const data of malformed) {
      const store = createMemoryStore();
      await seedRestDays(store, '2026-11-23');
      const { answer } = await yes(store, data);
      expect(answer).toMatchObject({
        type: 'ask',
        speech: [{ key: 'restdays:askWhichDayToMove' }],
        question: { kind: 'restdays.whichDay', data: { purpose: 'moveFrom' } },
      });
      expect(await storedRestDays(store)).toEqual(['2026-11-23']);
    }
  });
});

describe('no to moving a rest day', () => {
  it('says the rest days were left as they were, and changes nothing', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23');
    const no = intentRequest('AMAZON.NoIntent', {}, confirmMove(MONDAY_TO_SUNDAY));
    const { answer } = await answerOf(confirmMoveNoHandler, no);
    expect(answer).toEqual({
      type: 'tell',
      speech: [{ kind: 'message', key: 'restdays:moveKept', vars: {} }],
    });
    expect(await storedRestDays(store)).toEqual(['2026-11-23']);
  });
});
