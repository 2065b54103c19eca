/**
 * Request envelopes exactly as Alexa sends them (the `ask-sdk-model` types).
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html
 */
import { randomUUID } from 'node:crypto';
import type { Intent, RequestEnvelope, Slot, slu } from 'ask-sdk-model';
import { envelopeAround, type Caller, type EnvelopeSession } from '../../harness/envelopes';
import { SCREEN_EVENT, type ScreenCommand } from '../../lambda/core/screen';
import type { ResolvedIntent } from './resolver';

/**
 * The device and account the console pretends to be; `apiEndpoint` is where the skill's Alexa API
 * calls go (the console's local Settings API).
 */
export interface Device extends Caller {
  locale: string;
}

/** The session a request belongs to. */
export type SessionState = EnvelopeSession;

/** A new session id, shaped like Alexa's. */
export function newSessionId(): string {
  return `amzn1.echo-api.session.${randomUUID()}`;
}

function common(device: Device, at: Date) {
  return {
    requestId: `amzn1.echo-api.request.${randomUUID()}`,
    timestamp: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    locale: device.locale,
  };
}

/** A `LaunchRequest`: "open run coach". */
export function launchEnvelope(device: Device, session: SessionState, at: Date): RequestEnvelope {
  return envelopeAround(device, session, { type: 'LaunchRequest', ...common(device, at) });
}

/** The authority of a custom slot type's entity resolution. */
export function authorityOf(skillId: string, slotType: string): string {
  return `amzn1.er-authority.echo-sdk.${skillId}.${slotType}`;
}

function slotOf(device: Device, slot: ResolvedIntent['slots'][number]): Slot {
  const base: Slot = { name: slot.name, confirmationStatus: 'NONE' };
  const filled = slot.filled;
  if (!filled) return { ...base, source: 'USER' } as Slot;
  let resolutions: slu.entityresolution.Resolutions | undefined;
  if (filled.resolution) {
    const authority = authorityOf(device.skillId, filled.type);
    const resolution: slu.entityresolution.Resolution =
      filled.resolution.code === 'ER_SUCCESS_MATCH'
        ? {
            authority,
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [
              { value: { id: filled.resolution.id ?? '', name: filled.resolution.name ?? filled.value } },
            ],
          }
        : // Alexa leaves `values` out when nothing matched, though the model type declares it.
          ({ authority, status: { code: 'ER_SUCCESS_NO_MATCH' } } as slu.entityresolution.Resolution);
    resolutions = { resolutionsPerAuthority: [resolution] };
  }
  return {
    ...base,
    value: filled.value,
    ...(resolutions ? { resolutions } : {}),
    source: 'USER',
    slotValue: { type: 'Simple', value: filled.value, ...(resolutions ? { resolutions } : {}) },
  } as Slot;
}

/** An `IntentRequest` for a resolved intent, every declared slot present, filled or not. */
export function intentEnvelope(
  device: Device,
  session: SessionState,
  at: Date,
  resolved: ResolvedIntent,
): RequestEnvelope {
  const intent: Intent = {
    name: resolved.name,
    confirmationStatus: 'NONE',
    slots: Object.fromEntries(resolved.slots.map((slot) => [slot.name, slotOf(device, slot)])),
  };
  return envelopeAround(device, session, {
    type: 'IntentRequest',
    ...common(device, at),
    dialogState: 'COMPLETED',
    intent,
  });
}

/**
 * The `Alexa.Presentation.APL.UserEvent` a Run Coach touch button sends: `SendEvent` with the
 * arguments `[SCREEN_EVENT, command]` (lambda/screens/documents/theme.json, `RcButtons`).
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-interface.html#userevent-request
 */
export function userEventEnvelope(
  device: Device,
  session: SessionState,
  at: Date,
  command: ScreenCommand,
  token: string,
): RequestEnvelope {
  return envelopeAround(device, session, {
    type: 'Alexa.Presentation.APL.UserEvent',
    ...common(device, at),
    token,
    arguments: [SCREEN_EVENT, command],
    source: { type: 'TouchWrapper', handler: 'Press', id: '', value: false },
    components: {},
  });
}

/** A `SessionEndedRequest`: the user exited, or said nothing after the reprompt. */
export function sessionEndedEnvelope(
  device: Device,
  session: SessionState,
  at: Date,
  reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS',
): RequestEnvelope {
  return envelopeAround(device, session, { type: 'SessionEndedRequest', ...common(device, at), reason });
}
