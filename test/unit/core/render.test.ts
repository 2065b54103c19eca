import type { Directive } from 'ask-sdk-model';
import { ask, message, silent, ssml, tell, text, type Answer } from '../../../lambda/core/answer';
import { SpeechLimitError } from '../../../lambda/core/errors';
import { beginTurn, renderAnswer } from '../../../lambda/core/render';
import { createI18n, speechFor } from '../../../lambda/speech/i18n';
import { escapeSsml, joinSsml, pause } from '../../../lambda/speech/ssml';
import { handlerInputFor } from '../../../harness/answers';
import {
  ECHO_SHOW,
  intentRequest,
  sessionEndedRequest,
  type EnvelopeOptions,
} from '../../../harness/envelopes';

/** A handler input for one intent request, prepared as the skill prepares every turn. */
function turn(options: EnvelopeOptions = {}) {
  const input = handlerInputFor(
    intentRequest('AMAZON.HelpIntent', {}, { sessionAttributes: {}, ...options }),
  );
  beginTurn(
    input,
    speechFor(createI18n(), options.locale ?? 'en-US', () => 0),
  );
  return input;
}

const ssmlOf = (speech: { type: string; ssml?: string } | undefined) => (speech as { ssml: string }).ssml;

describe('the renderer', () => {
  it('ends the session after a statement, with no reprompt', () => {
    const response = renderAnswer(turn(), tell(message('conversation:goodbye')));
    expect(ssmlOf(response.outputSpeech)).toBe('<speak>Goodbye. Be kind to your back.</speak>');
    expect(response.shouldEndSession).toBe(true);
    expect(response.reprompt).toBeUndefined();
  });

  it('keeps the session open only after a question, always with its reprompt, and keeps the question', () => {
    const input = turn();
    const question = { kind: 'tips.another', data: { topic: 'SHOES' } } as const;
    const response = renderAnswer(
      input,
      ask(message('tips:another'), message('tips:anotherReprompt'), question),
    );
    expect(response.shouldEndSession).toBe(false);
    expect(ssmlOf(response.reprompt?.outputSpeech)).toBe(
      '<speak>Would you like another tip? Yes or no?</speak>',
    );
    expect(input.attributesManager.getSessionAttributes()).toMatchObject({ question });
  });

  it('answers silently with the empty response', () => {
    const input = handlerInputFor(sessionEndedRequest('USER_INITIATED', { sessionAttributes: {} }));
    expect(renderAnswer(input, silent())).toEqual({});
  });

  it('phrases a message with its variables, nested messages first', () => {
    const response = renderAnswer(
      turn(),
      tell(
        message('routines:starting', {
          length: message('routines:length.quick'),
          routine: message('routines:name.warmup.yoga'),
          duration: '5 minutes',
        }),
      ),
    );
    expect(ssmlOf(response.outputSpeech)).toBe(
      '<speak>Here is your quick yoga warm-up, about 5 minutes.</speak>',
    );
  });

  it("escapes plain text and message variables, and keeps the skill's own SSML as it is", () => {
    const built = joinSsml(escapeSsml('Go.'), pause(12));
    const response = renderAnswer(
      turn(),
      tell(text('Tom & Jerry <b>'), ssml(built), message('restdays:logged', { day: '<audio src="x"/>' })),
    );
    expect(ssmlOf(response.outputSpeech)).toBe(
      '<speak>Tom &amp; Jerry &lt;b&gt; Go. <break time="10s"/><break time="2s"/> Done. &lt;audio src=&quot;x&quot;/&gt; is logged as a rest day.</speak>',
    );
  });

  it('starts every sentence with a capital, across parts and inside a message', () => {
    const response = renderAnswer(
      turn(),
      tell(
        message('restdays:logged', { day: 'yesterday' }),
        text('and then some. more'),
        message('restdays:gentle'),
      ),
    );
    expect(ssmlOf(response.outputSpeech)).toBe(
      '<speak>Done. Yesterday is logged as a rest day. And then some. More On a rest day you could take a walk, do some gentle yoga, or simply do nothing at all.</speak>',
    );
  });

  it("refuses speech that breaks Alexa's limits", () => {
    expect(() => renderAnswer(turn(), tell(text('a'.repeat(8000))))).toThrow(SpeechLimitError);
    expect(() => renderAnswer(turn(), tell(ssml(pause(250))))).toThrow(/250s of timed content/);
    expect(() => renderAnswer(turn(), ask(text('Ready?'), ssml(pause(241))))).toThrow(/reprompt/);
  });

  describe('the screen', () => {
    type TestScreen = { view: 'test'; title: string };
    const directive = (screen: TestScreen): Directive => ({
      type: 'Alexa.Presentation.APL.RenderDocument',
      token: screen.title,
      document: {},
    });
    const withScreen: Answer<TestScreen> = {
      ...tell(text('Hello.')),
      screen: { view: 'test', title: 'Calf stretch' },
    };
    const devices: string[] = [];
    const screens = (screen: TestScreen, device: { profile?: string }) => {
      devices.push(device.profile ?? 'none');
      return directive(screen);
    };

    it('adds the directive when the answer has a screen and the device supports APL', () => {
      const response = renderAnswer(turn({ screen: ECHO_SHOW }), withScreen, { screens });
      expect(response.directives).toEqual([directive({ view: 'test', title: 'Calf stretch' })]);
      expect(devices.at(-1)).toBe('HUB-LANDSCAPE-MEDIUM');
    });

    it('adds none on a device without APL, when the answer has no screen, or when no renderer is plugged in', () => {
      expect(renderAnswer(turn(), withScreen, { screens }).directives).toBeUndefined();
      const noScreen: Answer<TestScreen> = { type: 'tell', speech: [text('Hello.')] };
      expect(renderAnswer(turn({ screen: ECHO_SHOW }), noScreen, { screens }).directives).toBeUndefined();
      expect(renderAnswer(turn({ screen: ECHO_SHOW }), withScreen).directives).toBeUndefined();
    });

    it('adds none when the renderer finds the device cannot show the document', () => {
      const tooOld = () => undefined;
      const response = renderAnswer(turn({ screen: ECHO_SHOW }), withScreen, { screens: tooOld });
      expect(response.directives).toBeUndefined();
      expect(response.outputSpeech).toEqual({ type: 'SSML', ssml: '<speak>Hello.</speak>' });
    });
  });
});
