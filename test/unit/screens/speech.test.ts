/**
 * The screen shows what Alexa says: the steps of a routine response in the order they are spoken,
 * "step k of n", the next move the cues name, a countdown that starts where the spoken timer starts and
 * runs as long as the spoken duration; the paused time left as the resume says it; the week the
 * summary speaks; the tip as it was phrased. Through the real skill, on an Echo Show 8.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { conversation } from '../../../harness/conversation';
import { SCREEN_DEVICES } from '../../../harness/devices';
import { messagePattern } from '../../../harness/messages';
import { seededRandom } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { TEST_USER_ID } from '../../../harness/envelopes';
import { ROUTINES, stepsOf } from '../../../lambda/routines/catalog';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { duration } from '../../../lambda/routines/segment';
import type { RoutineSource, TipSource, WeekSource } from '../../../lambda/screens/datasources';
import { REST_DAY_INTENTS } from '../../../lambda/restdays/intents';
import { createI18n, speechFor } from '../../../lambda/speech/i18n';
import { TIP_INTENTS } from '../../../lambda/tips/intents';
import { routineSlots, stepsHeard } from '../routines/talk';

const SHOW = { screen: SCREEN_DEVICES['echo-show-8'] };

interface Sources {
  routine: RoutineSource;
  week: WeekSource;
  tip: TipSource;
}

function sourceOf<V extends keyof Sources>(response: ResponseEnvelope, view: V): Sources[V] {
  const directive = response.response.directives?.find(
    (d) => d.type === 'Alexa.Presentation.APL.RenderDocument',
  );
  const sources = directive && 'datasources' in directive ? directive.datasources : undefined;
  const source = sources?.[view] as Sources[V] | undefined;
  if (!source) throw new Error(`The response shows no ${view} screen`);
  return source;
}

/** Every way a duration can be said ("a minute and a half", "one and a half minutes"). */
function durationsSaid(seconds: number): string[] {
  const i18n = createI18n();
  return [0, 0.99].map((r) =>
    duration(
      speechFor(i18n, 'en-US', () => r),
      seconds,
    ),
  );
}

/** The timeline the response keeps in the session for the routine. */
function timelineOf(response: ResponseEnvelope) {
  const routine = response.sessionAttributes?.routine as
    { state: { timeline: { marks: { step: number; go: number; from: number; to?: number }[] } } } | undefined;
  return routine?.state.timeline.marks ?? [];
}

const cases = ROUTINES.flatMap((r) => (['quick', 'full'] as const).map((length) => [r.id, length] as const));

describe.each(cases)('starting the %s %s routine', (id, length) => {
  const steps = stepsOf(id, length);

  it('shows the steps it speaks, in order, each with step k of n and what comes next', async () => {
    const response = await conversation({}, SHOW).intent(I.start, routineSlots(id, length));
    const routine = sourceOf(response, 'routine');
    const heard = stepsHeard(response, id, length);
    expect(routine.steps.map((s) => s.name)).toEqual(heard.map((i) => steps[i]?.name));
    expect(routine.steps.map((s) => s.counter)).toEqual(heard.map((i) => `Step ${i + 1} of ${steps.length}`));
    const nexts = heard.map((i) => steps[i + 1]);
    expect(routine.steps.map((s) => s.next)).toEqual(nexts.map((n) => (n ? `Next: ${n.name}` : 'Last move')));
    // The ten-second cue (steps of 25 s and more, played to their end here) names the same next move.
    const whole = timelineOf(response)
      .filter((m) => m.to === undefined)
      .map((m) => m.step);
    const cued = whole.filter((i) => (steps[i]?.seconds ?? 0) >= 25 && steps[i + 1]);
    for (const i of cued)
      expect(spoken(response)).toMatch(
        messagePattern('routines:cue.tenLeftNext', { vars: { next: steps[i + 1]?.name ?? '' } }),
      );
  });

  it('counts each timer down from where the speech starts it, for as long as the speech says', async () => {
    const response = await conversation({}, SHOW).intent(I.start, routineSlots(id, length));
    const routine = sourceOf(response, 'routine');
    const marks = timelineOf(response);
    expect(routine.steps.map((s) => s.start)).toEqual(marks.map((m) => Math.round(m.go * 1000)));
    const timed = marks.map((m) => steps[m.step]);
    expect(routine.steps.map((s) => s.length)).toEqual(timed.map((t) => (t?.seconds ?? 0) * 1000));
    // A timed step says its duration ("Keep it up for 2 minutes"); a counted one its count.
    const saidDurations = routine.steps
      .filter((_, k) => !timed[k]?.count)
      .map((step) =>
        durationsSaid(step.length / 1000).some((d) =>
          messagePattern('routines:dose.timed', { vars: { duration: d } }).test(spoken(response)),
        ),
      );
    expect(saidDurations.every(Boolean)).toBe(true);
  });

  it('after the last timer of the response, shows the question the speech ends with', async () => {
    const response = await conversation({}, SHOW).intent(I.start, routineSlots(id, length));
    const routine = sourceOf(response, 'routine');
    const marks = timelineOf(response);
    const last = marks.at(-1);
    const next = steps[last?.to === undefined ? (last?.step ?? 0) + 1 : last.step];
    const questions = [
      'routines:breakQuestion',
      'routines:restQuestion',
      'routines:otherSideQuestion',
    ] as const;
    const expected = next
      ? {
          title: `Ready for ${next.name}?`,
          said: questions.map((key) => messagePattern(key, { vars: { next: next.name } })),
        }
      : { title: 'That was the last move.', said: [messagePattern('routines:backCheck.question')] };
    expect(routine.after.title).toBe(expected.title);
    expect(expected.said.some((pattern) => pattern.test(spoken(response)))).toBe(true);
  });
});

describe('pausing and resuming', () => {
  it('shows the paused step with the time left that the resume then says', async () => {
    const c = conversation({}, SHOW);
    const started = await c.intent(I.start, routineSlots('cooldown.stretch', 'full'));
    const first = sourceOf(started, 'routine').steps[0];
    c.wait((first?.start ?? 0) / 1000 + 20);
    const paused = sourceOf(await c.intent(I.pause), 'routine');
    expect(paused).toMatchObject({ status: 'paused', badge: 'Paused' });
    const step = paused.steps[0];
    expect(step).toMatchObject({ name: first?.name, running: false });
    // 20 s after the step's timer started (its spoken "go"), 20 s of it are done.
    expect(step?.length).toBe((first?.length ?? 0) - 20_000);
    const resumed = await c.intent(I.resume);
    const left = durationsSaid((step?.length ?? 0) / 1000).map((d) =>
      messagePattern('routines:stepResume', { vars: { name: first?.name ?? '', left: d } }),
    );
    expect(left.some((pattern) => pattern.test(spoken(resumed)))).toBe(true);
    const again = sourceOf(resumed, 'routine').steps[0];
    expect(again).toMatchObject({ name: first?.name, running: true, length: step?.length });
  });
});

describe('the week', () => {
  it('shows the days the summary speaks, against the goal it speaks', async () => {
    const c = conversation({}, SHOW);
    c.clock.set('2026-11-27T17:00:00Z'); // Friday 27 November in New York
    for (const date of ['2026-11-23', '2026-11-25', '2026-11-26'])
      await c.deps.store.activity.logRestDay(
        TEST_USER_ID,
        { date, loggedAt: '2026-11-27T12:00:00Z' },
        `seed-${date}`,
      );
    const response = await c.intent(REST_DAY_INTENTS.progress);
    const week = sourceOf(response, 'week');
    const rested = week.days.filter((d) => d.rest);
    expect(rested.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-25', '2026-11-26']);
    const said = messagePattern('restdays:weekSome', { vars: { days: 'Monday, Wednesday, and Thursday' } });
    expect(spoken(response)).toMatch(said);
    expect(spoken(response)).toMatch(messagePattern('restdays:goalMet', { vars: { count: 3, goal: 2 } }));
    expect(week).toMatchObject({ rested: 3, goal: 2, badge: 'Goal met', title: 'This week' });
    expect(week.days.find((d) => d.today)?.date).toBe('2026-11-27');
  });

  it('after logging a day, shows its week with the day rested', async () => {
    const c = conversation({}, SHOW);
    await c.deps.store.activity.logRestDay(
      TEST_USER_ID,
      { date: '2026-11-23', loggedAt: '2026-11-24T12:00:00Z' },
      'seed-2026-11-23',
    );
    const response = await c.intent(REST_DAY_INTENTS.log, { date: { value: '2026-11-25' } });
    expect(spoken(response)).toMatch(messagePattern('restdays:logged'));
    const week = sourceOf(response, 'week');
    expect(week.days.filter((d) => d.rest).map((d) => d.date)).toEqual(['2026-11-23', '2026-11-25']);
    expect(week.summary).toBe('2 rest days, goal 2');
  });
});

describe('a tip', () => {
  it('shows the words Alexa says, as phrased this turn', async () => {
    for (const seed of [1, 2, 3]) {
      const response = await conversation({ random: seededRandom(seed) }, SHOW).intent(TIP_INTENTS.tip);
      const tip = sourceOf(response, 'tip');
      expect(spoken(response).startsWith(tip.text)).toBe(true);
      expect(tip.title).not.toBe('');
    }
  });
});
