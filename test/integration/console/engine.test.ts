import type { IntentRequest, RequestEnvelope } from 'ask-sdk-model';
import { assertRequestEnvelope } from '../../../lambda/core/envelope';
import { createMemoryStore } from '../../../lambda/store/memory';
import { consoleClock, createEngine } from '../../../tools/console/engine';
import { quietLogger, startConsole, type RunningConsole } from '../../../tools/console/runtime';
import { seededRandom } from '../../../harness/skill';
import { FIXTURE_MODEL } from '../../unit/console/fixture';

let running: RunningConsole;

beforeEach(async () => {
  running = await startConsole({
    model: FIXTURE_MODEL,
    store: createMemoryStore(),
    clock: consoleClock(Date.parse('2026-11-26T15:00:00Z')),
    timeZone: 'America/New_York',
    locale: 'en-US',
    userId: 'amzn1.ask.account.ENGINE-TEST',
    random: seededRandom(),
    logger: quietLogger(),
  });
});
afterEach(async () => {
  await running.close();
});

const envelopeOf = (turn: { request?: RequestEnvelope }) => turn.request!;

describe('the console engine', () => {
  it('sends envelopes as Alexa does: session, context.System, locale, timestamp from the console clock', async () => {
    const turn = await running.engine.say('open run coach');
    const envelope = envelopeOf(turn);
    expect(() => {
      assertRequestEnvelope(envelope);
    }).not.toThrow();
    expect(envelope.version).toBe('1.0');
    expect(envelope.session).toMatchObject({
      new: true,
      attributes: {},
      user: { userId: 'amzn1.ask.account.ENGINE-TEST' },
    });
    expect(envelope.session?.sessionId).toMatch(/^amzn1\.echo-api\.session\./);
    expect(envelope.context.System).toMatchObject({
      device: { deviceId: 'amzn1.ask.device.CONSOLE-DEVICE', supportedInterfaces: {} },
      apiEndpoint: running.settings.endpoint,
      apiAccessToken: expect.any(String) as string,
    });
    expect(envelope.request).toMatchObject({
      type: 'LaunchRequest',
      locale: 'en-US',
      timestamp: '2026-11-26T15:00:00Z',
    });
    expect(turn.rendered.sessionOpen).toBe(true);
  });

  it('continues the session: same id, new: false, the clock moved by waits', async () => {
    const launch = await running.engine.say('open run coach');
    running.engine.wait(30_000);
    const help = await running.engine.say('help');
    expect(envelopeOf(help).session).toMatchObject({
      new: false,
      sessionId: envelopeOf(launch).session?.sessionId,
    });
    expect(envelopeOf(help).request.timestamp).toBe('2026-11-26T15:00:30Z');
    expect(help.intent?.name).toBe('AMAZON.HelpIntent');
  });

  it('writes slots and entity resolution into the intent request', async () => {
    await running.engine.say('open run coach');
    const turn = await running.engine.say('give me a ten minute warm up');
    const request = envelopeOf(turn).request as IntentRequest;
    expect(request.dialogState).toBe('COMPLETED');
    expect(request.intent.slots?.minutes).toMatchObject({
      name: 'minutes',
      value: '10',
      confirmationStatus: 'NONE',
    });
    expect(request.intent.slots?.routine?.resolutions?.resolutionsPerAuthority?.[0]).toEqual({
      authority:
        'amzn1.er-authority.echo-sdk.amzn1.ask.skill.00000000-0000-4000-8000-00000000c0de.RoutineType',
      status: { code: 'ER_SUCCESS_MATCH' },
      values: [{ value: { id: 'WARMUP', name: 'warm-up' } }],
    });
  });

  it('ends the session when the skill says so, and a next utterance starts a new one', async () => {
    const first = await running.engine.say('open run coach');
    const stop = await running.engine.say('stop');
    expect(stop.rendered.sessionOpen).toBe(false);
    expect(running.engine.sessionOpen).toBe(false);
    const help = await running.engine.say('help');
    expect(help.oneShot).toBe(true);
    expect(help.note).toMatch(/no session was open/);
    expect(envelopeOf(help).session?.new).toBe(true);
    expect(envelopeOf(help).session?.sessionId).not.toBe(envelopeOf(first).session?.sessionId);
  });

  it('plays the reprompt on the first silence and ends the session on the second (EXCEEDED_MAX_REPROMPTS)', async () => {
    const launch = await running.engine.say('open run coach');
    const first = await running.engine.say('');
    expect(first.kind).toBe('reprompt');
    expect(first.rendered.speech).toBe(launch.rendered.reprompt);
    expect(first.request).toBeUndefined();
    const second = await running.engine.silence();
    expect(envelopeOf(second).request).toMatchObject({
      type: 'SessionEndedRequest',
      reason: 'EXCEEDED_MAX_REPROMPTS',
    });
    expect(envelopeOf(second).request.timestamp).toBe('2026-11-26T15:00:16Z');
    expect(running.engine.sessionOpen).toBe(false);
  });

  it('sends SessionEndedRequest (USER_INITIATED) when the user exits', async () => {
    await running.engine.say('open run coach');
    const exit = await running.engine.say('exit');
    expect(envelopeOf(exit).request).toMatchObject({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    expect(exit.rendered.speech).toBe('');
    expect((await running.engine.exit()).kind).toBe('none');
  });

  it('carries the session attributes the skill returns into the next request', async () => {
    const seen: RequestEnvelope[] = [];
    const engine = createEngine({
      model: FIXTURE_MODEL,
      clock: consoleClock(0),
      timeZone: 'UTC',
      device: {
        skillId: 'amzn1.ask.skill.x',
        userId: 'amzn1.ask.account.x',
        deviceId: 'amzn1.ask.device.x',
        apiEndpoint: 'http://127.0.0.1:1',
        apiAccessToken: 't',
        locale: 'en-US',
      },
      handler: (event) => {
        const envelope = event as RequestEnvelope;
        seen.push(envelope);
        const count = Number(envelope.session?.attributes?.count ?? 0) + 1;
        return Promise.resolve({
          version: '1.0',
          sessionAttributes: { count },
          response: { outputSpeech: { type: 'PlainText', text: `turn ${count}` }, shouldEndSession: false },
        });
      },
    });
    await engine.say('open run coach');
    await engine.say('help');
    const third = await engine.say('pause');
    expect(seen.map((e) => e.session?.attributes)).toEqual([{}, { count: 1 }, { count: 2 }]);
    expect(third.rendered.speech).toBe('turn 3');
  });
});
