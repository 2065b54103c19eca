import type { RequestEnvelope } from 'ask-sdk-model';
import {
  deviceIdOf,
  deviceRefOf,
  persistenceStatusOf,
  sessionEndErrorOf,
  fromStore,
  intentNameOf,
  isRecord,
  localeOf,
  pendingQuestionOf,
  requestIdOf,
  requestTimeOf,
  requestTypeOf,
  screenCommandOf,
  screenDeviceOf,
  slotIdOf,
  slotValueOf,
  startsSession,
  supportsApl,
  userIdOf,
} from '../../../lambda/core/request';
import { beginTurn } from '../../../lambda/core/render';
import { createI18n, speechFor } from '../../../lambda/speech/i18n';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { handlerInputFor } from '../../../harness/answers';
import {
  ECHO_SHOW,
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  skillDisabledEvent,
  TEST_DEVICE_ID,
  TEST_USER_ID,
  userEvent,
} from '../../../harness/envelopes';
import { recordingLogger } from '../../../harness/skill';

const inputOf = (envelope: RequestEnvelope) => {
  const input = handlerInputFor(envelope);
  beginTurn(
    input,
    speechFor(createI18n(), 'en-US', () => 0),
  );
  return input;
};

const TIP = 'RunningTipIntent';

describe('reading a request', () => {
  it('reads who, which device, which locale, which request and when', () => {
    const input = inputOf(
      intentRequest(TIP, {}, { locale: 'en-GB', timestamp: '2026-11-25T18:00:00Z', requestId: 'req-1' }),
    );
    expect(userIdOf(input)).toBe(TEST_USER_ID);
    expect(deviceIdOf(input)).toBe(TEST_DEVICE_ID);
    expect(localeOf(input)).toBe('en-GB');
    expect(requestTypeOf(input)).toBe('IntentRequest');
    expect(intentNameOf(input)).toBe(TIP);
    expect(requestIdOf(input)).toBe('req-1');
    expect(requestTimeOf(input)).toBe(Date.parse('2026-11-25T18:00:00Z'));
  });

  it('has no intent name outside an IntentRequest, and no locale or device when the event has none', () => {
    const event = skillDisabledEvent('PERSISTED');
    const bare = {
      ...event,
      request: { ...event.request, locale: undefined },
      context: { System: { ...event.context.System, device: undefined } },
    } as unknown as RequestEnvelope;
    const input = inputOf(bare);
    expect(intentNameOf(input)).toBeUndefined();
    expect(localeOf(input)).toBe('');
    expect(deviceIdOf(input)).toBeUndefined();
    expect(slotValueOf(input, 'topic')).toBeUndefined();
  });

  it('reads slot values as heard, and the entity-resolution id only on a match', () => {
    const input = inputOf(
      intentRequest(TIP, {
        topic: { value: 'sneakers', id: 'SHOES', type: 'TipTopic' },
        other: { value: 'hats', type: 'TipTopic' },
        empty: { value: '' },
      }),
    );
    expect(slotValueOf(input, 'topic')).toBe('sneakers');
    expect(slotIdOf(input, 'topic')).toBe('SHOES');
    expect(slotValueOf(input, 'other')).toBe('hats');
    expect(slotIdOf(input, 'other')).toBeUndefined();
    expect(slotValueOf(input, 'empty')).toBeUndefined();
    expect(slotValueOf(input, 'missing')).toBeUndefined();
    expect(slotIdOf(input, 'missing')).toBeUndefined();
  });

  it('tells a new session from an ongoing one, and out of session', () => {
    expect(startsSession(inputOf(intentRequest(TIP)))).toBe(true);
    expect(startsSession(inputOf(intentRequest(TIP, {}, { sessionAttributes: {} })))).toBe(false);
    expect(startsSession(inputOf(skillDisabledEvent('PERSISTED')))).toBe(false);
  });

  it('sees a screen only where the device announces APL, with its viewport profile', () => {
    expect(supportsApl(inputOf(launchRequest()))).toBe(false);
    expect(screenDeviceOf(inputOf(launchRequest()))).toEqual({});
    const show = inputOf(launchRequest({ screen: ECHO_SHOW }));
    expect(supportsApl(show)).toBe(true);
    expect(screenDeviceOf(show)).toEqual({
      viewport: ECHO_SHOW.viewport,
      profile: 'HUB-LANDSCAPE-MEDIUM',
      aplVersion: '2023.3',
    });
  });

  it.each([
    ['pause', 'AMAZON.PauseIntent'],
    ['resume', 'AMAZON.ResumeIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['back', 'AMAZON.PreviousIntent'],
  ])('reads a tap on the %s button as the IntentRequest for %s', (command, intent) => {
    const input = inputOf(userEvent(['command', command], { screen: ECHO_SHOW, sessionAttributes: {} }));
    expect(screenCommandOf(input)).toBe(intent);
    expect(requestTypeOf(input)).toBe('IntentRequest');
    expect(intentNameOf(input)).toBe(intent);
    expect(slotValueOf(input, 'kind')).toBeUndefined();
    expect(slotIdOf(input, 'kind')).toBeUndefined();
  });

  it.each<[string, unknown[]]>([
    ['an unknown command', ['command', 'fly']],
    ['a command of another kind', ['swipe', 'next']],
    ['an inherited name', ['command', 'toString']],
    ['no arguments', []],
  ])('keeps %s a UserEvent with no intent', (_label, args) => {
    const input = inputOf(userEvent(args, { screen: ECHO_SHOW, sessionAttributes: {} }));
    expect(screenCommandOf(input)).toBeUndefined();
    expect(requestTypeOf(input)).toBe('Alexa.Presentation.APL.UserEvent');
    expect(intentNameOf(input)).toBeUndefined();
  });

  it('reads no button in a spoken request', () => {
    expect(screenCommandOf(inputOf(intentRequest('AMAZON.PauseIntent')))).toBeUndefined();
  });

  it('reads the pending question the last turn left, and only for this turn', () => {
    const question = { kind: 'restdays.confirmLog', data: { date: '2026-11-24', bogus: 3 } };
    const input = inputOf(
      intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: { question, tips: {} } }),
    );
    expect(pendingQuestionOf(input)).toEqual({ kind: 'restdays.confirmLog', data: { date: '2026-11-24' } });
    expect(input.attributesManager.getSessionAttributes()).toEqual({ tips: {} });
  });

  it.each([undefined, 'restdays.logToday', { kind: 7 }, { kind: 'nodot' }, []])(
    'reads no question from %j',
    (question) => {
      const input = inputOf(intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: { question } }));
      expect(pendingQuestionOf(input)).toBeUndefined();
    },
  );

  it('drops data that is not an object', () => {
    const question = { kind: 'restdays.confirmLog', data: ['2026-11-24'] };
    const input = inputOf(intentRequest('AMAZON.YesIntent', {}, { sessionAttributes: { question } }));
    expect(pendingQuestionOf(input)).toEqual({ kind: 'restdays.confirmLog' });
  });

  it("reads the device's Alexa API reference, the reason a session ended, and a disabled skill's data choice", () => {
    expect(deviceRefOf(inputOf(launchRequest({ apiEndpoint: 'http://127.0.0.1:9' })))).toEqual({
      deviceId: TEST_DEVICE_ID,
      apiEndpoint: 'http://127.0.0.1:9',
      apiAccessToken: 'test-api-access-token',
    });
    const ended = sessionEndedRequest('ERROR', { sessionAttributes: {} });
    const failed = {
      ...ended,
      request: { ...ended.request, error: { type: 'INVALID_RESPONSE', message: 'x' } },
    };
    expect(sessionEndErrorOf(inputOf(failed as RequestEnvelope))).toEqual({ errorType: 'INVALID_RESPONSE' });
    expect(sessionEndErrorOf(inputOf(sessionEndedRequest('USER_INITIATED')))).toBeUndefined();
    expect(persistenceStatusOf(inputOf(skillDisabledEvent('NOT_PERSISTED')))).toBe('NOT_PERSISTED');
    expect(persistenceStatusOf(inputOf(launchRequest()))).toBeUndefined();
  });

  it('knows a plain JSON object from null, arrays and other values', () => {
    expect([{}, { a: 1 }].map(isRecord)).toEqual([true, true]);
    expect([null, [], 'x', 3, undefined].map(isRecord)).toEqual([false, false, false, false, false]);
  });
});

describe('calling the store', () => {
  it('gives the value when the call succeeds', async () => {
    expect(await fromStore(recordingLogger(), 'unused', () => Promise.resolve(42))).toEqual({
      ok: true,
      value: 42,
    });
  });

  it('says the store was unavailable, and logs the operation without any user data', async () => {
    const logger = recordingLogger();
    const error = new StoreUnavailableError('logRestDay');
    expect(await fromStore(logger, 'Store unavailable', () => Promise.reject(error))).toEqual({
      ok: false,
      error,
    });
    expect(logger.entries).toEqual([
      { level: 'warn', message: 'Store unavailable', extra: [{ operation: 'logRestDay' }] },
    ]);
  });

  it('lets any other error through to the error handler', async () => {
    await expect(
      fromStore(recordingLogger(), 'x', () => Promise.reject(new TypeError('boom'))),
    ).rejects.toThrow('boom');
  });
});
