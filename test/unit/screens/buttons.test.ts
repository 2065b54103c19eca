/**
 * A touch button does exactly what its words do: the same request state, at the same moment, with
 * the same random phrasing, answered once by voice and once by a tap (an APL UserEvent), gives the same
 * response: speech, session, screen and all. Any other user event changes nothing.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SCREEN_DEVICES } from '../../../harness/devices';
import { intentRequest, userEvent, type EnvelopeOptions } from '../../../harness/envelopes';
import { seededRandom, skillUnderTest, testDeps } from '../../../harness/skill';
import { SCREEN_COMMANDS, type ScreenCommand } from '../../../lambda/core/screen';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { TIP_INTENTS } from '../../../lambda/tips/intents';
import { routineSlots } from '../routines/talk';

const SHOW = SCREEN_DEVICES['echo-show-8'];
const START = '2026-11-25T18:00:00Z';
const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();

/** A fresh skill (its own store and seeded random) that answers `first`, then `second`. */
async function afterOne(first: RequestEnvelope, second: (options: EnvelopeOptions) => RequestEnvelope) {
  const send = skillUnderTest(testDeps({ random: seededRandom(7) }));
  const opened = await send(first);
  const options = { screen: SHOW, timestamp: at(35), sessionAttributes: opened.sessionAttributes ?? {} };
  return send(second(options));
}

const startWarmUp = () =>
  intentRequest(I.start, routineSlots('warmup.aerobic', 'quick'), { screen: SHOW, timestamp: START });
const pauseWarmUp = (options: EnvelopeOptions) => intentRequest(I.pause, {}, options);

/** The response, without the request-specific parts that differ between any two requests. */
const comparable = (response: ResponseEnvelope) => ({ ...response, userAgent: undefined });

describe.each<[ScreenCommand, () => RequestEnvelope]>([
  ['pause', startWarmUp],
  ['next', startWarmUp],
  ['back', startWarmUp],
  ['resume', startWarmUp],
])('tapping %s during a routine', (command, opening) => {
  it(`answers as saying ${SCREEN_COMMANDS[command]} does`, async () => {
    // "resume" needs a paused routine: it is paused by voice first, in both runs.
    const runs = await Promise.all(
      (['voice', 'tap'] as const).map(async (how) => {
        const send = skillUnderTest(testDeps({ random: seededRandom(7) }));
        let response = await send(opening());
        if (command === 'resume')
          response = await send(
            pauseWarmUp({
              screen: SHOW,
              timestamp: at(20),
              sessionAttributes: response.sessionAttributes ?? {},
            }),
          );
        const options = {
          screen: SHOW,
          timestamp: at(35),
          sessionAttributes: response.sessionAttributes ?? {},
        };
        return send(
          how === 'voice'
            ? intentRequest(SCREEN_COMMANDS[command], {}, options)
            : userEvent(['command', command], options),
        );
      }),
    );
    const [voice, tap] = runs.map((r) => comparable(r));
    expect(tap).toEqual(voice);
    expect(voice?.response.directives?.[0]?.type).toBe('Alexa.Presentation.APL.RenderDocument');
  });
});

describe('tapping with no routine going', () => {
  it.each<ScreenCommand>(['pause', 'next', 'back', 'resume'])(
    '%s answers as the words do',
    async (command) => {
      const options = { screen: SHOW, timestamp: START, sessionAttributes: {} };
      const voice = await skillUnderTest(testDeps())(intentRequest(SCREEN_COMMANDS[command], {}, options));
      const tap = await skillUnderTest(testDeps())(userEvent(['command', command], options));
      expect(comparable(tap)).toEqual(comparable(voice));
    },
  );

  it('"Next tip" while "want another tip?" waits gives the next tip, as "next" does', async () => {
    const tip = intentRequest(TIP_INTENTS.tip, {}, { screen: SHOW, timestamp: START });
    const [voice, tap] = await Promise.all([
      afterOne(tip, (o) => intentRequest(TIP_INTENTS.next, {}, o)),
      afterOne(tip, (o) => userEvent(['command', 'next'], { ...o, token: 'runcoach.tip' })),
    ]);
    expect(comparable(tap)).toEqual(comparable(voice));
    expect(voice.response.directives?.[0]).toMatchObject({ token: 'runcoach.tip' });
  });
});

describe('other user events', () => {
  it.each<[string, unknown[]]>([
    ['an unknown command', ['command', 'jump']],
    ['another kind of event', ['scrolled', 3]],
    ['no arguments', []],
    ['a command named by a number', ['command', 1]],
  ])('%s gets an empty answer and leaves the routine as it was', async (_label, args) => {
    const response = await afterOne(startWarmUp(), (o) => userEvent(args, o));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(response.response.directives).toBeUndefined();
    const routine = (response.sessionAttributes?.routine ?? {}) as { state?: { status?: string } };
    expect(routine.state?.status).toBe('running');
  });
});
