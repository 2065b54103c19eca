/**
 * The store under a hung DynamoDB (a loopback server that accepts every call and never answers),
 * with production limits and a 1 s deadline: every port method answers StoreUnavailable within
 * the deadline, not the 3 s operation budget, and says whether a write may have landed. Waits are
 * bounded (1.5 s: past the deadline, well before the budget); nothing measures time.
 */
import { Deadline } from '../../../lambda/core/deadline';
import { recordingMetrics, type StoreOperation } from '../../../lambda/core/metrics';
import { createDocumentClient, createDynamoStore } from '../../../lambda/store/dynamo';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import type { Store } from '../../../lambda/store/port';
import { freePort, LOCAL_CLIENT_CONFIG } from '../../../harness/dynamo';
import { startFailingDynamo, type LoopbackServer } from '../../../harness/loopback';
import { settleWithin } from './faulty-skill';

const DEADLINE_MS = 1000;
/** Past the deadline, well short of the 3 s per-operation budget the store would use without it. */
const BOUND_MS = 1500;
const clock = { now: () => Date.now() };

/** Every port method, one call each, and whether it writes. */
const CALLS: [StoreOperation, boolean, (store: Store, deadline: Deadline) => Promise<unknown>][] = [
  ['recordLaunch', true, (s, deadline) => s.profiles.recordLaunch('u', new Date(), 'r1', { deadline })],
  [
    'setPausedRoutine',
    true,
    (s, deadline) =>
      s.profiles.setPausedRoutine(
        'u',
        {
          routineId: 'warmup.walk',
          length: 'quick',
          step: 1,
          offset: 0,
          easier: [],
          pausedAt: '2026-11-25T18:00:00Z',
        },
        'r2',
        { deadline },
      ),
  ],
  ['setRestDayGoal', true, (s, deadline) => s.profiles.setRestDayGoal('u', 3, 'r3', { deadline })],
  [
    'logRestDay',
    true,
    (s, deadline) =>
      s.activity.logRestDay('u', { date: '2026-11-24', loggedAt: '2026-11-25T18:00:00Z' }, 'r4', {
        deadline,
      }),
  ],
  ['removeRestDay', true, (s, deadline) => s.activity.removeRestDay('u', '2026-11-24', 'r5', { deadline })],
  [
    'recordRoutine',
    true,
    (s, deadline) =>
      s.activity.recordRoutine(
        'u',
        { date: '2026-11-24', kind: 'warmup', routineId: 'warmup.walk', completedAt: '2026-11-24T07:00:00Z' },
        { deadline },
      ),
  ],
  ['history', false, (s, deadline) => s.activity.history('u', '2026-11-01', '2026-11-30', { deadline })],
  ['recent', false, (s, deadline) => s.activity.recent('u', '2026-11-01', { deadline })],
  ['deleteUser', true, (s, deadline) => s.activity.deleteUser('u', { deadline })],
];

function storeAt(endpoint: string) {
  const doc = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
  const metrics = recordingMetrics();
  return { doc, metrics, store: createDynamoStore(doc, 'hung-table', { clock, metrics }) };
}

describe('a hung DynamoDB and a 1 s deadline', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startFailingDynamo({ kind: 'hang' });
  });
  afterAll(async () => {
    await server.stop();
  });

  it.each(CALLS)('%s answers StoreUnavailable within the deadline', async (operation, writes, call) => {
    const { doc, metrics, store } = storeAt(server.endpoint);
    const outcome = await settleWithin(call(store, Deadline.after(clock, DEADLINE_MS)), BOUND_MS);
    doc.destroy();
    expect(outcome.state).toBe('rejected');
    const error = outcome.state === 'rejected' ? outcome.error : undefined;
    expect(error).toBeInstanceOf(StoreUnavailableError);
    // The hung attempt was sent and never answered: a write may have landed; a read wrote nothing.
    expect((error as StoreUnavailableError | undefined)?.mayHaveWritten).toBe(writes);
    expect(metrics.total('StoreFailure', operation)).toBe(1);
    expect(metrics.total('UnconfirmedSave', operation)).toBe(writes ? 1 : 0);
  });

  it('three calls of one turn share the deadline: all answer within it, the later ones send nothing', async () => {
    const { doc, store } = storeAt(server.endpoint);
    const deadline = Deadline.after(clock, DEADLINE_MS);
    const turn = async () => {
      const errors: unknown[] = [];
      for (const [, , call] of CALLS.slice(0, 3))
        await call(store, deadline).catch((e: unknown) => errors.push(e));
      return errors;
    };
    const before = server.requests;
    const outcome = await settleWithin(turn(), BOUND_MS);
    doc.destroy();
    expect(outcome.state).toBe('answered');
    const errors = outcome.state === 'answered' ? outcome.value : [];
    expect(errors.map((e) => e instanceof StoreUnavailableError && e.mayHaveWritten)).toEqual([
      true,
      false,
      false,
    ]);
    expect(server.requests - before).toBe(1);
  });
});

describe('an unreachable DynamoDB (nothing listening)', () => {
  it.each(CALLS.filter(([, writes]) => writes))(
    '%s fails having written nothing',
    async (_operation, _writes, call) => {
      const { doc, store } = storeAt(`http://127.0.0.1:${await freePort()}`);
      const outcome = await settleWithin(call(store, Deadline.after(clock, DEADLINE_MS)), BOUND_MS);
      doc.destroy();
      const error = outcome.state === 'rejected' ? outcome.error : undefined;
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError | undefined)?.mayHaveWritten).toBe(false);
    },
  );
});
