import { ROUTINES, stepsOf, type RoutineId, type RoutineLength } from '../../../lambda/routines/catalog';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { TEST_USER_ID } from '../../../harness/envelopes';
import { conversation, type Conversation } from '../../../harness/conversation';
import { reprompted, spoken } from '../../../harness/speech';
import { routineSlots, stepsHeard } from './talk';
import { messagePattern } from '../../../harness/messages';

const lengths: RoutineLength[] = ['quick', 'full'];
const cases = ROUTINES.flatMap((r) => lengths.map((length) => [r.id, length] as const));

describe('each routine, start to finish, hands-free', () => {
  it.each(cases)('%s %s', async (id, length) => {
    const c = conversation();
    c.clock.set('2026-11-26T03:00:00Z'); // 22:00 on the 25th in New York, the device's zone
    let response = await c.intent(I.start, routineSlots(id, length));
    expect(spoken(response)).toMatch(/about (5|10) minutes/);
    // The instruction of each step is heard once, but a split step is heard in two responses.
    const heard = [...stepsHeard(response, id, length)];
    let turns = 1;
    const feeling = { feeling: { value: 'better', id: 'BETTER', type: 'BackFeeling' } };
    while (c.inSession) {
      expect(spoken(response)).toMatch(/\?$/);
      const atEnd = messagePattern('routines:backCheck.question').test(spoken(response));
      expect(reprompted(response)).toMatch(atEnd ? /better, the same, or worse/i : /yes|next/i);
      c.wait(300);
      response = atEnd ? await c.intent(I.backFeels, feeling) : await c.intent(I.yes);
      heard.push(...stepsHeard(response, id, length));
      turns += 1;
    }
    expect(heard).toEqual(stepsOf(id, length).map((_, index) => index));
    // At most one continue prompt in a quick routine, two in a full one; then the back check.
    expect(turns).toBeLessThanOrEqual(length === 'quick' ? 3 : 4);
    const finish = id.startsWith('warmup') ? /have a good run.*cool/i : /rest days/i;
    expect(spoken(response)).toMatch(finish);
    expect(response.response.shouldEndSession).toBe(true);
    const history = await c.deps.store.activity.history(TEST_USER_ID, '2026-11-25', '2026-11-26');
    expect(history.routines).toEqual([
      {
        date: '2026-11-25',
        kind: id.startsWith('warmup') ? 'warmup' : 'cooldown',
        routineId: id,
        completedAt: expect.any(String) as unknown,
      },
    ]);
  });
});

describe('choosing a routine by voice', () => {
  it('"give me a quick yoga warm-up" starts the quick yoga warm-up', async () => {
    const response = await conversation().intent(I.start, routineSlots('warmup.yoga', 'quick'));
    expect(spoken(response)).toMatch(messagePattern('routines:length.quick'));
    expect(spoken(response)).toMatch(/yoga/);
    expect(stepsHeard(response, 'warmup.yoga', 'quick')[0]).toBe(0);
  });

  it('"I want to stretch after my run" starts the full stretch cool-down', async () => {
    const response = await conversation().intent(I.coolDown, {
      style: { value: 'stretch', id: 'stretch', type: 'RoutineStyle' },
    });
    expect(spoken(response)).toMatch(/stretch/);
    expect(stepsHeard(response, 'cooldown.stretch', 'full')[0]).toBe(0);
  });

  it('"cool me down" starts the whole cool-down: ease down, walk, then stretch back and legs', async () => {
    const response = await conversation().intent(I.coolDown);
    expect(stepsHeard(response, 'cooldown.complete', 'full')[0]).toBe(0);
    const steps = stepsOf('cooldown.complete', 'full').map((s) => s.id);
    expect(steps.slice(0, 3)).toEqual(['ease-to-jog', 'slow-trot', 'recovery-walk']);
    expect(steps).toEqual(expect.arrayContaining(['calf-stretch', 'hamstring-stretch', 'knees-to-chest']));
  });

  it('"a walking cool-down" is still the run-to-walk part alone', async () => {
    const response = await conversation().intent(I.coolDown, {
      style: { value: 'walking', id: 'walk', type: 'RoutineStyle' },
    });
    expect(stepsHeard(response, 'cooldown.walk', 'full')[0]).toBe(0);
  });

  it('"warm me up" starts the walk-to-run warm-up', async () => {
    const response = await conversation().intent(I.warmUp);
    expect(stepsHeard(response, 'warmup.walk', 'full')[0]).toBe(0);
  });

  it('a stretch with no kind is a cool-down', async () => {
    const response = await conversation().intent(I.start, {
      style: { value: 'stretching', id: 'stretch', type: 'RoutineStyle' },
    });
    expect(stepsHeard(response, 'cooldown.stretch', 'full')[0]).toBe(0);
  });

  it('"a quick yoga routine" asks which kind, then keeps the style and length', async () => {
    const c = conversation();
    const question = await c.intent(I.start, {
      style: { value: 'yoga', id: 'yoga', type: 'RoutineStyle' },
      length: { value: 'quick', id: 'quick', type: 'RoutineLength' },
    });
    expect(spoken(question)).toMatch(/warm-up or a cool-down/);
    expect(question.response.shouldEndSession).toBe(false);
    const started = await c.intent(I.start, {
      kind: { value: 'cool down', id: 'cooldown', type: 'RoutineKind' },
    });
    expect(spoken(started)).toMatch(messagePattern('routines:starting'));
    expect(spoken(started)).toMatch(messagePattern('routines:name.cooldown.yoga'));
    expect(spoken(started)).toMatch(messagePattern('routines:length.quick'));
  });

  it('an unmatched style is said plainly, with the nearest routine of the asked kind offered', async () => {
    const response = await conversation().intent(I.warmUp, {
      style: { value: 'pilates', type: 'RoutineStyle' },
    });
    expect(spoken(response)).toMatch(messagePattern('routines:nearest.unknown'));
    expect(stepsHeard(response, 'warmup.walk', 'full')).toEqual([]);
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('lists what exists and asks which', async () => {
    const response = await conversation().intent(I.list);
    expect(spoken(response)).toMatch(messagePattern('routines:list'));
    expect(spoken(response)).toMatch(/yoga/);
    expect(spoken(response)).toMatch(/five minutes/);
    expect(reprompted(response)).not.toBe('');
  });
});

const ID: RoutineId = 'warmup.aerobic';
const LENGTH: RoutineLength = 'full';
const STEPS = stepsOf(ID, LENGTH);
const LAST = STEPS.length - 1;
const MID = 3;

async function atStep(step: number): Promise<Conversation> {
  const c = conversation();
  await c.intent(I.start, routineSlots(ID, LENGTH));
  for (let i = 0; i < step; i += 1) await c.intent(I.next);
  return c;
}

const positions = [
  ['first', 0],
  ['middle', MID],
  ['last', LAST],
] as const;

describe.each(positions)('navigation on the %s step', (_where, step) => {
  it('"next" skips to the following step, or finishes on the last', async () => {
    const response = await (await atStep(step)).intent(I.next);
    expect(spoken(response)).toMatch(
      step === LAST ? /(last|final) move.*have a good run/i : /Skipping ahead|Moving on/,
    );
    expect(response.response.shouldEndSession).toBe(step === LAST);
    expect(stepsHeard(response, ID, LENGTH)[0]).toBe(step === LAST ? undefined : step + 1);
  });

  it('"go back" returns one step, or restarts the first', async () => {
    const response = await (await atStep(step)).intent(I.previous);
    expect(stepsHeard(response, ID, LENGTH)[0]).toBe(Math.max(0, step - 1));
    expect(spoken(response)).toMatch(step === 0 ? /first move/ : /back one/i);
  });

  it('"repeat" plays the step again', async () => {
    const response = await (await atStep(step)).intent(I.repeat);
    expect(stepsHeard(response, ID, LENGTH)[0]).toBe(step);
  });

  it('"start over" goes back to the first step', async () => {
    const response = await (await atStep(step)).intent(I.startOver);
    expect(stepsHeard(response, ID, LENGTH)[0]).toBe(0);
  });

  it('"resume" when nothing is paused says so and carries on', async () => {
    const response = await (await atStep(step)).intent(I.resume);
    expect(spoken(response)).toMatch(messagePattern('routines:notice.notPaused'));
    expect(stepsHeard(response, ID, LENGTH)[0]).toBe(step);
  });

  it('"pause" then "resume" carries on with the same step', async () => {
    const c = await atStep(step);
    c.wait(20);
    const paused = await c.intent(I.pause);
    expect(spoken(paused)).toMatch(/paused/i);
    expect(paused.response.shouldEndSession).toBe(false);
    c.wait(120);
    const resumed = await c.intent(I.resume);
    expect(spoken(resumed)).toContain(`${STEPS[step]?.name}`);
    expect(spoken(resumed)).toMatch(messagePattern('routines:stepResume'));
  });

  it('"how much longer" tells the time left and carries on', async () => {
    const c = await atStep(step);
    const response = await c.intent(I.howLong);
    expect(spoken(response)).toMatch(messagePattern('routines:howLong'));
    expect(stepsHeard(response, ID, LENGTH)[0]).toBe(step);
  });

  it('"what\'s next" names the next step, or says this is the last', async () => {
    const response = await (await atStep(step)).intent(I.whatsNext);
    const next = STEPS[step + 1];
    expect(spoken(response)).toMatch(
      next
        ? messagePattern('routines:whatsNext', { vars: { next: next.name } })
        : messagePattern('routines:whatsNextLast'),
    );
  });

  it('"how do I do this?" gives the instruction and the back-safety note', async () => {
    const response = await (await atStep(step)).intent(I.howTo);
    expect(spoken(response)).toContain(STEPS[step]?.backSafety);
  });

  it('"what is this for?" says what the move is good for', async () => {
    const response = await (await atStep(step)).intent(I.whatFor);
    expect(spoken(response)).toContain(STEPS[step]?.goodFor);
  });

  it('"make it easier" switches to the easier version', async () => {
    const response = await (await atStep(step)).intent(I.easier);
    const easier = STEPS[step]?.easier;
    expect(spoken(response)).toContain(easier ? easier.instruction : 'no easier version');
  });
});

describe('"help me stretch"', () => {
  it('starts the stretch cool-down, at the length asked for', async () => {
    const response = await conversation().intent(I.stretch, {
      length: { value: 'short', id: 'quick', type: 'RoutineLength' },
    });
    expect(spoken(response)).toMatch(messagePattern('routines:name.cooldown.stretch'));
    expect(stepsHeard(response, 'cooldown.stretch', 'quick')[0]).toBe(0);
  });
});
