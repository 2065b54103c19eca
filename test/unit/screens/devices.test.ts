/**
 * Voice first: on every device the skill says the same, and only a device that announces APL (with a
 * runtime new enough for the documents) gets a screen. A voice-only rest-day log stays one write and
 * no read; on a screen, a failed read of the week costs only the screen. Every response with a screen
 * stays under the response size limit.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { conversation } from '../../../harness/conversation';
import { DEVICE_NAMES, SCREEN_DEVICES, screenOf, withAplVersion } from '../../../harness/devices';
import { intentRequest, type EnvelopeOptions, type ScreenOptions } from '../../../harness/envelopes';
import { messagePattern } from '../../../harness/messages';
import { seededRandom, skillUnderTest, testDeps } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { countingStore } from '../../../harness/stores';
import { ROUTINES } from '../../../lambda/routines/catalog';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { REST_DAY_INTENTS } from '../../../lambda/restdays/intents';
import { createMemoryStore } from '../../../lambda/store/memory';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { TIP_INTENTS } from '../../../lambda/tips/intents';
import { routineSlots } from '../routines/talk';

/**
 * The total size a response may have: Amazon's response format has long said 24 kilobytes (later
 * versions of the page may allow more); the skill keeps within the stricter figure.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 */
const RESPONSE_LIMIT_BYTES = 24 * 1024;

const requests: [string, (o: EnvelopeOptions) => RequestEnvelope][] = [
  ['a routine', (o) => intentRequest(I.start, routineSlots('cooldown.yoga', 'quick'), o)],
  ['the week', (o) => intentRequest(REST_DAY_INTENTS.progress, {}, o)],
  ['a tip', (o) => intentRequest(TIP_INTENTS.tip, {}, o)],
];

const answer = (build: (o: EnvelopeOptions) => RequestEnvelope, screen: ScreenOptions | undefined) =>
  skillUnderTest(testDeps({ random: seededRandom(3) }))(
    build({ ...(screen ? { screen } : {}), sessionAttributes: {} }),
  );

const withoutScreen = (response: ResponseEnvelope) => {
  const { directives: _directives, ...rest } = response.response;
  return { ...response, userAgent: undefined, response: rest };
};

describe.each(requests)('%s', (_label, build) => {
  it.each(DEVICE_NAMES)('on %s: the same words, and a screen only where there is one', async (device) => {
    const voice = await answer(build, undefined);
    const here = await answer(build, screenOf(device));
    expect(withoutScreen(here)).toEqual(withoutScreen(voice));
    const types = (here.response.directives ?? []).map((d) => d.type);
    expect(types).toEqual(device === 'none' ? [] : ['Alexa.Presentation.APL.RenderDocument']);
  });

  it('has no screen on a device whose APL runtime is older than the documents', async () => {
    const old = await answer(build, withAplVersion(SCREEN_DEVICES['echo-show-8'], '1.6'));
    expect(old.response.directives).toBeUndefined();
    expect(withoutScreen(old)).toEqual(withoutScreen(await answer(build, undefined)));
  });
});

describe('logging a rest day', () => {
  const log = { date: { value: '2026-11-25' } };

  it('without a screen is one write and no read', async () => {
    const store = countingStore();
    const response = await conversation({ store }).intent(REST_DAY_INTENTS.log, log);
    expect(spoken(response)).toMatch(messagePattern('restdays:logged'));
    expect(store.calls).toEqual(['activity.logRestDay']);
    expect(response.response.directives).toBeUndefined();
  });

  it('on a screen reads the week beside the write', async () => {
    const store = countingStore();
    const response = await conversation({ store }, { screen: SCREEN_DEVICES['echo-show-8'] }).intent(
      REST_DAY_INTENTS.log,
      log,
    );
    expect(store.calls.sort()).toEqual(['activity.logRestDay', 'activity.recent']);
    expect(response.response.directives?.[0]).toMatchObject({ token: 'runcoach.week' });
  });

  it('on a screen whose week cannot be read still says it is logged, with no screen', async () => {
    const memory = createMemoryStore();
    const store = {
      ...memory,
      activity: { ...memory.activity, recent: () => Promise.reject(new StoreUnavailableError('recent')) },
    };
    const c = conversation({ store }, { screen: SCREEN_DEVICES['echo-show-8'] });
    const response = await c.intent(REST_DAY_INTENTS.log, log);
    expect(spoken(response)).toMatch(messagePattern('restdays:logged'));
    expect(response.response.directives).toBeUndefined();
    const logger = c.deps.logger as ReturnType<typeof testDeps>['logger'];
    expect(logger.entries.map((e) => e.message)).toContain('Week for the screen unavailable');
  });
});

describe('response size', () => {
  const cases = ROUTINES.flatMap((r) =>
    (['quick', 'full'] as const).map((length) => [r.id, length] as const),
  );

  it.each(cases)(
    'every response of the %s %s routine on the largest screen fits the limit',
    async (id, length) => {
      const c = conversation({}, { screen: SCREEN_DEVICES['echo-show-15'] });
      let response = await c.intent(I.start, routineSlots(id, length));
      const sizes = [JSON.stringify(response).length];
      while (c.inSession) {
        c.wait(300);
        response = await c.intent(I.yes);
        sizes.push(JSON.stringify(response).length);
      }
      expect(Math.max(...sizes)).toBeLessThan(RESPONSE_LIMIT_BYTES);
    },
  );
});
