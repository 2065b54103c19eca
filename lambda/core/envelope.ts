import type { RequestEnvelope } from 'ask-sdk-model';
import { InvalidRequestError } from './errors';
import { isRecord, USER_EVENT } from './request';

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * Session attributes are the skill's own small slices; nothing it writes nests deeper than this. The
 * ASK SDK deep-copies the attributes recursively (`JSON.parse(JSON.stringify(…))`), which overflows the
 * stack on a hostile, deeply nested value, so deeper attributes are refused up front.
 */
export const MAX_ATTRIBUTE_DEPTH = 32;

/** Whether `value` nests objects or arrays deeper than `limit` (checked without recursion). */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() ?? [undefined, 0];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * A screen's `UserEvent` (a touch button's `SendEvent`): its arguments a list, its token text, its
 * source and components objects, none nested deeper than the skill ever sends.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-interface.html#userevent-request
 */
function assertUserEvent(request: Record<string, unknown>): void {
  const { arguments: args, token, source, components } = request;
  if (args !== undefined && !Array.isArray(args))
    throw new InvalidRequestError('The user event arguments are not a list');
  if (token !== undefined && typeof token !== 'string')
    throw new InvalidRequestError('The user event token is not text');
  for (const [name, part] of [
    ['source', source],
    ['components', components],
  ] as const) {
    if (part !== undefined && !isRecord(part))
      throw new InvalidRequestError(`The user event ${name} is not an object`);
  }
  if ([args, source, components].some((part) => nestsDeeperThan(part, MAX_ATTRIBUTE_DEPTH)))
    throw new InvalidRequestError('The user event is nested too deeply');
}

/**
 * Checks the parts of a request envelope the skill relies on before the ASK SDK sees it, so a hostile
 * or truncated event is refused cleanly instead of failing deep inside a handler.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 * @throws InvalidRequestError when the event is not an Alexa request envelope.
 */
export function assertRequestEnvelope(event: unknown): asserts event is RequestEnvelope {
  if (!isRecord(event)) throw new InvalidRequestError('The event is not an object');
  const { version, request, context, session } = event;
  if (!isNonEmptyString(version)) throw new InvalidRequestError('The envelope has no version');
  if (!isRecord(request) || !isNonEmptyString(request.type) || !isNonEmptyString(request.requestId)) {
    throw new InvalidRequestError('The envelope has no request type or id');
  }
  if (request.locale !== undefined && typeof request.locale !== 'string') {
    throw new InvalidRequestError('The request locale is not text');
  }
  if (!isNonEmptyString(request.timestamp) || Number.isNaN(Date.parse(request.timestamp))) {
    throw new InvalidRequestError('The request has no valid timestamp');
  }
  const system = isRecord(context) ? context.System : undefined;
  if (!isRecord(system)) throw new InvalidRequestError('The envelope has no context.System');
  const { application, user } = system;
  if (!isRecord(application) || !isNonEmptyString(application.applicationId)) {
    throw new InvalidRequestError('The envelope has no application id');
  }
  if (!isRecord(user) || !isNonEmptyString(user.userId))
    throw new InvalidRequestError('The envelope has no user');
  if (session !== undefined) {
    if (!isRecord(session) || typeof session.new !== 'boolean') {
      throw new InvalidRequestError('The session is malformed');
    }
    if (session.attributes !== undefined && !isRecord(session.attributes)) {
      throw new InvalidRequestError('The session attributes are not an object');
    }
    if (nestsDeeperThan(session.attributes, MAX_ATTRIBUTE_DEPTH)) {
      throw new InvalidRequestError('The session attributes are nested too deeply');
    }
  }
  if (request.type === USER_EVENT) assertUserEvent(request);
  if (request.type === 'IntentRequest') {
    const intent = request.intent;
    if (!isRecord(intent) || !isNonEmptyString(intent.name))
      throw new InvalidRequestError('The intent has no name');
    if (intent.slots !== undefined && !isRecord(intent.slots)) {
      throw new InvalidRequestError('The intent slots are not an object');
    }
  }
}
