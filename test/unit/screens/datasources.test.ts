/**
 * Every datasource the skill can send, checked offline: apl-suggester's datasource validation, every
 * field the document binds present with the right type, and (for routines) step windows that tile the
 * response's time with no gap and no overlap, so exactly one step or the break shows at any moment.
 * Routines: every routine, length and step, running and paused, and each finish; weeks with 0 to 7
 * rest days; every tip.
 */
import { datasourceProblems } from '../../../harness/apl';
import { TIP_TOPICS } from '../../../lambda/tips/content';
import { tipScreen } from '../../../lambda/tips/screen';
import { weekScreen } from '../../../lambda/restdays/screen';
import { ROUTINES, stepsOf } from '../../../lambda/routines/catalog';
import { NEVER_MS, type RoutineSource } from '../../../lambda/screens/datasources';
import { documentFor, type DocumentName } from '../../../lambda/screens/documents';
import { directiveOf, finished, pausedAt, ROUTINE_STEPS, routineScreenOf, runningAt } from './fixture';

/** The fields a document binds on each of its data objects: `routine.title`, `step.start`, … */
function boundFields(name: DocumentName): Map<string, Set<string>> {
  const fields = new Map<string, Set<string>>();
  const add = (root: string, field: string) => fields.set(root, (fields.get(root) ?? new Set()).add(field));
  const bindings = JSON.stringify(documentFor(name)).matchAll(
    /\b(routine|step|week|day|tip)\.(\w+)(?:\.(\w+))?/g,
  );
  for (const [, root = '', field = '', sub] of bindings) {
    if (root === 'routine' && field === 'after' && sub) add('after', sub);
    else add(root, field);
  }
  return fields;
}

/** Which bound fields `object` lacks, or has as `undefined`/`null`. */
function missing(object: object, fields: Set<string> | undefined): string[] {
  const record = object as Record<string, unknown>;
  return [...(fields ?? [])].filter((field) => record[field] === undefined || record[field] === null);
}

/** The checks every routine datasource passes. */
async function expectSound(routine: RoutineSource) {
  const fields = boundFields('routine');
  expect(await datasourceProblems({ routine })).toEqual([]);
  expect(missing(routine, fields.get('routine'))).toEqual([]);
  expect(missing(routine.after, fields.get('after'))).toEqual([]);
  for (const step of routine.steps) expect(missing(step, fields.get('step'))).toEqual([]);
  for (const button of routine.buttons) expect(Object.keys(button).sort()).toEqual(['command', 'label']);
  // The windows tile the response: the first from 0, each from where the one before ends, the break after.
  let from = 0;
  for (const step of routine.steps) {
    expect(step.showFrom).toBe(from);
    expect(step.showUntil).toBeGreaterThan(step.showFrom);
    if (step.running) expect(step.showUntil).toBe(step.start + step.length);
    expect(step.length).toBeLessThanOrEqual(step.total);
    from = step.showUntil;
  }
  expect(routine.after.showFrom).toBe(routine.after.title ? from : NEVER_MS);
}

describe.each(ROUTINE_STEPS)('the %s %s routine at step %i', (id, length, step) => {
  const count = stepsOf(id, length).length;

  it('running: the steps the response times, from this one, then the break or the end', async () => {
    const { screen } = await routineScreenOf(runningAt(id, length, step));
    const routine = directiveOf(screen).datasources?.routine as RoutineSource;
    await expectSound(routine);
    expect(routine.status).toBe('running');
    expect(routine.steps[0]).toMatchObject({ position: step + 1, count, running: true, showFrom: 0 });
    expect(routine.after.title).not.toBe('');
    expect(routine.buttons.map((b) => b.command)).toEqual(['back', 'pause', 'next']);
    expect(routine.dots).toHaveLength(count);
  });

  it('paused: the one step, its timer stopped at the time left', async () => {
    const state = pausedAt(id, length, step);
    const { screen } = await routineScreenOf(state);
    const routine = directiveOf(screen).datasources?.routine as RoutineSource;
    await expectSound(routine);
    expect(routine).toMatchObject({ status: 'paused', badge: 'Paused' });
    expect(routine.steps).toHaveLength(1);
    const seconds = stepsOf(id, length)[step]?.seconds ?? 0;
    expect(routine.steps[0]).toMatchObject({
      running: false,
      length: (seconds - state.offset) * 1000,
      showUntil: NEVER_MS,
    });
    expect(routine.buttons.map((b) => b.command)).toEqual(['back', 'resume', 'next']);
  });
});

describe.each(ROUTINES.flatMap((r) => (['quick', 'full'] as const).map((length) => [r.id, length] as const)))(
  'the %s %s routine, finished',
  (id, length) => {
    it('shows the finish and no buttons', async () => {
      const { screen } = await routineScreenOf(finished(id, length));
      const routine = directiveOf(screen).datasources?.routine as RoutineSource;
      await expectSound(routine);
      expect(routine).toMatchObject({ status: 'finished', badge: 'Done', steps: [], buttons: [] });
      expect(routine.after.showFrom).toBe(0);
      expect(routine.after.hint).toContain(`${stepsOf(id, length).length} moves`);
    });
  },
);

describe.each([0, 1, 2, 3, 4, 5, 6, 7])('a week with %i rest days', (rested) => {
  // Wednesday 25 November 2026; rest days from Monday on.
  const today = '2026-11-25';
  const days = [
    '2026-11-23',
    '2026-11-24',
    '2026-11-25',
    '2026-11-26',
    '2026-11-27',
    '2026-11-28',
    '2026-11-29',
  ];
  const screen = weekScreen('en-US', today, today, days.slice(0, rested), 2);

  it('binds every field, Monday to Sunday, rest days and today marked', async () => {
    const week = directiveOf(screen).datasources?.week as Record<string, unknown> & { days: object[] };
    const fields = boundFields('week');
    expect(await datasourceProblems({ week })).toEqual([]);
    expect(missing(week, fields.get('week'))).toEqual([]);
    for (const day of week.days) expect(missing(day, fields.get('day'))).toEqual([]);
    expect(screen.days.map((d) => d.weekday)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(screen.days.filter((d) => d.rest).map((d) => d.date)).toEqual(days.slice(0, rested));
    expect(screen.days.filter((d) => d.today).map((d) => d.date)).toEqual([today]);
    expect(screen.days.filter((d) => d.future).map((d) => d.date)).toEqual(days.slice(3));
    expect(screen).toMatchObject({
      title: 'This week',
      rested,
      goal: 2,
      badge: rested >= 2 ? 'Goal met' : '',
    });
    expect(screen.summary).toMatch(new RegExp(`^${rested} `));
  });
});

describe('a week that is not this one', () => {
  it('is titled by its Monday, in the request language, with no day outlined as today', () => {
    const screen = weekScreen('en-GB', '2026-11-25', '2026-11-17', ['2026-11-17'], 3);
    expect(screen.title).toBe('Week of 16 November');
    expect(screen.days.some((d) => d.today)).toBe(false);
    expect(screen.days.filter((d) => d.rest).map((d) => d.weekday)).toEqual(['Tue']);
    expect(screen.summary).toBe('1 of 3 rest days');
  });
});

describe.each(TIP_TOPICS)('the %s tip', (topic) => {
  it('binds every field: a title, the words said, a next-tip button', async () => {
    const screen = tipScreen(topic, 'Words as Alexa said them.');
    const tip = directiveOf(screen).datasources?.tip as Record<string, unknown>;
    expect(await datasourceProblems({ tip })).toEqual([]);
    expect(missing(tip, boundFields('tip').get('tip'))).toEqual([]);
    expect(screen.title).not.toBe('');
    expect(screen.text).toBe('Words as Alexa said them.');
    expect(screen.buttons).toEqual([{ command: 'next', label: 'Next tip' }]);
  });
});
