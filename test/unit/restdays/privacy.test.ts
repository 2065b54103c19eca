import { UserDataNotDeletedError } from '../../../lambda/core/errors';
import { recordingMetrics } from '../../../lambda/core/metrics';
import { UserErasedError } from '../../../lambda/store/errors';
import { createMemoryStore } from '../../../lambda/store/memory';
import { skillDisabledHandler } from '../../../lambda/restdays/handlers/privacy';
import { answerOf } from '../../../harness/answers';
import { skillDisabledEvent, TEST_USER_ID } from '../../../harness/envelopes';
import { fixedClock, lambdaContext, skillUnderTest, testDeps } from '../../../harness/skill';
import { spyingStore, unavailableStore } from '../../../harness/stores';
import { seedRestDays, seedRuns, storedRestDays } from './fixtures';

describe('AlexaSkillEvent.SkillDisabled', () => {
  async function seeded() {
    const store = createMemoryStore();
    await store.profiles.recordLaunch(TEST_USER_ID, new Date('2026-11-01T00:00:00Z'));
    await seedRestDays(store, '2026-11-20', '2026-11-23');
    await seedRuns(store, '2026-11-24');
    await store.activity.logRestDay(
      'someone-else',
      { date: '2026-11-23', loggedAt: '2026-11-23T00:00:00Z' },
      'seed-other',
    );
    return store;
  }

  it('NOT_PERSISTED deletes every item of that user, and only that user', async () => {
    const store = await seeded();
    const deps = testDeps({ store });
    const { answer } = await answerOf(skillDisabledHandler(deps), skillDisabledEvent('NOT_PERSISTED'));
    expect(answer).toEqual({ type: 'silent' });
    const response = await skillUnderTest(testDeps({ store }))(skillDisabledEvent('NOT_PERSISTED'));
    expect(response.response).toEqual({});
    expect(await storedRestDays(store)).toEqual([]);
    await expect(store.profiles.recordLaunch(TEST_USER_ID, new Date())).rejects.toBeInstanceOf(
      UserErasedError,
    );
    expect(await storedRestDays(store, 'someone-else')).toEqual(['2026-11-23']);
    expect(JSON.stringify(deps.logger.entries)).not.toContain(TEST_USER_ID);
  });

  it('PERSISTED keeps the data', async () => {
    const store = await seeded();
    const { answer } = await answerOf(
      skillDisabledHandler(testDeps({ store })),
      skillDisabledEvent('PERSISTED'),
    );
    expect(answer).toEqual({ type: 'silent' });
    expect(await storedRestDays(store)).toEqual(['2026-11-20', '2026-11-23']);
  });

  it('a store failure fails the invocation (so the error alarm fires) and is logged, with no user id', async () => {
    const deps = testDeps({ store: unavailableStore() });
    await expect(skillUnderTest(deps)(skillDisabledEvent('NOT_PERSISTED'))).rejects.toBeInstanceOf(
      UserDataNotDeletedError,
    );
    const errors = deps.logger.entries.filter((e) => e.level === 'error').map((e) => e.message);
    expect(errors).toContain('Skill disabled; user data NOT deleted');
    expect(JSON.stringify(deps.logger.entries)).not.toContain(TEST_USER_ID);
  });

  it("NOT_PERSISTED counts the erasure and logs how many items went, within the invocation's time", async () => {
    const clock = fixedClock();
    const store = spyingStore({}, await seeded());
    const metrics = recordingMetrics();
    const deps = testDeps({ store, clock, metrics });
    await skillUnderTest(deps)(skillDisabledEvent('NOT_PERSISTED'), lambdaContext(clock, 9_000));
    expect(metrics.total('UserDataErased')).toBe(1);
    expect(store.calls.map((call) => call.operation)).toEqual(['deleteUser']);
    expect(store.calls[0]?.remainingMs).toBeGreaterThan(0);
    expect(store.calls[0]?.remainingMs).toBeLessThanOrEqual(9_000);
    const info = deps.logger.entries.filter((e) => e.message === 'Skill disabled; user data deleted');
    expect(info).toEqual([
      { level: 'info', message: 'Skill disabled; user data deleted', extra: [{ deleted: 4 }] },
    ]);
  });

  it('PERSISTED logs that the data was kept, with the status, and counts no erasure', async () => {
    const metrics = recordingMetrics();
    const deps = testDeps({ store: await seeded(), metrics });
    await answerOf(skillDisabledHandler(deps), skillDisabledEvent('PERSISTED'));
    expect(deps.logger.entries).toEqual([
      { level: 'info', message: 'Skill disabled; user data kept', extra: [{ status: 'PERSISTED' }] },
    ]);
    expect(metrics.total('UserDataErased')).toBe(0);
  });

  it('a store failure names the operation and keeps the store error as the cause', async () => {
    const metrics = recordingMetrics();
    const deps = testDeps({ store: unavailableStore(), metrics });
    await expect(
      answerOf(skillDisabledHandler(deps), skillDisabledEvent('NOT_PERSISTED')),
    ).rejects.toMatchObject({
      name: 'UserDataNotDeletedError',
      message: "The disabled user's data could not be deleted",
      cause: { operation: 'deleteUser' },
    });
    expect(deps.logger.entries).toEqual([
      {
        level: 'error',
        message: 'Skill disabled; user data NOT deleted',
        extra: [{ operation: 'deleteUser' }],
      },
    ]);
    expect(metrics.total('UserDataErased')).toBe(0);
  });

  it('an error that is not the store being unavailable goes on as it is, not as data left undeleted', async () => {
    const store = createMemoryStore();
    const bug = new TypeError('deleteUser is broken');
    store.activity.deleteUser = () => Promise.reject(bug);
    const deps = testDeps({ store });
    await expect(answerOf(skillDisabledHandler(deps), skillDisabledEvent('NOT_PERSISTED'))).rejects.toBe(bug);
    expect(deps.logger.entries).toEqual([]);
  });
});
