import type { Profile, Store } from '../../../lambda/store/port';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { createMemoryStore } from '../../../lambda/store/memory';
import {
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  skillDisabledEvent,
  TEST_DEVICE_ID,
  TEST_SKILL_ID,
  TEST_USER_ID,
} from '../../../harness/envelopes';
import { skillUnderTest, testDeps } from '../../../harness/skill';
import { reprompted, spoken } from '../../../harness/speech';
import { answerOf, handlerInputFor, repromptKeys, spokenKeys } from '../../../harness/answers';
import { unavailableStore } from '../../../harness/stores';
import { messagePattern } from '../../../harness/messages';
import {
  errorHandler,
  exitHandler,
  fallbackHandler,
  helpHandler,
  launchHandler,
  silentHandler,
} from '../../../lambda/conversation/handlers';

const DISCLAIMER =
  /isn't medical advice: see your doctor or physical therapist if your pain is sharp or getting worse/;

describe('launch', () => {
  it('welcomes a first-time user with the disclaimer and what they can ask, then waits for an answer', async () => {
    const { answer } = await answerOf(launchHandler(testDeps()), launchRequest());
    expect(answer.type).toBe('ask');
    expect(spokenKeys(answer)).toEqual(['conversation:welcomeFirst']);
    expect(repromptKeys(answer)).toEqual(['conversation:welcomeReprompt']);
    const response = await skillUnderTest()(launchRequest());
    expect(spoken(response)).toMatch(DISCLAIMER);
    expect(spoken(response)).toMatch(/warm-up.*cool-down.*rest day/);
    expect(reprompted(response)).toMatch(messagePattern('conversation:welcomeReprompt'));
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('welcomes a returning user briefly, without the disclaimer', async () => {
    const deps = testDeps();
    await answerOf(launchHandler(deps), launchRequest());
    const { answer } = await answerOf(launchHandler(deps), launchRequest());
    expect(answer.type).toBe('ask');
    expect(spokenKeys(answer)).toEqual(['conversation:welcomeBack']);
    const send = skillUnderTest();
    await send(launchRequest());
    const response = await send(launchRequest());
    expect(spoken(response)).not.toMatch(/medical advice/);
    expect(spoken(response).length).toBeLessThan(120);
  });

  it('varies the returning welcome', async () => {
    const send = skillUnderTest();
    await send(launchRequest());
    const welcomes = new Set<string>();
    for (let i = 0; i < 12; i += 1) welcomes.add(spoken(await send(launchRequest())));
    expect(welcomes.size).toBeGreaterThan(1);
  });

  it('says the disclaimer when the profile cannot be read, and logs no user id', async () => {
    const failing: Store = {
      ...createMemoryStore(),
      profiles: {
        ...createMemoryStore().profiles,
        recordLaunch: () => Promise.reject(new StoreUnavailableError('recordLaunch')),
      },
    };
    const deps = testDeps({ store: failing });
    const { answer } = await answerOf(launchHandler(deps), launchRequest());
    expect(spokenKeys(answer)).toEqual(['conversation:welcomeFirst']);
    expect(deps.logger.entries.map((e) => e.message)).toContain('Profile unavailable at launch');
    expect(JSON.stringify(deps.logger.entries)).not.toContain(TEST_USER_ID);
  });

  it('records the launch in the store', async () => {
    const store = createMemoryStore();
    const deps = testDeps({ store });
    await skillUnderTest(deps)(launchRequest());
    const { previous }: { previous: Profile | undefined } = await store.profiles.recordLaunch(
      TEST_USER_ID,
      new Date(),
    );
    expect(previous?.launchCount).toBe(1);
    expect(previous?.firstSeenAt).toBe('2026-11-25T18:00:00.000Z');
  });

  it('the same launch request handled twice (a retried write) keeps the disclaimer and counts once', async () => {
    const store = createMemoryStore();
    const skill = skillUnderTest(testDeps({ store }));
    const first = await skill(launchRequest({ requestId: 'amzn1.echo-api.request.same' }));
    const again = await skill(launchRequest({ requestId: 'amzn1.echo-api.request.same' }));
    expect(spoken(first)).toMatch(/isn't medical advice/);
    expect(spoken(again)).toMatch(/isn't medical advice/);
    const next = await skill(launchRequest({ requestId: 'amzn1.echo-api.request.next' }));
    expect(spoken(next)).not.toMatch(/isn't medical advice/);
    const { previous } = await store.profiles.recordLaunch(TEST_USER_ID, new Date());
    expect(previous?.launchCount).toBe(2);
  });
});

describe('built-in intents', () => {
  it('help says what the skill does and asks a question', async () => {
    const { answer } = await answerOf(helpHandler, intentRequest('AMAZON.HelpIntent'));
    expect(answer.type).toBe('ask');
    expect(spokenKeys(answer)).toEqual(['conversation:help']);
    expect(repromptKeys(answer)).toEqual(['conversation:helpReprompt']);
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'])(
    '%s says goodbye and ends the session',
    async (intent) => {
      const { answer } = await answerOf(exitHandler, intentRequest(intent, {}, { sessionAttributes: {} }));
      expect(answer).toMatchObject({ type: 'tell', speech: [{ key: 'conversation:goodbye' }] });
      const response = await skillUnderTest()(intentRequest(intent, {}, { sessionAttributes: {} }));
      expect(spoken(response)).toMatch(messagePattern('conversation:goodbye'));
      expect(response.response.shouldEndSession).toBe(true);
      expect(response.response.reprompt).toBeUndefined();
    },
  );

  it('fallback says what the user can ask and keeps listening', async () => {
    const { answer } = await answerOf(fallbackHandler, intentRequest('AMAZON.FallbackIntent'));
    expect(answer.type).toBe('ask');
    expect(spokenKeys(answer)).toEqual(['conversation:fallback']);
    expect(repromptKeys(answer)).toEqual(['conversation:fallbackReprompt']);
  });

  it('an intent the skill does not know gets the fallback answer, not an error', async () => {
    const response = await skillUnderTest()(intentRequest('SomethingNewIntent'));
    expect(spoken(response)).toMatch(messagePattern('conversation:fallback'));
  });

  it('session end gets an empty response', async () => {
    const ended = sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', { sessionAttributes: {} });
    expect((await answerOf(silentHandler(testDeps()), ended)).answer).toEqual({ type: 'silent' });
    const response = await skillUnderTest()(ended);
    expect(response.response.outputSpeech).toBeUndefined();
  });
});

describe('errors', () => {
  it('a failing handler gets a plain apology and a log line without ids or tokens', async () => {
    const broken: Store = {
      ...createMemoryStore(),
      profiles: {
        ...createMemoryStore().profiles,
        recordLaunch: () => Promise.reject(new TypeError(`boom for ${TEST_USER_ID} on ${TEST_DEVICE_ID}`)),
      },
    };
    const deps = testDeps({ store: broken });
    const response = await skillUnderTest(deps)(launchRequest());
    expect(spoken(response)).toMatch(messagePattern('conversation:error'));
    expect(reprompted(response)).toMatch(messagePattern('conversation:errorReprompt'));
    expect(response.response.shouldEndSession).toBe(false);
    const logged = JSON.stringify(deps.logger.entries);
    // The error's name only: its message (here quoting the user and device ids) is not logged.
    expect(logged).toContain('TypeError');
    expect(logged).not.toContain('boom');
    for (const secret of [TEST_USER_ID, TEST_DEVICE_ID, 'test-api-access-token'])
      expect(logged).not.toContain(secret);
  });
});

describe('session end', () => {
  it('an intent is never answered with the empty session-end response', async () => {
    await expect(answerOf(silentHandler(testDeps()), intentRequest('SomethingNewIntent'))).rejects.toThrow(
      /does not take/,
    );
  });

  it('a session ended by an error logs a warning with its type, one the user ended logs nothing', async () => {
    const deps = testDeps();
    const skill = skillUnderTest(deps);
    await skill(sessionEndedRequest('USER_INITIATED', { sessionAttributes: {} }));
    expect(deps.logger.entries.filter((entry) => entry.level === 'warn')).toEqual([]);
    const failed = sessionEndedRequest('ERROR', { sessionAttributes: {} });
    Object.assign(failed.request, { error: { type: 'INVALID_RESPONSE', message: 'bad' } });
    await skill(failed);
    expect(deps.logger.entries.filter((entry) => entry.level === 'warn')).toEqual([
      { level: 'warn', message: 'Session ended with an error', extra: [{ errorType: 'INVALID_RESPONSE' }] },
    ]);
  });
});

describe('errors outside a conversation', () => {
  const failure = new TypeError('boom');

  it('logs the failure as "Request failed" with the request type and intent', () => {
    const deps = testDeps();
    errorHandler(deps).handle(handlerInputFor(intentRequest('WarmUpIntent')), failure);
    expect(deps.logger.entries).toEqual([
      {
        level: 'error',
        message: 'Request failed',
        extra: [{ error: { name: 'TypeError' }, requestType: 'IntentRequest', intent: 'WarmUpIntent' }],
      },
    ]);
  });

  it('apologises to a launch or an intent, and answers a session end with silence', () => {
    const handler = errorHandler(testDeps());
    for (const request of [launchRequest(), intentRequest('WarmUpIntent')]) {
      const answer = handler.handle(handlerInputFor(request), failure);
      expect(spokenKeys(answer)).toEqual(['conversation:error']);
      expect(repromptKeys(answer)).toEqual(['conversation:errorReprompt']);
    }
    const ended = handlerInputFor(sessionEndedRequest('USER_INITIATED', { sessionAttributes: {} }));
    expect(handler.handle(ended, failure)).toEqual({ type: 'silent' });
  });

  it('a skill event that fails fails the invocation, so the error alarm sees it', async () => {
    const send = skillUnderTest(testDeps({ store: unavailableStore() }));
    await expect(send(skillDisabledEvent('NOT_PERSISTED'))).rejects.toThrow();
  });
});

describe('skill id', () => {
  it('refuses requests for another skill when SKILL_ID is set', async () => {
    const send = skillUnderTest(testDeps({ skillId: TEST_SKILL_ID }));
    await expect(send(launchRequest({ skillId: 'amzn1.ask.skill.someone-else' }))).rejects.toThrow();
  });

  it('answers requests for its own skill when SKILL_ID is set', async () => {
    const send = skillUnderTest(testDeps({ skillId: TEST_SKILL_ID }));
    const response = await send(launchRequest());
    expect(spoken(response)).toMatch(/Run Coach/);
  });
});
