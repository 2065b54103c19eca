import { adviceHandler } from '../../../lambda/restdays/handlers/advice';
import {
  lastRestDayHandler,
  listRestDaysHandler,
  progressHandler,
} from '../../../lambda/restdays/handlers/summary';
import type { AnswerHandler } from '../../../lambda/core/answer';
import type { SkillDeps } from '../../../lambda/core/deps';
import { createMemoryStore } from '../../../lambda/store/memory';
import { answerOf } from '../../../harness/answers';
import { intentRequest, TEST_USER_ID } from '../../../harness/envelopes';
import { fixedClock, testDeps } from '../../../harness/skill';
import { countingStore, unavailableStore } from '../../../harness/stores';
import { seedRestDays } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York. This week: Monday 23 to Sunday 29.
const PROGRESS = 'RestDayProgressIntent';
const WEEK = { start: 'Monday, November 23', end: 'Sunday, November 29' };

async function answer(
  handler: (deps: SkillDeps) => AnswerHandler,
  intent: string,
  deps = testDeps(),
  at?: string,
) {
  return (await answerOf(handler(deps), intentRequest(intent, {}, at ? { timestamp: at } : {}))).answer;
}

describe('how many rest days this week / am I on track', () => {
  it('names the week and its rest days, compares with the default goal of two, in ONE query', async () => {
    const store = countingStore();
    await seedRestDays(store, '2026-11-20', '2026-11-23', '2026-11-24');
    store.calls.length = 0;
    const said = await answer(progressHandler, PROGRESS, testDeps({ store }));
    expect(said).toMatchObject({
      type: 'tell',
      speech: [
        { key: 'restdays:weekSome', vars: { ...WEEK, days: 'Monday and Tuesday' } },
        { key: 'restdays:goalMet', vars: { count: 2, goal: 2 } },
      ],
    });
    expect(store.calls).toEqual(['activity.recent']);
  });

  it('with none yet on a Wednesday, says so and that the week still has room', async () => {
    expect(await answer(progressHandler, PROGRESS)).toMatchObject({
      speech: [
        { key: 'restdays:weekNone', vars: WEEK },
        { key: 'restdays:onTrack', vars: { count: 0, goal: 2 } },
      ],
    });
  });

  it('uses the goal the user set', async () => {
    const store = createMemoryStore();
    await store.profiles.setRestDayGoal(TEST_USER_ID, 3, 'seed-goal');
    await seedRestDays(store, '2026-11-23');
    expect(await answer(progressHandler, PROGRESS, testDeps({ store }))).toMatchObject({
      speech: [{ key: 'restdays:weekSome' }, { key: 'restdays:onTrack', vars: { count: 1, goal: 3 } }],
    });
  });

  it('on a Sunday with the goal out of reach, says so without scolding', async () => {
    const sunday = '2026-11-29T18:00:00Z';
    const deps = testDeps({ clock: fixedClock(sunday) });
    expect(await answer(progressHandler, PROGRESS, deps, sunday)).toMatchObject({
      speech: [{ key: 'restdays:weekNone' }, { key: 'restdays:missed', vars: { count: 0, goal: 2 } }],
    });
  });

  it('a day already logged for next Monday (from a zone ahead) is not counted in this week', async () => {
    const sunday = '2026-11-29T18:00:00Z'; // 1 pm Sunday in New York, already Monday in Tokyo
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23', '2026-11-30');
    const deps = testDeps({ store, clock: fixedClock(sunday) });
    expect(await answer(progressHandler, PROGRESS, deps, sunday)).toMatchObject({
      speech: [
        { key: 'restdays:weekSome', vars: { days: 'Monday' } },
        { key: 'restdays:tight', vars: { count: 1, goal: 2 } },
      ],
    });
  });

  it('when the goal needs every day left, says so', async () => {
    const saturday = '2026-11-28T18:00:00Z'; // two days left, two rest days needed
    const deps = testDeps({ clock: fixedClock(saturday) });
    expect(await answer(progressHandler, PROGRESS, deps, saturday)).toMatchObject({
      speech: [{ key: 'restdays:weekNone' }, { key: 'restdays:tight', vars: { count: 0, goal: 2 } }],
    });
  });
});

describe('when was my last rest day / list my rest days', () => {
  it('says the most recent rest day', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-10', '2026-11-20');
    expect(await answer(lastRestDayHandler, 'LastRestDayIntent', testDeps({ store }))).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:lastRest', vars: { day: 'Friday, November 20' } }],
    });
  });

  it('says when there is none in the last 60 days', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-08-01');
    expect(await answer(lastRestDayHandler, 'LastRestDayIntent', testDeps({ store }))).toMatchObject({
      speech: [{ key: 'restdays:lastNone', vars: { limit: 60 } }],
    });
  });

  it('lists the last two weeks of rest days, oldest first, with dates', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-01', '2026-11-15', '2026-11-24');
    expect(await answer(listRestDaysHandler, 'ListRestDaysIntent', testDeps({ store }))).toMatchObject({
      speech: [
        {
          key: 'restdays:listSome',
          vars: { since: 'Thursday, November 12', days: 'Sunday, November 15 and yesterday' },
        },
      ],
    });
  });

  it('lists nothing when there is nothing', async () => {
    expect(await answer(listRestDaysHandler, 'ListRestDaysIntent')).toMatchObject({
      speech: [{ key: 'restdays:listNone', vars: { since: 'Thursday, November 12' } }],
    });
  });

  it('says the newest of several rest days', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-10', '2026-11-16', '2026-11-20');
    expect(await answer(lastRestDayHandler, 'LastRestDayIntent', testDeps({ store }))).toMatchObject({
      speech: [{ key: 'restdays:lastRest', vars: { day: 'Friday, November 20' } }],
    });
  });

  it('lists from 13 days ago on: a rest day 14 days ago is left out', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-11', '2026-11-12');
    expect(await answer(listRestDaysHandler, 'ListRestDaysIntent', testDeps({ store }))).toMatchObject({
      speech: [
        { key: 'restdays:listSome', vars: { since: 'Thursday, November 12', days: 'Thursday, November 12' } },
      ],
    });
  });

  it.each([
    [PROGRESS, progressHandler],
    ['LastRestDayIntent', lastRestDayHandler],
    ['ListRestDaysIntent', listRestDaysHandler],
  ] as const)('%s shows this week on the screen with the answer', async (intent, handler) => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-20', '2026-11-24');
    const said = await answer(handler, intent, testDeps({ store }));
    expect(said).toMatchObject({ type: 'tell', screen: { view: 'week', rested: 1, goal: 2 } });
  });

  it.each([
    [progressHandler, PROGRESS],
    [lastRestDayHandler, 'LastRestDayIntent'],
    [listRestDaysHandler, 'ListRestDaysIntent'],
    [adviceHandler, 'RestAdviceIntent'],
  ] as const)('%# says plainly when the log cannot be read (%s)', async (handler, intent) => {
    const deps = testDeps({ store: unavailableStore() });
    const said = await answer(handler, intent, deps);
    expect(said).toMatchObject({ type: 'tell', speech: [{ key: 'restdays:readFailed' }] });
    expect(deps.logger.entries).toEqual([
      { level: 'warn', message: 'Store unavailable', extra: [{ operation: 'recent' }] },
    ]);
  });
});
