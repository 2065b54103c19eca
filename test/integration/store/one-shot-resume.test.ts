/**
 * A first contact by one-shot ("Alexa, ask Run Coach to warm me up", then "stop": "I have saved your
 * place") and a later "open Run Coach": the launch must offer to resume, and "yes" must carry on,
 * through the real skill on the real store. (The saved place used to be lost: the profile the save
 * created looked like a first launch, which skipped the offer and removed the routine.)
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { recordingMetrics } from '../../../lambda/core/metrics';
import { createSkill } from '../../../lambda/skill';
import { createDynamoStore } from '../../../lambda/store/dynamo';
import { ROUTINE_INTENTS } from '../../../lambda/routines/intents';
import { intentRequest, launchRequest, TEST_SKILL_ID } from '../../../harness/envelopes';
import { fixedClock, fixedTimeZone, recordingLogger, seededRandom } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { backends, useLocalStore } from '../backends';

describe.each(backends())('a one-shot routine, stopped, then a launch, on %s', (_name, endpoint) => {
  const local = useLocalStore('one-shot', endpoint);

  function skill() {
    const clock = fixedClock('2026-11-25T18:00:00Z');
    const { handler } = createSkill({
      store: createDynamoStore(local().doc, local().tableName, { clock }),
      clock,
      random: seededRandom(),
      logger: recordingLogger(),
      timeZones: fixedTimeZone('America/New_York'),
      metrics: recordingMetrics(),
      skillId: TEST_SKILL_ID,
    });
    return { clock, send: (envelope: RequestEnvelope) => handler(envelope, {}) };
  }

  /** "ask run coach to warm me up", then "stop" in that session, at 18:00 and 18:01. */
  async function oneShotWarmUpStopped(
    userId: string,
    send: (e: RequestEnvelope) => Promise<ResponseEnvelope>,
  ) {
    const started = await send(
      intentRequest(ROUTINE_INTENTS.warmUp, {}, { userId, timestamp: '2026-11-25T18:00:00Z' }),
    );
    expect(started.response.shouldEndSession).toBe(false);
    const stopped = await send(
      intentRequest(
        ROUTINE_INTENTS.stop,
        {},
        { userId, timestamp: '2026-11-25T18:01:00Z', sessionAttributes: started.sessionAttributes ?? {} },
      ),
    );
    expect(spoken(stopped)).toMatch(/saved your place|place is saved/);
    return stopped;
  }

  it('the first launch offers to pick up the saved place, and "yes" carries on', async () => {
    const userId = 'amzn1.ask.account.ONESHOT-A';
    const { clock, send } = skill();
    await oneShotWarmUpStopped(userId, send);

    clock.set('2026-11-25T18:20:00Z');
    const launch = await send(launchRequest({ userId, timestamp: '2026-11-25T18:20:00Z' }));
    expect(spoken(launch)).toMatch(/pick up where you left off|carry on/);
    expect(launch.response.shouldEndSession).toBe(false);

    const yes = await send(
      intentRequest(
        ROUTINE_INTENTS.yes,
        {},
        { userId, timestamp: '2026-11-25T18:20:10Z', sessionAttributes: launch.sessionAttributes ?? {} },
      ),
    );
    expect(spoken(yes)).not.toMatch(/nothing paused/i);
    const routine = yes.sessionAttributes?.routine as { state?: { routineId?: unknown } } | undefined;
    expect(String(routine?.state?.routineId)).toMatch(/^warmup\./);
  });

  it('"resume" as the first thing of a new session finds the saved place too', async () => {
    const userId = 'amzn1.ask.account.ONESHOT-B';
    const { clock, send } = skill();
    await oneShotWarmUpStopped(userId, send);
    clock.set('2026-11-25T18:20:00Z');
    const resumed = await send(
      intentRequest(ROUTINE_INTENTS.resume, {}, { userId, timestamp: '2026-11-25T18:20:00Z' }),
    );
    expect(spoken(resumed)).not.toMatch(/nothing paused/i);
    expect(resumed.sessionAttributes?.routine).toMatchObject({ state: { status: 'running' } });
  });

  it('a user the skill has never met still hears the first-time welcome with the disclaimer', async () => {
    const { send } = skill();
    const launch = await send(launchRequest({ userId: 'amzn1.ask.account.ONESHOT-NEW' }));
    expect(spoken(launch)).toMatch(/isn't medical advice/);
  });
});
