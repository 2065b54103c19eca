/**
 * The console engine, shared by the interactive prompt, `--script` and the jest dialog runner:
 * an utterance is resolved against the model, wrapped in the envelope Alexa would send, handed to the
 * real skill handler in-process, and the response read back, session and all.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { DateTime } from 'luxon';
import type { SkillHandler } from '../../lambda/skill';
import {
  intentEnvelope,
  launchEnvelope,
  newSessionId,
  sessionEndedEnvelope,
  userEventEnvelope,
  type Device,
  type SessionState,
} from './envelope';
import type { InteractionModel } from './model';
import { readResponse, type RenderedResponse } from './render';
import { createResolver, type ResolvedIntent, type Resolver } from './resolver';
import type { ShownScreen } from './screen';

/** How long Alexa keeps the microphone open before the reprompt, and again after it. */
export const LISTEN_MS = 8_000;

/** The console's clock: fixed (`--now`) or the machine's, moved forward by waits. */
export interface ConsoleClock {
  now(): number;
  advance(ms: number): void;
}

/** A clock that starts at `startMs` and moves only when told (or the machine's clock when absent). */
export function consoleClock(startMs?: number): ConsoleClock {
  let offset = 0;
  return {
    now: () => (startMs ?? Date.now()) + offset,
    advance(ms) {
      offset += ms;
    },
  };
}

/** What happened in one turn. */
export interface Turn {
  /** launch / intent / tap (a screen button: APL UserEvent) / exit (SessionEndedRequest USER_INITIATED) /
   * reprompt (silence, reprompt heard) / silence (SessionEndedRequest EXCEEDED_MAX_REPROMPTS) /
   * none (nothing sent to the skill). */
  kind: 'launch' | 'intent' | 'tap' | 'exit' | 'reprompt' | 'silence' | 'none';
  intent?: ResolvedIntent;
  oneShot?: boolean;
  request?: RequestEnvelope;
  response?: ResponseEnvelope;
  /** What the user hears (for `reprompt`: the reprompt replayed). */
  rendered: RenderedResponse;
  /** A remark from the console, not from Alexa. */
  note?: string;
}

/** Options of {@link createEngine}. */
export interface EngineOptions {
  model: InteractionModel;
  handler: SkillHandler;
  clock: ConsoleClock;
  device: Device;
  /** The device's time zone, for AMAZON.DATE values. */
  timeZone: string;
}

/** One user talking to the skill on one device. */
export interface Engine {
  readonly resolver: Resolver;
  readonly sessionOpen: boolean;
  /** The user says `text` (an empty text is silence). */
  say(text: string): Promise<Turn>;
  /** The user says nothing for the listening window. */
  silence(): Promise<Turn>;
  /**
   * The user touches the screen button labelled `label` (any case): the `UserEvent` its `SendEvent`
   * sends. Nothing is sent when the screen shows no such button.
   */
  tap(label: string): Promise<Turn>;
  /** What the screen shows now: the last document rendered in this session, if any. */
  readonly screen: ShownScreen | undefined;
  /** The user leaves ("exit", Ctrl-D): ends an open session. */
  exit(): Promise<Turn>;
  /** Lets time pass. */
  wait(ms: number): void;
}

const NOTHING: RenderedResponse = { speech: '', reprompt: '', directives: [], sessionOpen: false };

/** Builds the engine around a skill handler. */
export function createEngine(options: EngineOptions): Engine {
  const { handler, clock, device } = options;
  const resolver = createResolver(options.model, {
    now: () => DateTime.fromMillis(clock.now(), { zone: options.timeZone }),
  });
  let session: SessionState | undefined;
  let pendingReprompt: RenderedResponse | undefined;
  // A document stays on screen until another replaces it or the session ends.
  let screen: ShownScreen | undefined;

  async function send(build: (state: SessionState, at: Date) => RequestEnvelope, fresh: boolean) {
    const state: SessionState =
      !fresh && session
        ? { ...session, isNew: false }
        : { sessionId: newSessionId(), isNew: true, attributes: {} };
    const request = build(state, new Date(clock.now()));
    const response = await handler(request, {});
    const rendered = readResponse(response);
    if (rendered.screen) screen = rendered.screen;
    if (rendered.sessionOpen) {
      session = { sessionId: state.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
      pendingReprompt = rendered.reprompt
        ? { ...NOTHING, speech: rendered.reprompt, sessionOpen: true }
        : undefined;
    } else {
      session = undefined;
      pendingReprompt = undefined;
      screen = undefined;
    }
    return { request, response, rendered };
  }

  async function endSession(reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS') {
    const sent = await send((state, at) => sessionEndedEnvelope(device, state, at, reason), false);
    session = undefined;
    pendingReprompt = undefined;
    screen = undefined;
    return { ...sent, rendered: { ...sent.rendered, sessionOpen: false } };
  }

  const engine: Engine = {
    resolver,
    get sessionOpen() {
      return session !== undefined;
    },
    get screen() {
      return screen;
    },
    async say(text) {
      if (!text.trim()) return engine.silence();
      const resolution = resolver.resolve(text);
      if (resolution.kind === 'exit') return engine.exit();
      if (resolution.kind === 'launch') {
        const sent = await send((state, at) => launchEnvelope(device, state, at), true);
        return { kind: 'launch', ...sent };
      }
      const { intent } = resolution;
      const oneShot = resolution.oneShot || !session;
      const sent = await send((state, at) => intentEnvelope(device, state, at, intent), oneShot);
      const note =
        oneShot && !resolution.oneShot
          ? `no session was open: sent as "ask ${options.model.invocationName} to ${text.trim()}"`
          : undefined;
      return { kind: 'intent', intent, oneShot, ...sent, ...(note ? { note } : {}) };
    },
    async silence() {
      if (!session) return { kind: 'none', rendered: NOTHING, note: 'no session is open: nothing happens' };
      clock.advance(LISTEN_MS);
      if (pendingReprompt) {
        const rendered = pendingReprompt;
        pendingReprompt = undefined;
        return { kind: 'reprompt', rendered };
      }
      return { kind: 'silence', ...(await endSession('EXCEEDED_MAX_REPROMPTS')) };
    },
    async tap(label) {
      const wanted = label.trim().toLocaleLowerCase();
      const pressed = screen?.buttons.find((b) => b.label.toLocaleLowerCase() === wanted);
      if (!pressed) {
        const shown = screen?.buttons.map((b) => b.label).join(', ');
        const note = shown
          ? `the screen has no "${label.trim()}" button (it shows ${shown})`
          : 'no screen with buttons is showing';
        return { kind: 'none', rendered: NOTHING, note };
      }
      const token = screen?.token ?? '';
      const sent = await send(
        (state, at) => userEventEnvelope(device, state, at, pressed.command, token),
        false,
      );
      return {
        kind: 'tap',
        ...sent,
        note: `tapped ${pressed.label}: the skill reads it as "${pressed.command}"`,
      };
    },
    async exit() {
      if (!session) return { kind: 'none', rendered: NOTHING, note: 'no session is open' };
      return { kind: 'exit', ...(await endSession('USER_INITIATED')) };
    },
    wait(ms) {
      clock.advance(ms);
    },
  };
  return engine;
}
