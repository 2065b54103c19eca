/**
 * The store's attempts and retries on a fake clock (jest's fake timers): every wait is the test's,
 * so "never past the deadline" is checked exactly, with no real time involved.
 */
import { GetCommand, PutCommand } from '../../../lambda/store/dynamo';
import { Deadline } from '../../../lambda/core/deadline';
import type { StoreOperation } from '../../../lambda/core/metrics';
import { DEFAULT_LIMITS } from '../../../lambda/store/dynamo';
import { Table } from '../../../lambda/store/dynamo/table';
import { StoreUnavailableError, UserErasedError } from '../../../lambda/store/errors';
import {
  HANG,
  OK,
  REFUSED,
  RESET,
  SERVER_ERROR,
  THROTTLED,
  networkError,
  scriptedDynamo,
  scriptedTable,
  serviceError,
  ended,
  failure,
  type Outcome,
} from './fake-dynamo';

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

/** One write (PutItem) or read (GetItem) through `table` as operation `name`. */
function call(
  table: Table,
  kind: 'write' | 'read',
  deadline?: Deadline,
  name: StoreOperation = 'logRestDay',
) {
  return table.operation(name, deadline ? { deadline } : undefined, (op) =>
    kind === 'write'
      ? op.write((abortSignal) =>
          table.doc.send(new PutCommand({ TableName: 't', Item: { pk: 'a', sk: 'b' } }), { abortSignal }),
        )
      : op.read((abortSignal) =>
          table.doc.send(new GetCommand({ TableName: 't', Key: { pk: 'a', sk: 'b' } }), { abortSignal }),
        ),
  );
}

describe('attempts and retries', () => {
  it('retries a throttled write and answers once DynamoDB does, within three attempts', async () => {
    const { table, calls } = scriptedTable([THROTTLED, THROTTLED, OK]);
    const result = await ended(call(table, 'write'));
    expect('value' in result).toBe(true);
    expect(calls).toHaveLength(3);
  });

  it('makes at most three attempts, then fails with nothing written (throttling is a refusal)', async () => {
    const { table, calls, metrics } = scriptedTable([THROTTLED]);
    const error = failure(await ended(call(table, 'write')));
    expect(calls).toHaveLength(3);
    expect(error.mayHaveWritten).toBe(false);
    expect(error.operation).toBe('logRestDay');
    expect(metrics.total('StoreFailure', 'logRestDay')).toBe(1);
    expect(metrics.total('UnconfirmedSave')).toBe(0);
  });

  it('does not retry what DynamoDB refuses for good (validation), and wrote nothing', async () => {
    const { table, calls } = scriptedTable([
      { kind: 'fail', error: serviceError('ValidationException', 400) },
    ]);
    const error = failure(await ended(call(table, 'write')));
    expect(calls).toHaveLength(1);
    expect(error.mayHaveWritten).toBe(false);
  });

  it.each<[string, Outcome, boolean]>([
    ['a server error (HTTP 500)', SERVER_ERROR, true],
    ['a connection reset after sending (answer lost)', RESET, true],
    ['a hung attempt (timed out)', HANG, true],
    ['a refused connection (never sent)', REFUSED, false],
    [
      'no connection in time (never sent)',
      { kind: 'fail', error: networkError('x', 'did not establish a connection') },
      false,
    ],
    ['throttling (refused)', THROTTLED, false],
  ])('after %s, a failed write says whether it may have written: %s', async (_label, outcome, may) => {
    const { table, metrics } = scriptedTable([outcome]);
    const error = failure(await ended(call(table, 'write')));
    expect(error.mayHaveWritten).toBe(may);
    expect(metrics.total('UnconfirmedSave', 'logRestDay')).toBe(may ? 1 : 0);
  });

  it('a read never "may have written"', async () => {
    const { table } = scriptedTable([HANG]);
    expect(failure(await ended(call(table, 'read'))).mayHaveWritten).toBe(false);
  });

  it('a write that lost its first answer and then succeeds is not unconfirmed', async () => {
    const { table, metrics } = scriptedTable([RESET, OK]);
    expect('value' in (await ended(call(table, 'write')))).toBe(true);
    expect(metrics.counts).toEqual([]);
  });

  it('waits between attempts, growing, jittered (here the full jitter range)', async () => {
    const { table, calls } = scriptedTable([THROTTLED, THROTTLED, OK]);
    await ended(call(table, 'write'));
    const [first, second, third] = calls.map((c) => c.startedAt);
    expect(second! - first!).toBe(100);
    expect(third! - second!).toBe(200);
  });
});

describe('deadlines', () => {
  it('a hung DynamoDB: each attempt ends at the per-attempt timeout, all within the 3 s operation budget', async () => {
    const { table, calls } = scriptedTable([HANG]);
    const start = Date.now();
    const error = failure(await ended(call(table, 'write'), start));
    expect(calls).toHaveLength(3);
    for (const c of calls)
      expect(c.endedAt! - c.startedAt).toBeLessThanOrEqual(DEFAULT_LIMITS.requestTimeoutMs);
    expect(Math.max(...calls.map((c) => c.endedAt! - start))).toBeLessThanOrEqual(
      DEFAULT_LIMITS.operationBudgetMs,
    );
    expect(error.mayHaveWritten).toBe(true);
  });

  it('with a 1 s deadline, the one attempt is cut at the deadline and no retry follows', async () => {
    const { table, calls, clock } = scriptedTable([HANG]);
    const start = Date.now();
    const result = await ended(call(table, 'write', Deadline.after(clock, 1000)), start);
    expect(failure(result).mayHaveWritten).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.endedAt! - start).toBe(1000);
    expect(result.at).toBe(1000);
  });

  it('a retry is not started when its pause would leave less than one attempt needs', async () => {
    // 1300 ms: the first attempt times out at 1200, the pause (100) would leave 0 ms.
    const { table, calls, clock } = scriptedTable([HANG]);
    const result = await ended(call(table, 'write', Deadline.after(clock, 1300)));
    expect(calls).toHaveLength(1);
    expect(result.at).toBe(1200);
  });

  it('less time left than one attempt needs: fails at once, sends nothing, wrote nothing', async () => {
    const { table, calls, clock, metrics } = scriptedTable([OK]);
    const deadline = Deadline.after(clock, DEFAULT_LIMITS.minAttemptMs - 1);
    const result = await ended(call(table, 'write', deadline));
    expect(failure(result).mayHaveWritten).toBe(false);
    expect(calls).toHaveLength(0);
    expect(result.at).toBe(0);
    expect(metrics.total('StoreFailure', 'logRestDay')).toBe(1);
  });

  it('two calls of one turn share its deadline: the second gets only what the first left', async () => {
    const { table, calls, clock } = scriptedTable([HANG]);
    const turn = Deadline.after(clock, 2000);
    const start = Date.now();
    failure(await ended(call(table, 'write', turn), start));
    const sentByFirst = calls.length;
    const second = failure(await ended(call(table, 'write', turn, 'setPausedRoutine'), start));
    expect(Math.max(...calls.map((c) => c.endedAt! - start))).toBeLessThanOrEqual(2000);
    expect(calls).toHaveLength(sentByFirst);
    expect(second.mayHaveWritten).toBe(false);
  });

  it("an erased user's refused write is not counted as a store failure", async () => {
    const { table, metrics } = scriptedTable([OK]);
    const refused = table.operation('logRestDay', undefined, () =>
      Promise.reject(new UserErasedError('logRestDay')),
    );
    expect('error' in (await ended(refused))).toBe(true);
    expect(metrics.counts).toEqual([]);
  });
});

describe('the last attempts a deadline allows', () => {
  it('exactly the least time an attempt needs is enough for one', async () => {
    const { table, calls, clock } = scriptedTable([OK]);
    const result = await ended(call(table, 'write', Deadline.after(clock, DEFAULT_LIMITS.minAttemptMs)));
    expect('value' in result).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it("a retry is made when its pause leaves exactly one attempt's least time", async () => {
    // 250 ms: throttled at once, a 100 ms pause, then 150 ms left for the retry.
    const { table, calls, clock } = scriptedTable([THROTTLED, OK]);
    const result = await ended(call(table, 'write', Deadline.after(clock, 250)));
    expect('value' in result).toBe(true);
    expect(result.at).toBe(100);
    expect(calls).toHaveLength(2);
  });

  it('a server error (HTTP 500) is retried, and the write answers on the second attempt', async () => {
    const { table, calls, metrics } = scriptedTable([SERVER_ERROR, OK]);
    expect('value' in (await ended(call(table, 'write')))).toBe(true);
    expect(calls).toHaveLength(2);
    expect(metrics.counts).toEqual([]);
  });

  it('a call that answered leaves no timer behind to fire after the turn', async () => {
    const { table } = scriptedTable([OK]);
    await ended(call(table, 'read'));
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('what a failure tells', () => {
  it('names itself and the operation, and keeps what DynamoDB said as its cause', async () => {
    const { table } = scriptedTable([THROTTLED]);
    const error = failure(await ended(call(table, 'read', undefined, 'history')));
    expect(error.name).toBe('StoreUnavailableError');
    expect(error.message).toBe('The store could not complete history');
    expect(error.cause).toBe((THROTTLED as { error: Error }).error);
  });

  it('fails the same with no metrics configured (nothing counted, nowhere to count it)', async () => {
    const { doc } = scriptedDynamo([HANG]);
    const table = new Table(doc, 'fake-table', {
      limits: DEFAULT_LIMITS,
      clock: { now: () => Date.now() },
      random: () => 1,
    });
    expect(failure(await ended(call(table, 'write'))).mayHaveWritten).toBe(true);
  });

  it('a failure reported without saying whether a write landed says nothing was written', () => {
    expect(new StoreUnavailableError('getProfile').mayHaveWritten).toBe(false);
  });
});
