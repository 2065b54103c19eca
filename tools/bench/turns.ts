/**
 * The turn types the benchmark, the load test and the fault suites send, as a list of definitions:
 * a name, what kind of turn it is, and how to build its request envelope from an intent name and slots.
 * Adding a turn type is a few lines here. A turn whose capability is not on this branch yet is listed
 * as `pending` with the reason; every harness reports it as "not measured", never as a figure.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  intentRequest,
  launchRequest,
  type EnvelopeOptions,
  type SlotInput,
} from '../../test/helpers/envelopes';

/** `db`: the turn reads or writes DynamoDB; `routine`: must make 0 DynamoDB calls; `other`: neither. */
export type TurnKind = 'db' | 'routine' | 'other';

/** What a turn's envelope is built from. */
export interface TurnContext {
  userId: string;
  /** The 0-based iteration, so a definition can vary dates or slots between calls. */
  iteration: number;
  /** The Settings API endpoint (a loopback stub in the harnesses). */
  apiEndpoint: string;
  /** ISO-8601 instant of the request. */
  timestamp: string;
}

/** A turn type the harnesses can send. */
export interface MeasuredTurn {
  name: string;
  kind: TurnKind;
  status: 'measured';
  envelope(context: TurnContext): RequestEnvelope;
}

/** A turn type whose handler is not on this branch yet: listed, never sent, reported as not measured. */
export interface PendingTurn {
  name: string;
  kind: TurnKind;
  status: 'pending';
  /** Why it is not measured, and what completes it. */
  reason: string;
}

export type TurnDefinition = MeasuredTurn | PendingTurn;

function options(context: TurnContext, extra: EnvelopeOptions = {}): EnvelopeOptions {
  return {
    userId: context.userId,
    apiEndpoint: context.apiEndpoint,
    timestamp: context.timestamp,
    deviceId: `device-${context.userId}`,
    ...extra,
  };
}

/** A turn that sends `intent` with `slots` (a function of the context when they vary). */
export function intentTurn(
  name: string,
  kind: TurnKind,
  intent: string,
  slots: Record<string, SlotInput> | ((context: TurnContext) => Record<string, SlotInput>) = {},
  extra: (context: TurnContext) => EnvelopeOptions = () => ({ sessionAttributes: {} }),
): MeasuredTurn {
  return {
    name,
    kind,
    status: 'measured',
    envelope: (context) =>
      intentRequest(
        intent,
        typeof slots === 'function' ? slots(context) : slots,
        options(context, extra(context)),
      ),
  };
}

/** A turn type that the lead completes after merging the capability that answers it. */
export function pendingTurn(name: string, kind: TurnKind, reason: string): PendingTurn {
  return { name, kind, status: 'pending', reason };
}

/** Every turn type of the issue, in report order. */
export const TURNS: readonly TurnDefinition[] = [
  {
    name: 'launch',
    kind: 'db',
    status: 'measured',
    envelope: (context) => launchRequest(options(context)),
  },
  intentTurn('help', 'other', 'AMAZON.HelpIntent'),
  intentTurn('fallback', 'other', 'AMAZON.FallbackIntent'),
  intentTurn('stop', 'other', 'AMAZON.StopIntent'),
  // To complete after merging the routines branch: replace with intentTurn(…) and the session
  // attributes a running routine keeps, e.g. intentTurn('routine step', 'routine', 'AMAZON.NextIntent',
  // {}, (c) => ({ sessionAttributes: { routine: … } })).
  pendingTurn('routine step', 'routine', 'lambda/routines is not on this branch (routines branch)'),
  pendingTurn('navigation', 'routine', 'lambda/routines is not on this branch (pause/resume/go back)'),
  // To complete after merging the rest-days branch: intentTurn('log a rest day', 'db', '<LogRestDayIntent>',
  // (c) => ({ date: { value: … } })).
  pendingTurn('log a rest day', 'db', 'lambda/restdays is not on this branch (rest-days branch)'),
  pendingTurn('weekly summary', 'db', 'lambda/restdays is not on this branch (rest-days branch)'),
];

/** The turn types that can be sent on this branch. */
export function measuredTurns(turns: readonly TurnDefinition[] = TURNS): MeasuredTurn[] {
  return turns.filter((turn): turn is MeasuredTurn => turn.status === 'measured');
}

/** The turn types listed but not measurable yet. */
export function pendingTurns(turns: readonly TurnDefinition[] = TURNS): PendingTurn[] {
  return turns.filter((turn): turn is PendingTurn => turn.status === 'pending');
}
