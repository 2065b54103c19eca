/**
 * What every answer of the skill must look like (Alexa's response JSON reference), and what counts as
 * a clean refusal. Each check returns a description of what is wrong, or `undefined`.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#response-format
 */
import fc from 'fast-check';
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { InvalidRequestError } from '../../../lambda/core/errors';
import { ssmlViolations } from '../../../lambda/speech/ssml';

/** Alexa rejects responses larger than 24 kilobytes. */
const MAX_RESPONSE_BYTES = 24 * 1024;

function speechProblem(speech: ui.OutputSpeech | undefined, where: string): string | undefined {
  if (speech === undefined) return undefined;
  const type: unknown = speech.type;
  if (speech.type === 'SSML') {
    if (typeof speech.ssml !== 'string' || !/^<speak>[\s\S]*<\/speak>$/.test(speech.ssml))
      return `${where}: SSML not wrapped in <speak>`;
    const violations = ssmlViolations(speech.ssml);
    return violations.length > 0 ? `${where}: ${JSON.stringify(violations)}` : undefined;
  }
  if (type === 'PlainText') return typeof speech.text === 'string' ? undefined : `${where}: no text`;
  return `${where}: unknown speech type`;
}

/** Problems of a response to a request of `requestType`, or `undefined` when it is well formed. */
export function responseProblem(response: unknown, requestType: unknown): string | undefined {
  if (typeof response !== 'object' || response === null) return 'not an object';
  const envelope = response as ResponseEnvelope;
  if (envelope.version !== '1.0') return `version ${JSON.stringify(envelope.version)}`;
  const body = envelope.response as ResponseEnvelope['response'] | undefined;
  if (typeof body !== 'object') return 'no response object';
  if (body.shouldEndSession !== undefined && typeof body.shouldEndSession !== 'boolean')
    return 'shouldEndSession is not a boolean';
  let text: string;
  try {
    text = JSON.stringify(envelope);
  } catch (error) {
    return `not serializable: ${String(error)}`;
  }
  const speechIssue =
    speechProblem(body.outputSpeech, 'outputSpeech') ??
    speechProblem(body.reprompt?.outputSpeech, 'reprompt');
  if (speechIssue) return speechIssue;
  if (requestType === 'LaunchRequest' || requestType === 'IntentRequest') {
    if (!body.outputSpeech) return `${requestType} answered without speech`;
    if (body.shouldEndSession === false && !body.reprompt) return 'session left open without a reprompt';
    if (
      Buffer.byteLength(text) - Buffer.byteLength(JSON.stringify(envelope.sessionAttributes ?? {})) >
      MAX_RESPONSE_BYTES
    )
      return 'response over 24 KB';
  }
  if (requestType === 'SessionEndedRequest' && (body.outputSpeech || body.reprompt))
    return 'speech in answer to SessionEndedRequest';
  return undefined;
}

/** Whether `error` is a clean refusal: an invalid envelope, or the ASK SDK's skill-id check. */
export function isCleanRefusal(error: unknown): boolean {
  if (error instanceof InvalidRequestError) return true;
  return (
    error instanceof Error &&
    error.name === 'AskSdk.CustomSkill Error' &&
    error.message === 'CustomSkill ID verification failed!'
  );
}

/** The outcome of one event: `answer` or `refusal`, or a description of what went wrong. */
export async function outcomeOf(send: (event: unknown) => Promise<unknown>, event: unknown): Promise<string> {
  const requestType = (event as { request?: { type?: unknown } } | null)?.request?.type;
  try {
    const response = await send(event);
    return responseProblem(response, requestType) ?? 'answer';
  } catch (error) {
    return isCleanRefusal(error)
      ? 'refusal'
      : `unclean failure: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

/** fast-check's report of a failed run, or `undefined` when every case passed. */
export function failureOf<T>(details: fc.RunDetails<T>): string | undefined {
  return details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : undefined;
}
