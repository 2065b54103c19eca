import { setGoalHandler } from '../../../lambda/restdays/handlers/goal';
import { answerOf, repromptKeys } from '../../../harness/answers';
import { conversation } from '../../../harness/conversation';
import { intentRequest, TEST_USER_ID } from '../../../harness/envelopes';
import { messagePattern } from '../../../harness/messages';
import { testDeps } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { spyingStore, unavailableStore } from '../../../harness/stores';
import { seedRestDays } from './fixtures';

const GOAL = 'SetRestDayGoalIntent';
const RANGE = { min: 1, max: 4 };
const setGoal = (value?: string, deps = testDeps()) =>
  answerOf(setGoalHandler(deps), intentRequest(GOAL, value === undefined ? {} : { count: { value } }));

describe('the weekly rest-day goal', () => {
  it('"set my rest day goal to three" stores it, and summaries use it', async () => {
    const deps = testDeps();
    const { answer } = await setGoal('3', deps);
    expect(answer).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:goalSet', vars: { goal: 3 } }] });
    expect((await deps.store.activity.recent(TEST_USER_ID, '2026-11-01')).restDayGoal).toBe(3);
    const convo = conversation({ store: deps.store });
    await seedRestDays(deps.store, '2026-11-23');
    const progress = await convo.intent('RestDayProgressIntent');
    expect(spoken(progress)).toMatch(messagePattern('restdays:onTrack'));
    expect(spoken(progress)).toMatch(/1 of (your goal of )?3/);
  });

  it('a goal of one is allowed, with a gentle word about two', async () => {
    const { answer } = await setGoal('1');
    expect(answer).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:goalSetOne' }] });
  });

  it('four, the top of the range, is stored', async () => {
    const deps = testDeps();
    const { answer } = await setGoal('4', deps);
    expect(answer).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:goalSet', vars: { goal: 4 } }] });
    expect((await deps.store.activity.recent(TEST_USER_ID, '2026-11-01')).restDayGoal).toBe(4);
  });

  it.each(['0', '5', '7', '12'])(
    '%s is out of range: the range is said and nothing stored',
    async (value) => {
      const deps = testDeps();
      const { answer } = await setGoal(value, deps);
      expect(answer).toMatchObject({
        type: 'ask',
        speech: [{ key: 'restdays:goalOutOfRange', vars: RANGE }],
      });
      expect(repromptKeys(answer)).toEqual(['restdays:goalReprompt']);
      const { previous } = await deps.store.profiles.recordLaunch(TEST_USER_ID, new Date());
      expect(previous?.restDayGoal).toBeUndefined();
    },
  );

  it.each([undefined, '?'])('no number (%p) asks for one', async (value) => {
    const { answer } = await setGoal(value);
    expect(answer).toMatchObject({ type: 'ask', speech: [{ key: 'restdays:goalMissing', vars: RANGE }] });
  });

  it('when the profile cannot be written, says the goal was not changed', async () => {
    const { answer } = await setGoal('3', testDeps({ store: unavailableStore() }));
    expect(answer).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:goalFailed' }] });
  });

  it("when the goal's answer was lost (it may have landed), says it can't confirm, never that it was not changed", async () => {
    const { answer } = await setGoal(
      '3',
      testDeps({ store: spyingStore({ setRestDayGoal: 'unconfirmed' }) }),
    );
    expect(answer).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:goalUnconfirmed' }] });
  });

  it.each(['-3', '2.5', '3 times'])(
    'a count that is not a whole number of days (%p) asks for a number, as none at all does',
    async (value) => {
      const deps = testDeps();
      const { answer } = await setGoal(value, deps);
      expect(answer).toMatchObject({ type: 'ask', speech: [{ key: 'restdays:goalMissing', vars: RANGE }] });
      expect((await deps.store.activity.recent(TEST_USER_ID, '2026-11-01')).restDayGoal).toBeUndefined();
    },
  );

  it('asking for a number leaves the goal question pending, so a bare number answers it', async () => {
    for (const value of [undefined, '9']) {
      const { answer } = await setGoal(value);
      expect(answer.type === 'ask' ? answer.question : undefined).toEqual({ kind: 'restdays.goal' });
    }
  });

  it('a goal the store did not take is logged for the operator', async () => {
    const deps = testDeps({ store: unavailableStore() });
    await setGoal('3', deps);
    expect(deps.logger.entries).toEqual([
      { level: 'warn', message: 'Store unavailable', extra: [{ operation: 'setRestDayGoal' }] },
    ]);
  });
});
