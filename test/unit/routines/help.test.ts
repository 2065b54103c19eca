import { stepsOf } from '../../../lambda/routines/catalog';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { createMemoryStore } from '../../../lambda/store/memory';
import { TEST_USER_ID } from '../../../harness/envelopes';
import { conversation } from '../../../harness/conversation';
import { reprompted, spoken } from '../../../harness/speech';
import { routineSlots, stepsHeard } from './talk';
import { countingStore } from '../../../harness/stores';
import { messagePattern } from '../../../harness/messages';

const WALK = stepsOf('warmup.walk', 'full');
const COMMANDS = ['pause', 'resume', 'next', 'go back', 'repeat', 'how much longer', 'stop'];

// The first response of the full walk-to-run warm-up plays the easy walk (150 s), then the core walk;
// 200 s in, the user is on the core walk.
describe('help in the middle of a routine', () => {
  it('pauses on the step the user reached, names the routine commands and asks to carry on', async () => {
    const store = countingStore(createMemoryStore());
    const c = conversation({ store });
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    const help = await c.intent(I.help);
    const text = spoken(help);
    expect(text).toContain(WALK[1]?.name);
    for (const command of COMMANDS) expect(text).toContain(command);
    expect(text).toMatch(/carry on\?$/);
    expect(reprompted(help)).toMatch(messagePattern('routines:pausedReprompt'));
    expect(help.response.shouldEndSession).toBe(false);
    expect(stepsHeard(help, 'warmup.walk', 'full')).toEqual([]);
    // The start's one profile write; help adds none.
    expect(store.calls).toEqual(['profiles.recordLaunch']);
  });

  it('stops the clock: "yes" minutes later resumes the same step', async () => {
    const c = conversation();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    await c.intent(I.help);
    c.wait(240);
    const resumed = await c.intent(I.yes);
    expect(spoken(resumed)).toMatch(messagePattern('routines:moved.resume'));
    expect(spoken(resumed)).toMatch(messagePattern('routines:stepResume', { vars: { name: WALK[1]!.name } }));
  });

  it('"no" to carrying on saves the place and ends the session', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    await c.intent(I.help);
    const no = await c.intent(I.no);
    expect(spoken(no)).toMatch(messagePattern('routines:laterSaved'));
    expect(no.response.shouldEndSession).toBe(true);
    const offer = await c.launch();
    expect(spoken(offer)).toMatch(new RegExp(`paused.*${WALK[1]?.name}`));
  });

  it('silence after help saves the paused place when the session ends', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    await c.intent(I.help);
    c.wait(16);
    await c.endSession('EXCEEDED_MAX_REPROMPTS');
    const offer = await c.launch();
    expect(spoken(offer)).toMatch(new RegExp(`paused.*${WALK[1]?.name}`));
  });

  it('after the last move, help re-asks how the back feels; the answer finishes and records it', async () => {
    const c = conversation();
    c.clock.set('2026-11-26T03:00:00Z'); // 22:00 on the 25th in New York
    await c.intent(I.start, routineSlots('cooldown.yoga', 'quick'));
    for (let turn = 0; turn < 10 && !/how .*back feel/i.test(spoken(c.last!)); turn++) {
      c.wait(300);
      await c.intent(I.yes);
    }
    expect(spoken(c.last!)).toMatch(messagePattern('routines:closing.cooldown'));
    c.wait(60);
    const help = await c.intent(I.help);
    expect(spoken(help)).toMatch(messagePattern('routines:backCheck.again'));
    expect(help.response.shouldEndSession).toBe(false);
    const done = await c.intent(I.backFeels, {
      feeling: { value: 'better', id: 'BETTER', type: 'BackFeeling' },
    });
    expect(spoken(done)).toMatch(/rest days/);
    expect(done.response.shouldEndSession).toBe(true);
    const history = await c.deps.store.activity.history(TEST_USER_ID, '2026-11-25', '2026-11-25');
    expect(history.routines.map((r) => r.routineId)).toEqual(['cooldown.yoga']);
  });

  it('with no routine going, help is the skill-wide help', async () => {
    const help = await conversation().intent(I.help);
    expect(spoken(help)).toMatch(/warm-up.*cool-down/);
    expect(spoken(help)).not.toMatch(/paused/);
  });
});

describe('carrying on after help', () => {
  it.each([
    ['first', () => 0],
    ['last', () => 0.9999],
  ])('says "carry on" once, with the %s phrasings', async (_name, random) => {
    const c = conversation({ random });
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    await c.intent(I.help);
    const resumed = spoken(await c.intent(I.yes));
    expect(resumed.match(/carry(ing)? on/gi)?.length ?? 0).toBeLessThanOrEqual(1);
    const again = spoken(await c.intent(I.resume));
    expect(again.match(/carry(ing)? on/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('fallback in the middle of a routine', () => {
  it('pauses on the step reached and says how to carry on', async () => {
    const c = conversation();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    const fallback = await c.intent(I.fallback);
    expect(spoken(fallback)).toMatch(messagePattern('routines:fallback', { vars: { step: WALK[1]!.name } }));
    expect(spoken(fallback)).toContain(`${WALK[1]?.name}`);
    expect(spoken(fallback)).toMatch(/resume/);
    expect(spoken(fallback)).toMatch(/\?$/);
    expect(fallback.response.shouldEndSession).toBe(false);
    c.wait(120);
    const resumed = await c.intent(I.resume);
    expect(spoken(resumed)).toMatch(messagePattern('routines:stepResume', { vars: { name: WALK[1]!.name } }));
  });

  it('stop after a fallback still exits', async () => {
    const c = conversation();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    await c.intent(I.fallback);
    const stop = await c.intent('AMAZON.StopIntent');
    expect(stop.response.shouldEndSession).toBe(true);
  });
});

describe('leaving a routine by "go home"', () => {
  it('saves the place like stop does, so the next launch offers it', async () => {
    const c = conversation();
    await c.launch();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    const home = await c.intent(I.navigateHome);
    expect(home.response.shouldEndSession).toBe(true);
    expect(spoken(home)).toMatch(/saved/);
    const offer = await c.launch();
    expect(spoken(offer)).toMatch(new RegExp(`paused.*${WALK[1]?.name}`));
  });
});
