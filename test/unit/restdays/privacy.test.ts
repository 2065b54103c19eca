import { UserDataNotDeletedError } from '../../../lambda/core/errors';
import { UserErasedError } from '../../../lambda/store/errors';
import { createMemoryStore } from '../../../lambda/store/memory';
import { skillDisabledHandler } from '../../../lambda/restdays/handlers/privacy';
import { answerOf } from '../../../harness/answers';
import { skillDisabledEvent, TEST_USER_ID } from '../../../harness/envelopes';
import { skillUnderTest, testDeps } from '../../../harness/skill';
import { unavailableStore } from '../../../harness/stores';
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
});
