/**
 * The week a rest-day answer shows on a device with a screen: Monday to Sunday with the rest days
 * marked, today outlined, the days after today dimmed, and the count against the goal.
 */
import { answerOf } from '../../../harness/answers';
import { SCREEN_DEVICES } from '../../../harness/devices';
import { intentRequest, TEST_USER_ID, type SlotInput } from '../../../harness/envelopes';
import { testDeps } from '../../../harness/skill';
import { countingStore, spyingStore } from '../../../harness/stores';
import type { Answer } from '../../../lambda/core/answer';
import type { WeekScreen } from '../../../lambda/core/screen';
import { logRestDayHandler } from '../../../lambda/restdays/handlers/log';
import { progressHandler } from '../../../lambda/restdays/handlers/summary';
import { weekScreen } from '../../../lambda/restdays/screen';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import { seedRestDays, storedRestDays } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York. This week: Monday 23 to Sunday 29.
const TODAY = '2026-11-25';
const SHOW = { screen: SCREEN_DEVICES['echo-show-8'] };

/** The tiles of a week as a reader sees them: "Mon 23 Rest", "Wed 25 Today", "Thu 26 (later)". */
function tiles(screen: WeekScreen | undefined): string[] {
  return (screen?.days ?? []).map((d) =>
    [d.weekday, d.day, d.note, d.today ? '[today]' : '', d.future ? '(later)' : '']
      .filter((part) => part !== '')
      .join(' '),
  );
}

/** The rest days a week marks. */
const marked = (screen: WeekScreen | undefined) =>
  (screen?.days ?? []).filter((d) => d.rest).map((d) => d.date);

/** The week an answer shows, if it shows one. */
const weekShown = (answer: Answer): WeekScreen | undefined =>
  answer.type !== 'silent' && answer.screen?.view === 'week' ? answer.screen : undefined;

/** A store whose test user launched the skill before (so a log is not their first contact). */
async function seenStore(store: Store = createMemoryStore()): Promise<Store> {
  await store.profiles.recordLaunch(TEST_USER_ID, new Date('2026-11-20T12:00:00Z'), 'earlier-launch');
  return store;
}

describe('the week on a screen', () => {
  it('this week: Monday to Sunday, rest days marked, today outlined, later days dimmed', () => {
    const screen = weekScreen('en-US', TODAY, TODAY, ['2026-11-23'], 2);
    expect(screen.view).toBe('week');
    expect(screen.title).toBe('This week');
    expect(screen.days.map((d) => d.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(tiles(screen)).toEqual([
      'Mon 23 Rest',
      'Tue 24',
      'Wed 25 Today [today]',
      'Thu 26 (later)',
      'Fri 27 (later)',
      'Sat 28 (later)',
      'Sun 29 (later)',
    ]);
    expect(screen).toMatchObject({ rested: 1, goal: 2, summary: '1 of 2 rest days', badge: '' });
  });

  it('a rest day today is shown as rest (and still outlined as today)', () => {
    const screen = weekScreen('en-US', TODAY, TODAY, ['2026-11-24', TODAY], 3);
    expect(tiles(screen).slice(1, 3)).toEqual(['Tue 24 Rest', 'Wed 25 Rest [today]']);
    expect(screen).toMatchObject({ rested: 2, summary: '2 of 3 rest days', badge: '' });
  });

  it('counts only the rest days of the week shown, not those before or after it', () => {
    const screen = weekScreen('en-US', TODAY, TODAY, ['2026-11-22', '2026-11-24', '2026-11-30'], 2);
    expect(marked(screen)).toEqual(['2026-11-24']);
    expect(screen).toMatchObject({ rested: 1, summary: '1 of 2 rest days', badge: '' });
  });

  it('the goal met exactly: "goal met", with the count and the goal', () => {
    const screen = weekScreen('en-US', TODAY, TODAY, ['2026-11-23', '2026-11-24'], 2);
    expect(screen).toMatchObject({ rested: 2, summary: '2 rest days, goal 2', badge: 'Goal met' });
  });

  it('more rest days than the goal: still "goal met"', () => {
    const screen = weekScreen('en-US', TODAY, TODAY, ['2026-11-23', '2026-11-24', TODAY], 2);
    expect(screen).toMatchObject({ rested: 3, summary: '3 rest days, goal 2', badge: 'Goal met' });
  });

  it('one short of the goal: the count against it, no badge', () => {
    const screen = weekScreen('en-US', TODAY, TODAY, ['2026-11-23', '2026-11-24'], 3);
    expect(screen).toMatchObject({ rested: 2, summary: '2 of 3 rest days', badge: '' });
  });

  it('on a Monday and on a Sunday, the week shown is still "this week"', () => {
    expect(weekScreen('en-US', '2026-11-23', '2026-11-23', [], 2).title).toBe('This week');
    expect(weekScreen('en-US', '2026-11-29', '2026-11-29', [], 2).title).toBe('This week');
  });

  it('an earlier week is titled by its Monday, with no day outlined as today and none dimmed', () => {
    const screen = weekScreen('en-US', TODAY, '2026-11-18', ['2026-11-17'], 2);
    expect(screen.title).toBe('Week of November 16');
    expect(tiles(screen)).toEqual([
      'Mon 16',
      'Tue 17 Rest',
      'Wed 18',
      'Thu 19',
      'Fri 20',
      'Sat 21',
      'Sun 22',
    ]);
    expect(screen.summary).toBe('1 of 2 rest days');
  });

  it('last week seen on the Monday after it is not "this week"', () => {
    expect(weekScreen('en-US', '2026-11-30', '2026-11-29', [], 2).title).toBe('Week of November 23');
  });
});

describe('"how many rest days this week" on a screen', () => {
  it('shows this week with the stored rest days and the goal the user set', async () => {
    const store = createMemoryStore();
    await store.profiles.setRestDayGoal(TEST_USER_ID, 3, 'seed-goal');
    await seedRestDays(store, '2026-11-23', '2026-11-24');
    const { answer } = await answerOf(
      progressHandler(testDeps({ store })),
      intentRequest('RestDayProgressIntent', {}, SHOW),
    );
    const screen = weekShown(answer);
    expect(screen).toMatchObject({ title: 'This week', rested: 2, goal: 3 });
    expect(marked(screen)).toEqual(['2026-11-23', '2026-11-24']);
    expect(tiles(screen)[2]).toBe('Wed 25 Today [today]');
  });
});

describe('logging a rest day on a screen', () => {
  const logOnShow = (store: Store, date?: string) => {
    const deps = testDeps({ store });
    const slots: Record<string, SlotInput> = date ? { date: { value: date } } : {};
    return { deps, run: answerOf(logRestDayHandler(deps), intentRequest('LogRestDayIntent', slots, SHOW)) };
  };

  it("shows the logged day's week: the day just logged and the week's earlier rest days", async () => {
    const store = countingStore(await seenStore());
    await seedRestDays(store, '2026-11-23');
    store.calls.length = 0;
    const { run } = logOnShow(store, '2026-11-24');
    const { answer } = await run;
    expect(answer).toMatchObject({ speech: [{ key: 'restdays:logged', vars: { day: 'yesterday' } }] });
    expect(marked(weekShown(answer))).toEqual(['2026-11-23', '2026-11-24']);
    expect(weekShown(answer)).toMatchObject({ title: 'This week', summary: '2 rest days, goal 2' });
    expect(store.calls.sort()).toEqual(['activity.logRestDay', 'activity.recent']);
  });

  it('a day of last week shows last week, titled by its Monday', async () => {
    const { run } = logOnShow(await seenStore(), '2026-11-20');
    const screen = weekShown((await run).answer);
    expect(screen?.title).toBe('Week of November 16');
    expect(marked(screen)).toEqual(['2026-11-20']);
  });

  it('when the week cannot be read, the day is still logged and said, without a screen', async () => {
    const store = spyingStore({ recent: 'unavailable' }, await seenStore());
    const { deps, run } = logOnShow(store);
    const { answer } = await run;
    expect(answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'restdays:logged', vars: { day: 'today' } }, { key: 'restdays:gentle' }],
    });
    expect(answer).not.toHaveProperty('screen');
    expect(await storedRestDays(store)).toEqual([TODAY]);
    expect(deps.logger.entries).toContainEqual({
      level: 'warn',
      message: 'Week for the screen unavailable',
      extra: [{ error: 'StoreUnavailableError' }],
    });
  });

  it('a read failing with something other than an error logs "unknown", never what it carried', async () => {
    const memory = await seenStore();
    // A driver or a proxy in between may reject with a bare message that names the user.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- that rejection is the case
    const recent = () => Promise.reject(`no week for ${TEST_USER_ID}`);
    const store: Store = { profiles: memory.profiles, activity: { ...memory.activity, recent } };
    const { deps, run } = logOnShow(store);
    const { answer } = await run;
    expect(answer).not.toHaveProperty('screen');
    expect(await storedRestDays(store)).toEqual([TODAY]);
    const warnings = deps.logger.entries.filter((e) => e.message === 'Week for the screen unavailable');
    expect(warnings).toEqual([
      { level: 'warn', message: 'Week for the screen unavailable', extra: [{ error: 'unknown' }] },
    ]);
    expect(JSON.stringify(deps.logger.entries)).not.toContain(TEST_USER_ID);
  });
});
