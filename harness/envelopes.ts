/**
 * Typed builders for Alexa request envelopes, shaped as the Request and Response JSON Reference
 * describes them, for the tests, the benchmark, the load test and the console.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 */
import type { Intent, interfaces, RequestEnvelope, Slot, slu, SupportedInterfaces } from 'ask-sdk-model';

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
export const TEST_USER_ID = 'amzn1.ask.account.TESTUSER';
export const TEST_DEVICE_ID = 'amzn1.ask.device.TESTDEVICE';

/** A device with a screen: what it announces in `supportedInterfaces` and `context.Viewport`. */
export interface ScreenOptions {
  supportedInterfaces: SupportedInterfaces;
  viewport: interfaces.viewport.ViewportState;
}

/**
 * An Echo Show (first generation, landscape 1024 × 600): announces APL and its viewport, which the
 * ASK SDK's `getViewportProfile` reads as `HUB-LANDSCAPE-MEDIUM`.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-support-for-your-skill.html
 */
export const ECHO_SHOW: ScreenOptions = {
  supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } },
  viewport: {
    experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
    mode: 'HUB',
    shape: 'RECTANGLE',
    pixelWidth: 1024,
    pixelHeight: 600,
    dpi: 160,
    currentPixelWidth: 1024,
    currentPixelHeight: 600,
    touch: ['SINGLE'],
    keyboard: [],
  },
};

/** What varies between test envelopes; everything else gets a realistic default. */
export interface EnvelopeOptions {
  locale?: string;
  /** ISO-8601 instant of the request. */
  timestamp?: string;
  userId?: string;
  deviceId?: string;
  skillId?: string;
  apiEndpoint?: string;
  /** `undefined`: a new session; an object: the attributes the previous response left. */
  sessionAttributes?: Record<string, unknown>;
  /** No session at all (out-of-session requests such as skill events). */
  noSession?: boolean;
  requestId?: string;
  /** A device with a screen (e.g. {@link ECHO_SHOW}); without it, a device with none. */
  screen?: ScreenOptions;
  /** The request's API access token (default `test-api-access-token`). */
  apiAccessToken?: string;
  /** A consent token in `user.permissions` (none by default), as with granted permissions. */
  consentToken?: string;
  /** A recognised speaker (`context.System.person`), with its id; none by default. */
  personId?: string;
}

/** Who is asking, on which device, and where the skill's Alexa API calls go. */
export interface Caller {
  skillId: string;
  userId: string;
  deviceId: string;
  apiEndpoint: string;
  apiAccessToken: string;
  screen?: ScreenOptions | undefined;
  consentToken?: string | undefined;
  personId?: string | undefined;
}

/** The session a request belongs to. */
export interface EnvelopeSession {
  sessionId: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
}

/** The envelope around `request`: version, session (unless out of session) and `context.System`. */
export function envelopeAround(
  caller: Caller,
  session: EnvelopeSession | undefined,
  request: RequestEnvelope['request'],
): RequestEnvelope {
  const application = { applicationId: caller.skillId };
  const user = {
    userId: caller.userId,
    ...(caller.consentToken ? { permissions: { consentToken: caller.consentToken } } : {}),
  };
  return {
    version: '1.0',
    ...(session
      ? {
          session: {
            new: session.isNew,
            sessionId: session.sessionId,
            application,
            user,
            attributes: session.attributes,
          },
        }
      : {}),
    context: {
      System: {
        application,
        user,
        ...(caller.personId ? { person: { personId: caller.personId } } : {}),
        device: { deviceId: caller.deviceId, supportedInterfaces: caller.screen?.supportedInterfaces ?? {} },
        apiEndpoint: caller.apiEndpoint,
        apiAccessToken: caller.apiAccessToken,
      },
      ...(caller.screen ? { Viewport: caller.screen.viewport } : {}),
    },
    request,
  };
}

let sequence = 0;

function base(options: EnvelopeOptions, request: RequestEnvelope['request']): RequestEnvelope {
  const caller: Caller = {
    skillId: options.skillId ?? TEST_SKILL_ID,
    userId: options.userId ?? TEST_USER_ID,
    deviceId: options.deviceId ?? TEST_DEVICE_ID,
    apiEndpoint: options.apiEndpoint ?? 'https://api.amazonalexa.com',
    apiAccessToken: options.apiAccessToken ?? 'test-api-access-token',
    screen: options.screen,
    consentToken: options.consentToken,
    personId: options.personId,
  };
  const session = options.noSession
    ? undefined
    : {
        sessionId: 'amzn1.echo-api.session.TEST',
        isNew: options.sessionAttributes === undefined,
        attributes: options.sessionAttributes ?? {},
      };
  return envelopeAround(caller, session, request);
}

function common(options: EnvelopeOptions) {
  sequence += 1;
  return {
    requestId: options.requestId ?? `amzn1.echo-api.request.test-${sequence}`,
    timestamp: options.timestamp ?? '2026-11-25T18:00:00Z',
    locale: options.locale ?? 'en-US',
  };
}

/** "Alexa, open run coach". */
export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return base(options, { type: 'LaunchRequest', ...common(options) });
}

/** A slot value as the user said it, optionally with an entity-resolution match. */
export interface SlotInput {
  value?: string;
  /** The matched slot value's id and name (custom slot types): `ER_SUCCESS_MATCH`. */
  id?: string;
  name?: string;
  /** The slot type, for the resolution authority; required with `id`. */
  type?: string;
}

/** An `IntentRequest` for `name` with `slots`. */
export function intentRequest(
  name: string,
  slots: Record<string, SlotInput> = {},
  options: EnvelopeOptions = {},
): RequestEnvelope {
  const intent: Intent = { name, confirmationStatus: 'NONE', slots: {} };
  for (const [slotName, input] of Object.entries(slots)) {
    const slot: Slot = { name: slotName, value: input.value ?? '', confirmationStatus: 'NONE' };
    if (input.type) {
      const authority = `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.${input.type}`;
      const resolution: slu.entityresolution.Resolution = input.id
        ? {
            authority,
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { id: input.id, name: input.name ?? input.value ?? input.id } }],
          }
        : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] };
      slot.resolutions = { resolutionsPerAuthority: [resolution] };
    }
    intent.slots = { ...intent.slots, [slotName]: slot };
  }
  return base(options, { type: 'IntentRequest', dialogState: 'COMPLETED', intent, ...common(options) });
}

/** The session ended because the user said nothing, exited, or an error occurred. */
export function sessionEndedRequest(
  reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' = 'USER_INITIATED',
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return base(options, { type: 'SessionEndedRequest', reason, ...common(options) });
}

/**
 * An `Alexa.Presentation.APL.UserEvent`: what a touch on the screen sends when the document's
 * `SendEvent` runs, with its arguments (a Run Coach button: `['command', 'next']`).
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-interface.html#userevent-request
 */
export function userEvent(
  args: readonly unknown[],
  options: EnvelopeOptions & { token?: string } = {},
): RequestEnvelope {
  const request: interfaces.alexa.presentation.apl.UserEvent = {
    type: 'Alexa.Presentation.APL.UserEvent',
    ...common(options),
    token: options.token ?? 'runcoach.routine',
    arguments: [...args],
    source: { type: 'TouchWrapper', handler: 'Press', id: '', value: false },
    components: {},
  };
  return base(options, request);
}

/** `AlexaSkillEvent.SkillDisabled`, sent out of session when the user disables the skill. */
export function skillDisabledEvent(
  persistence: 'PERSISTED' | 'NOT_PERSISTED',
  options: EnvelopeOptions = {},
): RequestEnvelope {
  const request = {
    type: 'AlexaSkillEvent.SkillDisabled',
    ...common(options),
    eventCreationTime: options.timestamp ?? '2026-11-25T18:00:00Z',
    eventPublishingTime: options.timestamp ?? '2026-11-25T18:00:00Z',
    body: { userInformationPersistenceStatus: persistence },
  } as unknown as RequestEnvelope['request'];
  return base({ ...options, noSession: true }, request);
}
