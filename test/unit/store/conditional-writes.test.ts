/**
 * Conditional writes against a scripted DynamoDB on jest's fake timers (fake-dynamo.ts): a failed
 * condition is an answer (the day was already logged, the user was erased), never retried and never
 * counted as a failure; a write that could not be made at all is a failure, never such an answer.
 */
import { StoreUnavailableError, UserErasedError } from '../../../lambda/store/errors';
import { profileKey } from '../../../lambda/store/keys';
import { ended, failure, scriptedStore, THROTTLED, type Outcome } from './fake-dynamo';

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

const USER = 'conditional-user';
const DAY = { date: '2026-11-24', loggedAt: '2026-11-25T08:00:00.000Z' };
const LAUNCHED_AT = new Date('2026-11-25T08:00:00.000Z');

describe('a conditional write', () => {
  it('a day another request logged is "already logged": one call, nothing counted', async () => {
    const { store, calls, metrics } = scriptedStore([{ kind: 'conditionFailed' }]);
    const result = await ended(store.activity.logRestDay(USER, DAY, 'req-b'));
    expect(result).toEqual({ value: { outcome: 'already-logged', firstContact: false }, at: 0 });
    expect(calls).toHaveLength(1);
    expect(metrics.counts).toEqual([]);
  });

  it('a log DynamoDB keeps throttling fails as unavailable, never "already logged"', async () => {
    const { store, calls, metrics } = scriptedStore([THROTTLED]);
    const error = failure(await ended(store.activity.logRestDay(USER, DAY, 'req-b')));
    expect(error.mayHaveWritten).toBe(false);
    expect(calls).toHaveLength(3);
    expect(metrics.total('StoreFailure', 'logRestDay')).toBe(1);
  });

  it('a launch of an erased user is refused from the marker DynamoDB returns, without reading again', async () => {
    const marker = { pk: { S: profileKey(USER).pk }, sk: { S: profileKey(USER).sk }, erased: { BOOL: true } };
    const { store, calls, metrics } = scriptedStore([{ kind: 'conditionFailed', item: marker }]);
    const result = await ended(store.profiles.recordLaunch(USER, LAUNCHED_AT, 'launch-1'));
    expect(failure(result)).toBeInstanceOf(UserErasedError);
    expect(calls).toHaveLength(1);
    expect(metrics.counts).toEqual([]);
  });

  it('a launch of an erased user on a store that returns no item (dynalite) reads the marker, and is refused', async () => {
    const marker: Outcome = { kind: 'answer', output: { Item: { ...profileKey(USER), erased: true } } };
    const { store, calls } = scriptedStore([{ kind: 'conditionFailed' }, marker]);
    const error: unknown = failure(await ended(store.profiles.recordLaunch(USER, LAUNCHED_AT, 'launch-1')));
    expect(error).toBeInstanceOf(UserErasedError);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(calls.map((call) => call.command)).toEqual(['UpdateCommand', 'GetCommand']);
  });
});
