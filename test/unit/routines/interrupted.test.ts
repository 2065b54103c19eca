/**
 * Another capability answering in the middle of a routine ("give me a tip", "log a rest day") cuts
 * the routine's response off: the routine is paused where the user was, and saved if the session ends.
 */
import { stepsOf } from '../../../lambda/routines/catalog';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { createMemoryStore } from '../../../lambda/store/memory';
import { conversation } from '../../../harness/conversation';
import { routineSlots } from './talk';
import { countingStore } from '../../../harness/stores';
import { spoken } from '../../../harness/speech';
import { messagePattern } from '../../../harness/messages';

const WALK = stepsOf('warmup.walk', 'full');
const TIP = 'RunningTipIntent';

// 200 s into the first response of the full walk-to-run warm-up, the user is on its second step.
describe('a routine cut off by another capability', () => {
  it('is paused where the user was: "resume" minutes later carries on from that step', async () => {
    const store = countingStore(createMemoryStore());
    const c = conversation({ store });
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    const tip = await c.intent(TIP);
    expect(spoken(tip)).toMatch(messagePattern('tips:another'));
    // The one-shot start's single profile write; the tip adds no call.
    expect(store.calls).toEqual(['profiles.recordLaunch']);
    c.wait(300);
    const resumed = await c.intent(I.resume);
    expect(spoken(resumed)).toMatch(messagePattern('routines:moved.resume'));
    expect(spoken(resumed)).toMatch(messagePattern('routines:stepResume', { vars: { name: WALK[1]!.name } }));
  });

  it('is saved in one write when that answer ends the session, and offered at the next launch', async () => {
    const store = countingStore(createMemoryStore());
    const c = conversation({ store });
    await c.launch();
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    await c.intent(TIP);
    const no = await c.intent(I.no);
    expect(no.response.shouldEndSession).toBe(true);
    expect(store.calls).toEqual(['profiles.recordLaunch', 'profiles.setPausedRoutine']);
    c.wait(600);
    const offer = await c.launch();
    expect(spoken(offer)).toMatch(new RegExp(`paused.*${WALK[1]?.name}`));
  });

  it('leaves a routine its own handlers just played alone', async () => {
    const store = countingStore(createMemoryStore());
    const c = conversation({ store });
    await c.intent(I.warmUp, routineSlots('warmup.walk', 'full'));
    c.wait(200);
    const next = await c.intent(I.next);
    expect(spoken(next)).toContain(WALK[2]?.name);
    expect(store.calls).toEqual(['profiles.recordLaunch']);
  });
});
