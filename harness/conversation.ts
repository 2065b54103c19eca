/**
 * Multi-turn conversations at the intent level: carries session attributes from each response into
 * the next request and moves the clock between turns, as Alexa would. (Utterance-level dialogs are the
 * YAML scripts in test/dialogs.)
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { SkillDeps } from '../lambda/core/deps';
import {
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  type EnvelopeOptions,
  type SlotInput,
} from './envelopes';
import { fixedClock, skillUnderTest, testDeps } from './skill';

/** A conversation with one user, across sessions. */
export interface Conversation {
  deps: SkillDeps;
  clock: ReturnType<typeof fixedClock>;
  /** The last response. */
  last: ResponseEnvelope | undefined;
  /** Whether a session is open (the last response left it open). */
  readonly inSession: boolean;
  launch(): Promise<ResponseEnvelope>;
  intent(name: string, slots?: Record<string, SlotInput>): Promise<ResponseEnvelope>;
  /** The session ends without the skill ending it (silence, "Alexa, exit"). */
  endSession(reason?: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS'): Promise<ResponseEnvelope>;
  /** Lets `seconds` pass before the next request. */
  wait(seconds: number): void;
  send(build: (options: EnvelopeOptions) => RequestEnvelope): Promise<ResponseEnvelope>;
}

/** Starts a conversation with the real skill on `deps` (an in-memory store and fixed clock by default). */
export function conversation(
  overrides: Partial<SkillDeps> = {},
  options: EnvelopeOptions = {},
): Conversation {
  const clock = fixedClock();
  const deps = testDeps({ clock, ...overrides });
  const handler = skillUnderTest(deps);
  let attributes: Record<string, unknown> | undefined;
  const convo: Conversation = {
    deps,
    clock,
    last: undefined,
    get inSession() {
      return attributes !== undefined;
    },
    async send(build) {
      const timestamp = new Date(deps.clock.now()).toISOString();
      const response = await handler(build({ ...options, timestamp, sessionAttributes: attributes }));
      convo.last = response;
      attributes =
        response.response.shouldEndSession === false ? (response.sessionAttributes ?? {}) : undefined;
      return response;
    },
    launch: () => convo.send((o) => launchRequest({ ...o, sessionAttributes: undefined })),
    intent: (name, slots = {}) => convo.send((o) => intentRequest(name, slots, o)),
    async endSession(reason = 'USER_INITIATED') {
      const response = await convo.send((o) =>
        sessionEndedRequest(reason, { ...o, sessionAttributes: o.sessionAttributes ?? {} }),
      );
      attributes = undefined;
      return response;
    },
    wait(seconds) {
      clock.advance(seconds * 1000);
    },
  };
  return convo;
}
