/**
 * Erasing a user, and the erasure check of activity writes, against a scripted DynamoDB on jest's
 * fake timers (fake-dynamo.ts): a hung or throttled call, a tight deadline, a long erasure. Every
 * wait is the test's, so "within the deadline" and "at once" are exact.
 */
import { Deadline } from '../../../lambda/core/deadline';
import { recordingMetrics } from '../../../lambda/core/metrics';
import { createDynamoStore, DEFAULT_LIMITS } from '../../../lambda/store/dynamo';
import { UserErasedError } from '../../../lambda/store/errors';
import { profileKey, restDayKey } from '../../../lambda/store/keys';
import { ended, failure, HANG, OK, scriptedDynamo, THROTTLED, type Outcome } from './fake-dynamo';

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

const USER = 'erase-user';
const DAY = restDayKey(USER, '2026-01-01');
const clock = { now: () => Date.now() };

/** A query page holding `items`. */
const page = (...items: Record<string, unknown>[]): Outcome => ({ kind: 'answer', output: { Items: items } });
/** A BatchWriteItem answer that leaves `keys` unprocessed. */
const unprocessed = (...keys: Record<string, unknown>[]): Outcome => ({
  kind: 'answer',
  output: { UnprocessedItems: { 'fake-table': keys.map((Key) => ({ DeleteRequest: { Key } })) } },
});
/** The profile read of the erasure check: the user's profile, or their erasure marker. */
const PROFILE: Outcome = { kind: 'answer', output: { Item: { pk: profileKey(USER).pk } } };
const MARKER: Outcome = { kind: 'answer', output: { Item: { pk: profileKey(USER).pk, erased: true } } };
const NO_PROFILE: Outcome = { kind: 'answer', output: {} };

/** The DynamoDB store over `script` (jitter at its full range), its calls and metrics. */
function storeOver(script: Outcome[]) {
  const { calls, doc } = scriptedDynamo(script);
  const metrics = recordingMetrics();
  const store = createDynamoStore(doc, 'fake-table', { clock, random: () => 1, metrics });
  return { store, calls, metrics };
}

const ROUTINE = {
  date: '2026-11-25',
  kind: 'warmup',
  routineId: 'warmup.aerobic',
  completedAt: '2026-11-25T12:00:00.000Z',
} as const;

describe('an erasure against a slow DynamoDB', () => {
  it.each<[string, Outcome[]]>([
    ['the marker write', [HANG]],
    ['the key query', [OK, HANG]],
    ['a delete batch', [OK, page(DAY), HANG]],
  ])('a hung %s: each attempt is cut, and the erasure fails by its deadline', async (_label, script) => {
    const { store, calls, metrics } = storeOver(script);
    const start = Date.now();
    const result = await ended(store.activity.deleteUser(USER, { deadline: Deadline.after(clock, 6000) }));
    failure(result);
    expect(result.at).toBeLessThanOrEqual(6000);
    for (const call of calls)
      expect(call.endedAt! - call.startedAt).toBeLessThanOrEqual(DEFAULT_LIMITS.requestTimeoutMs);
    expect(Math.max(...calls.map((call) => call.endedAt! - start))).toBeLessThanOrEqual(6000);
    expect(metrics.total('StoreFailure', 'deleteUser')).toBe(1);
  });

  it("may take the whole invocation's deadline, longer than one operation's 3 s", async () => {
    // Marker: two hung attempts, then written (2.7 s); query: one hung attempt, then a page (4 s).
    const { store } = storeOver([HANG, HANG, OK, HANG, page(DAY), OK, page()]);
    const result = await ended(store.activity.deleteUser(USER, { deadline: Deadline.after(clock, 6000) }));
    expect(result).toEqual({ value: 1, at: 4000 });
  });

  it('sends the first delete batch at once, with no pause before it', async () => {
    const { store, calls } = storeOver([OK, page(DAY), OK, page()]);
    expect(await ended(store.activity.deleteUser(USER))).toEqual({ value: 1, at: 0 });
    expect(calls.map((call) => call.command)).toEqual([
      'PutCommand',
      'QueryCommand',
      'BatchWriteCommand',
      'QueryCommand',
    ]);
  });

  it('sends an unprocessed delete again after its pause, when that leaves just one attempt’s time', async () => {
    // 250 ms: the retry's pause (100 ms) leaves exactly the 150 ms an attempt needs.
    const other = restDayKey(USER, '2026-01-02');
    const { store, calls } = storeOver([OK, page(DAY, other), unprocessed(other), OK, page()]);
    const result = await ended(store.activity.deleteUser(USER, { deadline: Deadline.after(clock, 250) }));
    expect(result).toEqual({ value: 2, at: 100 });
    expect(calls[3]?.input).toEqual({ RequestItems: { 'fake-table': [{ DeleteRequest: { Key: other } }] } });
    expect(calls[3]!.startedAt - calls[2]!.startedAt).toBe(100);
  });
});

describe("an activity write's erasure check", () => {
  it('a check that cannot be made leaves the routine recorded, in time, and counts the failure', async () => {
    const { store, metrics } = storeOver([OK, HANG]);
    const result = await ended(store.activity.recordRoutine(USER, ROUTINE));
    expect('value' in result).toBe(true);
    expect(result.at).toBeLessThanOrEqual(DEFAULT_LIMITS.operationBudgetMs);
    expect(metrics.total('StoreFailure', 'recordRoutine')).toBe(1);
    expect(metrics.total('UnconfirmedSave')).toBe(0);
  });

  it('an erased user’s routine is taken back and refused: nothing saved, nothing counted', async () => {
    const { store, calls, metrics } = storeOver([OK, MARKER, OK]);
    const error = failure(await ended(store.activity.recordRoutine(USER, ROUTINE)));
    expect(error).toBeInstanceOf(UserErasedError);
    expect(error.mayHaveWritten).toBe(false);
    expect(error.message).toBe("The store refused recordRoutine: the user's data was erased");
    expect(calls[2]?.command).toBe('DeleteCommand');
    expect(metrics.counts).toEqual([]);
  });

  it.each<[string, Outcome]>([
    ['throttled', THROTTLED],
    ['hung', HANG],
  ])(
    'an erased user’s routine whose taking back is %s: unavailable, may be saved, counted',
    async (_label, deletion) => {
      const { store, metrics } = storeOver([OK, MARKER, deletion]);
      const result = await ended(store.activity.recordRoutine(USER, ROUTINE));
      const error = failure(result);
      expect(error).not.toBeInstanceOf(UserErasedError);
      expect(error.mayHaveWritten).toBe(true);
      expect(result.at).toBeLessThanOrEqual(DEFAULT_LIMITS.operationBudgetMs);
      expect(metrics.total('StoreFailure', 'recordRoutine')).toBe(1);
      expect(metrics.total('UnconfirmedSave', 'recordRoutine')).toBe(1);
    },
  );

  it('a first rest day of a user never seen is a first contact, and marks them seen', async () => {
    const { store, calls } = storeOver([OK, NO_PROFILE, OK]);
    const log = store.activity.logRestDay(
      USER,
      { date: '2026-01-01', loggedAt: '2026-01-01T08:00:00.000Z' },
      'r1',
    );
    expect(await ended(log)).toEqual({ value: { outcome: 'logged', firstContact: true }, at: 0 });
    expect(calls.map((call) => call.command)).toEqual(['PutCommand', 'GetCommand', 'UpdateCommand']);
  });

  it('a rest day of a user with a profile is no first contact, and writes nothing more', async () => {
    const { store, calls } = storeOver([OK, PROFILE]);
    const log = store.activity.logRestDay(
      USER,
      { date: '2026-01-01', loggedAt: '2026-01-01T08:00:00.000Z' },
      'r1',
    );
    expect(await ended(log)).toEqual({ value: { outcome: 'logged', firstContact: false }, at: 0 });
    expect(calls).toHaveLength(2);
  });
});
