/**
 * The one place responses are made. A handler's {@link Answer} becomes the ASK response here: its
 * messages phrased through i18next (typed keys, one phrasing picked per turn), plain text escaped,
 * the skill's own SSML kept, every sentence starting with a capital, Alexa's SSML limits checked,
 * the session kept open only after a question and then always with a reprompt, the pending question
 * kept for the next turn, and the screen directive added when the answer has a screen and the device
 * supports APL.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#response-object
 */
import type { ErrorHandler, HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import { attachSpeech, speechOf, type Speech } from '../speech/i18n';
import { escapeSsml, joinSsml, ssmlViolations, type Ssml } from '../speech/ssml';
import type { Answer, AnswerErrorHandler, AnswerHandler, AnswerInterceptor, SpeechPart } from './answer';
import { SpeechLimitError } from './errors';
import { screenDeviceOf, supportsApl } from './request';
import type { ScreenModel, ScreenRenderer } from './screen';
import { keepQuestion, keepSaid, takeQuestion } from './session';
import { noteRequest } from './turn';

/** How answers are rendered. */
export interface RenderOptions<S = ScreenModel> {
  /** Turns an answer's screen model into its directive; without one, no screen is rendered. */
  readonly screens?: ScreenRenderer<S>;
}

/** What runs around every handler: the answer interceptors, then the renderer. */
export interface AnswerPipeline extends RenderOptions {
  readonly interceptors?: readonly AnswerInterceptor[];
}

const SENTENCE_END = /[.!?]["')\]]*$/;

/** Capitalises every sentence start of plain text ("Done. yesterday is…" → "Done. Yesterday is…"). */
function capitalised(text: string, atSentenceStart: boolean): string {
  const inner = text.replace(
    /([.!?]\s+)(\p{Ll})/gu,
    (_match, before: string, letter: string) => before + letter.toLocaleUpperCase(),
  );
  if (!atSentenceStart) return inner;
  return inner.replace(
    /^(\s*)(\p{Ll})/u,
    (_match, space: string, letter: string) => space + letter.toLocaleUpperCase(),
  );
}

/** The SSML (without `<speak>`) for the parts of an answer, phrased in this turn's speech. */
export function speechSsml(speech: Speech, parts: readonly SpeechPart[]): Ssml {
  let atSentenceStart = true;
  const pieces = parts.map((part): Ssml => {
    const plain =
      part.kind === 'ssml'
        ? part.ssml.replace(/<[^>]+>/g, ' ').trim()
        : capitalised(part.kind === 'text' ? part.text : speech.text(part), atSentenceStart).trim();
    if (plain !== '') atSentenceStart = SENTENCE_END.test(plain);
    return part.kind === 'ssml' ? part.ssml : escapeSsml(plain);
  });
  return joinSsml(...pieces);
}

/** The SSML, after checking it against Alexa's limits. */
function withinLimits(ssml: Ssml, where: string): Ssml {
  const violations = ssmlViolations(ssml);
  if (violations.length > 0)
    throw new SpeechLimitError(
      `The ${where} breaks Alexa's limits: ${violations.map((v) => v.detail).join('; ')}`,
    );
  return ssml;
}

/**
 * The screen directive for an answer's screen: only on a device that announces APL, and only when a
 * renderer is plugged in and the device's runtime can show its document. Without it the answer is
 * voice only, and the speech says everything on its own.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-interface.html
 */
function screenDirective<S>(
  input: HandlerInput,
  screen: S | undefined,
  screens: ScreenRenderer<S> | undefined,
): Directive | undefined {
  if (screen === undefined || !screens || !supportsApl(input)) return undefined;
  return screens(screen, screenDeviceOf(input));
}

/**
 * The ASK response for an answer. A statement ends the session; a question keeps it open with its
 * reprompt and keeps its pending question; a silent answer is the empty response.
 * @throws SpeechLimitError when the speech or reprompt would break Alexa's SSML limits.
 */
export function renderAnswer<S>(
  input: HandlerInput,
  answer: Answer<S>,
  options: RenderOptions<S> = {},
): Response {
  const builder = input.responseBuilder;
  if (answer.type === 'silent') return builder.getResponse();
  const speech = speechOf(input);
  builder.speak(withinLimits(speechSsml(speech, answer.speech), 'speech'));
  if (answer.type === 'ask') {
    builder
      .reprompt(withinLimits(speechSsml(speech, answer.reprompt), 'reprompt'))
      .withShouldEndSession(false);
    if (answer.question) keepQuestion(input, answer.question);
    keepSaid(input, speech.chosen());
  } else builder.withShouldEndSession(true);
  const directive = screenDirective(input, answer.screen, options.screens);
  if (directive) builder.addDirective(directive);
  return builder.getResponse();
}

/**
 * Prepares a request for its handler (run first in every turn): the turn's logger told which secrets
 * to keep out of its lines, this turn's speech, and the pending question moved out of the session
 * so that a handler that does not ask again leaves none behind.
 */
export function beginTurn(input: HandlerInput, speech: Speech): void {
  noteRequest(input.requestEnvelope);
  attachSpeech(input, speech);
  takeQuestion(input);
}

/** An answering handler as the ASK SDK's request handler: its answer intercepted, then rendered. */
export function toRequestHandler(handler: AnswerHandler, pipeline: AnswerPipeline = {}): RequestHandler {
  return {
    canHandle: (input) => handler.canHandle(input),
    async handle(input) {
      const answer = await handler.handle(input);
      for (const intercept of pipeline.interceptors ?? []) await intercept(input, answer);
      return renderAnswer(input, answer, pipeline);
    },
  };
}

/** The answering error handler as the ASK SDK's error handler. */
export function toErrorHandler(handler: AnswerErrorHandler, pipeline: AnswerPipeline = {}): ErrorHandler {
  return {
    canHandle: (input, error) => handler.canHandle(input, error),
    handle: (input, error) => renderAnswer(input, handler.handle(input, error), pipeline),
  };
}
