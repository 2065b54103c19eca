/**
 * The launch after a one-shot request: who hears the disclaimer, who is offered their paused
 * routine, and who is asked about their back first, from what the profile holds.
 */
import { createMemoryStore } from '../../../lambda/store/memory';
import { intentRequest, launchRequest, TEST_USER_ID } from '../../../harness/envelopes';
import { skillUnderTest, testDeps } from '../../../harness/skill';
import { messagePattern } from '../../../harness/messages';
import { reprompted, spoken } from '../../../harness/speech';

const NOW = new Date('2026-11-25T18:00:00Z');

/** The skill on a fresh in-memory store (with the test clock at {@link NOW}), and that store. */
function skillWithStore() {
  const store = createMemoryStore();
  return { store, send: skillUnderTest(testDeps({ store })) };
}

describe('the launch after a one-shot request', () => {
  it('after only a goal was set, is a first launch: the disclaimer and the full welcome', async () => {
    const { store, send } = skillWithStore();
    await store.profiles.setRestDayGoal(TEST_USER_ID, 3, 'amzn1.echo-api.request.goal');
    const response = await send(launchRequest());
    expect(spoken(response)).toMatch(messagePattern('routines:disclaimer'));
    expect(spoken(response)).toMatch(messagePattern('conversation:welcomeFirst'));
  });

  it('after a rest day was logged (which said the disclaimer), welcomes the user back', async () => {
    const { send } = skillWithStore();
    await send(intentRequest('LogRestDayIntent', { date: { value: '2026-11-24' } }));
    const response = await send(launchRequest());
    expect(spoken(response)).toMatch(messagePattern('conversation:welcomeBack'));
    expect(spoken(response)).not.toMatch(messagePattern('routines:disclaimer'));
  });

  it('after a one-shot warm-up was paused, offers to pick it up', async () => {
    const { store, send } = skillWithStore();
    const pausedAt = new Date(NOW.getTime() - 3_600_000).toISOString();
    await store.profiles.setPausedRoutine(
      TEST_USER_ID,
      { routineId: 'warmup.yoga', length: 'quick', step: 1, offset: 0, easier: [], pausedAt },
      'amzn1.echo-api.request.paused',
    );
    const response = await send(launchRequest());
    expect(reprompted(response)).toMatch(messagePattern('routines:resumeReprompt'));
    expect(response.sessionAttributes?.question).toMatchObject({ kind: 'routines.resume' });
  });
});

describe('the launch in the days after a pain report', () => {
  it('asks how the back feels first, after the disclaimer when it is the first launch', async () => {
    const { store, send } = skillWithStore();
    await store.profiles.recordPain(TEST_USER_ID, NOW, 'amzn1.echo-api.request.pain');
    const response = await send(launchRequest());
    expect(spoken(response)).toMatch(messagePattern('routines:disclaimer'));
    expect(spoken(response)).toMatch(messagePattern('routines:backCheck.afterPain'));
    expect(spoken(response)).not.toMatch(messagePattern('conversation:welcomeFirst'));
    expect(response.sessionAttributes?.question).toEqual({
      kind: 'routines.backCheck',
      data: { before: 'launch' },
    });
  });

  it('asks a returning user how the back feels, without the disclaimer', async () => {
    const { store, send } = skillWithStore();
    await send(launchRequest());
    await store.profiles.recordPain(TEST_USER_ID, NOW, 'amzn1.echo-api.request.pain');
    const response = await send(launchRequest());
    expect(spoken(response)).toMatch(messagePattern('routines:backCheck.afterPain'));
    expect(spoken(response)).not.toMatch(messagePattern('routines:disclaimer'));
    expect(response.sessionAttributes?.question).toMatchObject({ kind: 'routines.backCheck' });
  });
});
