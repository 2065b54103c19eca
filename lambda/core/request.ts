/**
 * Reading a request, in one place and on the ASK SDK's own accessors: who and what device is asking,
 * in which locale, which intent with which slots (and their entity-resolution ids), when, whether the
 * session is new, whether the device has a screen, and which yes/no question the last turn left
 * waiting. Also the one way a handler calls the store and hears that it was unavailable.
 *
 * A touch button on the screen (an `Alexa.Presentation.APL.UserEvent` sent by the document's
 * `SendEvent`) reads here as the spoken command it stands for ({@link SCREEN_COMMANDS}): tapping
 * "Pause" is an `IntentRequest` for `AMAZON.PauseIntent` to every predicate and handler.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 */
import type { HandlerInput } from 'ask-sdk-core';
import {
  getApiAccessToken,
  getDeviceId,
  getIntentName,
  getLocale,
  getRequestType,
  getSlot,
  getSupportedInterfaces,
  getUserId,
  getViewportProfile,
  isNewSession,
} from 'ask-sdk-core';
import type { interfaces, Slot } from 'ask-sdk-model';
import { StoreUnavailableError } from '../store/errors';
import type { PendingQuestion } from './answer';
import type { DeviceRef, SkillLogger } from './deps';
import { isScreenCommand, SCREEN_COMMANDS, SCREEN_EVENT, type ScreenDevice } from './screen';

export { speechOf, type Speech } from '../speech/i18n';

/** Whether a value is a plain JSON object (not `null`, not an array): session data is untrusted. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The Alexa user id: the partition of all their items. Never logged. */
export function userIdOf(input: HandlerInput): string {
  return getUserId(input.requestEnvelope);
}

/** The device id, when the request came from a device. Never logged. */
export function deviceIdOf(input: HandlerInput): string | undefined {
  // The SDK's type says `string`; it returns null when the request has no device.
  const id = getDeviceId(input.requestEnvelope) as string | null;
  return id ?? undefined;
}

/**
 * What the skill needs to call Alexa's APIs for this device (the time zone): the device id, the API
 * endpoint and this request's access token; `undefined` when the request lacks one of them.
 */
export function deviceRefOf(input: HandlerInput): DeviceRef | undefined {
  const deviceId = deviceIdOf(input);
  const apiEndpoint = input.requestEnvelope.context.System.apiEndpoint as string | undefined;
  const apiAccessToken = getApiAccessToken(input.requestEnvelope) as string | undefined;
  return deviceId && apiEndpoint && apiAccessToken ? { deviceId, apiEndpoint, apiAccessToken } : undefined;
}

/** The request's locale as sent (`en-GB`), or an empty string when it has none. */
export function localeOf(input: HandlerInput): string {
  // The SDK's type says `string`; the envelope's locale is optional (skill events have none).
  const locale = getLocale(input.requestEnvelope) as string | undefined;
  return locale ?? '';
}

/** The intent a screen button stands for. */
export type ScreenCommandIntent = (typeof SCREEN_COMMANDS)[keyof typeof SCREEN_COMMANDS];

/** The `UserEvent` request type a screen's `SendEvent` produces. */
export const USER_EVENT = 'Alexa.Presentation.APL.UserEvent';

/**
 * The intent a screen button press stands for: a `UserEvent` whose arguments are
 * `[SCREEN_EVENT, command]` with a known command; `undefined` for any other request or event.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-interface.html#userevent-request
 */
export function screenCommandOf(input: HandlerInput): ScreenCommandIntent | undefined {
  const request: unknown = input.requestEnvelope.request;
  if (!isRecord(request) || request.type !== USER_EVENT) return undefined;
  const args: unknown = request.arguments;
  if (!Array.isArray(args)) return undefined;
  const [kind, command] = args as unknown[];
  return kind === SCREEN_EVENT && isScreenCommand(command) ? SCREEN_COMMANDS[command] : undefined;
}

/**
 * The request type: `LaunchRequest`, `IntentRequest`, `SessionEndedRequest`, `AlexaSkillEvent.…`. A
 * screen button press reads as the `IntentRequest` of its command ({@link screenCommandOf}); any other
 * `UserEvent` keeps its own type.
 */
export function requestTypeOf(input: HandlerInput): string {
  return screenCommandOf(input) ? 'IntentRequest' : getRequestType(input.requestEnvelope);
}

/** The intent's name (a button's command's, for a button press), or `undefined` for other requests. */
export function intentNameOf(input: HandlerInput): string | undefined {
  const pressed = screenCommandOf(input);
  if (pressed) return pressed;
  return getRequestType(input.requestEnvelope) === 'IntentRequest'
    ? getIntentName(input.requestEnvelope)
    : undefined;
}

/** Whether the request is a spoken (or typed) `IntentRequest`, the only kind that carries slots. */
function carriesSlots(input: HandlerInput): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest';
}

/**
 * The error a `SessionEndedRequest` reports when the session ended because of one (`reason: ERROR`),
 * as its type only (its message may quote what the user said); `undefined` otherwise.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html#sessionendedrequest
 */
export function sessionEndErrorOf(input: HandlerInput): { errorType: string | undefined } | undefined {
  const request = input.requestEnvelope.request;
  if (request.type !== 'SessionEndedRequest' || request.reason !== 'ERROR') return undefined;
  return { errorType: request.error?.type };
}

/**
 * `body.userInformationPersistenceStatus` of an `AlexaSkillEvent.SkillDisabled` event (`PERSISTED` or
 * `NOT_PERSISTED`). ask-sdk-model's type has no `body`, though the documented event carries it, so it
 * is read defensively.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/skill-events-in-alexa-skills.html
 */
export function persistenceStatusOf(input: HandlerInput): string | undefined {
  const request: unknown = input.requestEnvelope.request;
  const body = isRecord(request) ? request.body : undefined;
  const status = isRecord(body) ? body.userInformationPersistenceStatus : undefined;
  return typeof status === 'string' ? status : undefined;
}

/** The request id (the same on a retried delivery, so writes keyed on it are idempotent). */
export function requestIdOf(input: HandlerInput): string {
  return input.requestEnvelope.request.requestId;
}

/** The request's instant (`request.timestamp`), in epoch milliseconds. */
export function requestTimeOf(input: HandlerInput): number {
  return Date.parse(input.requestEnvelope.request.timestamp);
}

/** Whether this request starts a session ("ask Run Coach to …"); `false` out of session. */
export function startsSession(input: HandlerInput): boolean {
  return input.requestEnvelope.session !== undefined && isNewSession(input.requestEnvelope);
}

/** A slot of an `IntentRequest`, if the intent has it. */
function slotOf(input: HandlerInput, name: string): Slot | undefined {
  // The SDK's type says `Slot`; it returns null or undefined when the intent has no such slot.
  const slot = getSlot(input.requestEnvelope, name) as Slot | null | undefined;
  return slot ?? undefined;
}

/** A slot's value as heard, or `undefined` when the slot is missing or empty. */
export function slotValueOf(input: HandlerInput, name: string): string | undefined {
  if (!carriesSlots(input)) return undefined;
  return slotOf(input, name)?.value || undefined;
}

/**
 * The stable id of a custom slot's entity-resolution match (synonyms resolve to it), or `undefined`
 * when the slot is empty or matched nothing.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/entity-resolution.html
 */
export function slotIdOf(input: HandlerInput, name: string): string | undefined {
  if (!carriesSlots(input)) return undefined;
  const resolutions = slotOf(input, name)?.resolutions?.resolutionsPerAuthority ?? [];
  for (const resolution of resolutions) {
    const id = resolution.status.code === 'ER_SUCCESS_MATCH' ? resolution.values[0]?.value.id : undefined;
    if (id) return id;
  }
  return undefined;
}

/**
 * Whether the device can show APL documents: it announces `Alexa.Presentation.APL` in
 * `context.System.device.supportedInterfaces` with every request.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-support-for-your-skill.html
 */
export function supportsApl(input: HandlerInput): boolean {
  const supported: Record<string, unknown> = { ...getSupportedInterfaces(input.requestEnvelope) };
  return supported['Alexa.Presentation.APL'] !== undefined;
}

/**
 * The screen a request's device has: its viewport (`context.Viewport`), the SDK's profile of it, and
 * the newest APL version its runtime supports.
 */
export function screenDeviceOf(input: HandlerInput): ScreenDevice {
  const viewport: interfaces.viewport.ViewportState | undefined = input.requestEnvelope.context.Viewport;
  const apl: unknown = { ...getSupportedInterfaces(input.requestEnvelope) }['Alexa.Presentation.APL'];
  const runtime = isRecord(apl) ? apl.runtime : undefined;
  const maxVersion = isRecord(runtime) ? runtime.maxVersion : undefined;
  const version = typeof maxVersion === 'string' ? { aplVersion: maxVersion } : {};
  if (!viewport) return version;
  return { viewport, profile: getViewportProfile(input.requestEnvelope), ...version };
}

/** The request attribute the pending question is moved to at the start of a turn (./session.ts). */
export const QUESTION_ATTRIBUTE = 'question';

/** The question the previous turn asked and is still waiting for an answer to, if any. */
export function pendingQuestionOf(input: HandlerInput): PendingQuestion | undefined {
  const raw: unknown = input.attributesManager.getRequestAttributes()[QUESTION_ATTRIBUTE];
  if (!isRecord(raw) || typeof raw.kind !== 'string' || !/^[^.]+\..+$/.test(raw.kind)) return undefined;
  const kind = raw.kind as PendingQuestion['kind'];
  if (!isRecord(raw.data)) return { kind };
  const data = Object.fromEntries(
    Object.entries(raw.data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  return { kind, data };
}

/** The outcome of a store call: its value, or the store was unavailable (nothing was written). */
export type Stored<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: StoreUnavailableError };

/**
 * Runs a store call. When the store is unavailable ({@link StoreUnavailableError}: throttled,
 * unreachable, slow), the outcome says so and `failure` is logged with the operation (never the user);
 * the caller answers what was and was not saved. Any other error goes on to the error handler.
 */
export async function fromStore<T>(
  logger: SkillLogger,
  failure: string,
  call: () => Promise<T>,
): Promise<Stored<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    logger.warn(failure, { operation: error.operation });
    return { ok: false, error };
  }
}
