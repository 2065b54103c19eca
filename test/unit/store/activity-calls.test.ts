/**
 * The activity store on a scripted DynamoDB on jest's fake timers (fake-dynamo.ts): which calls a
 * rest-day log makes for a known user and for a first contact, what a hung call costs (an answer
 * within the deadline, the failure counted under the operation's own name, the hung request
 * cancelled), and which stored items a read skips.
 */
import type { StoreOperation } from '../../../lambda/core/metrics';
import { profileKey, restDayKey, routineKey } from '../../../lambda/store/keys';
import type { Store } from '../../../lambda/store/port';
import { ended, failure, HANG, OK, scriptedStore, type Outcome } from './fake-dynamo';

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

const USER = 'activity-user';
const DAY = { date: '2026-11-24', loggedAt: '2026-11-25T08:00:00.000Z' };
/** The erasure check's answer for a user with a profile, and for one the store never saw. */
const KNOWN: Outcome = { kind: 'answer', output: { Item: { pk: profileKey(USER).pk } } };
const UNKNOWN: Outcome = { kind: 'answer', output: {} };

describe('a rest-day log', () => {
  it('for a user with a profile makes two calls, the put and the erasure check, and writes nothing more', async () => {
    const { store, calls, metrics } = scriptedStore([OK, KNOWN]);
    const result = await ended(store.activity.logRestDay(USER, DAY, 'req-log'));
    expect(result).toEqual({ value: { outcome: 'logged', firstContact: false }, at: 0 });
    expect(calls.map((call) => call.command)).toEqual(['PutCommand', 'GetCommand']);
    expect(metrics.counts).toEqual([]);
  });

  it('whose first-contact mark hangs is still logged, answered within the deadline and counted', async () => {
    const { store, calls, metrics } = scriptedStore([OK, UNKNOWN, HANG]);
    const result = await ended(store.activity.logRestDay(USER, DAY, 'req-log'));
    expect(result).toMatchObject({ value: { outcome: 'logged', firstContact: true } });
    expect(result.at).toBeLessThanOrEqual(3000);
    expect(calls.slice(0, 3).map((call) => call.command)).toEqual([
      'PutCommand',
      'GetCommand',
      'UpdateCommand',
    ]);
    expect(calls.every((call) => call.endedAt !== undefined)).toBe(true);
    expect(metrics.total('StoreFailure', 'logRestDay')).toBe(1);
  });

  it('whose put hangs fails as unconfirmed, named logRestDay, with every attempt cancelled', async () => {
    const { store, calls, metrics } = scriptedStore([HANG]);
    const error = failure(await ended(store.activity.logRestDay(USER, DAY, 'req-log')));
    expect(error.operation).toBe('logRestDay');
    expect(error.mayHaveWritten).toBe(true);
    expect(calls.every((call) => call.endedAt !== undefined)).toBe(true);
    expect(metrics.total('StoreFailure', 'logRestDay')).toBe(1);
    expect(metrics.total('UnconfirmedSave', 'logRestDay')).toBe(1);
  });
});

describe('a call that hangs is counted under its own operation', () => {
  const hung: [StoreOperation, (store: Store) => Promise<unknown>][] = [
    ['removeRestDay', (store) => store.activity.removeRestDay(USER, DAY.date, 'r')],
    ['history', (store) => store.activity.history(USER, '2026-11-01', '2026-11-30')],
    ['recent', (store) => store.activity.recent(USER, '2026-11-01')],
  ];
  it.each(hung)('%s', async (operation, call) => {
    const { store, calls, metrics } = scriptedStore([HANG]);
    const error = failure(await ended(call(store)));
    expect(error.operation).toBe(operation);
    expect(calls.every((one) => one.endedAt !== undefined)).toBe(true);
    expect(metrics.total('StoreFailure', operation)).toBe(1);
  });
});

describe('a read skips what is not a rest day or a completed routine', () => {
  const routine = (date: string, fields: Record<string, unknown>) => ({
    ...routineKey(USER, date, `${date}T07:00:00.000Z`),
    type: 'routine',
    date,
    kind: 'warmup',
    routineId: 'warmup.walk',
    completedAt: `${date}T07:00:00.000Z`,
    ...fields,
  });
  const items = [
    {
      ...restDayKey(USER, '2026-11-20'),
      type: 'rest',
      date: '2026-11-20',
      loggedAt: '2026-11-20T21:00:00.000Z',
    },
    // a removal marker that still holds the day's fields: removed all the same
    {
      ...restDayKey(USER, '2026-11-21'),
      type: 'rest',
      date: '2026-11-21',
      loggedAt: 'x',
      removedBy: 'req-rm',
    },
    { ...restDayKey(USER, '2026-11-22'), type: 'rest', date: '2026-11-22' },
    { ...restDayKey(USER, '2026-11-19'), type: 'rest', loggedAt: '2026-11-19T21:00:00.000Z' },
    routine('2026-11-23', {}),
    routine('2026-11-24', { kind: 'stretch' }),
    routine('2026-11-25', { routineId: 7 }),
    routine('2026-11-26', { completedAt: undefined }),
    // an item of a kind this version does not know, with a rest day's and a routine's fields
    routine('2026-11-27', { type: 'note', loggedAt: '2026-11-27T21:00:00.000Z' }),
    routine('2026-11-28', { kind: 'cooldown', removedBy: 'req-rm' }),
  ];

  it('history keeps the one rest day and the one well-formed routine', async () => {
    const { store } = scriptedStore([{ kind: 'answer', output: { Items: items } }]);
    const result = await ended(store.activity.history(USER, '2026-11-01', '2026-11-30'));
    expect(result).toMatchObject({
      value: {
        restDays: [{ date: '2026-11-20', loggedAt: '2026-11-20T21:00:00.000Z' }],
        routines: [
          {
            date: '2026-11-23',
            kind: 'warmup',
            routineId: 'warmup.walk',
            completedAt: '2026-11-23T07:00:00.000Z',
          },
        ],
      },
    });
  });

  it('a page without items is an empty week', async () => {
    const { store } = scriptedStore([{ kind: 'answer', output: {} }]);
    const result = await ended(store.activity.history(USER, '2026-11-01', '2026-11-30'));
    expect(result).toMatchObject({ value: { restDays: [], routines: [] } });
  });
});
