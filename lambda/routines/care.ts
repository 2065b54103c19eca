/**
 * Looking after the user across sessions: the disclaimer on their first contact, and, in the days
 * after a back-pain report, "how does your back feel?" before any routine. Both come from the profile
 * the session's first profile write hands back (the launch's, or, for a routine asked for in a session
 * that did not launch, the same `recordLaunch` write made then): no turn adds a read. What that write
 * told is kept in the session (`visit`), so later turns make no call at all.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, type AskAnswer, type MessagePart } from '../core/answer';
import type { SkillDeps } from '../core/deps';
import { fromStore, isRecord, requestIdOf, userIdOf } from '../core/request';
import { setSlice, sliceOf } from '../core/session';
import type { Profile } from '../store/port';
import type { RoutineKind, RoutineLength, RoutineStyle } from './catalog';
import { ROUTINE_QUESTIONS } from './intents';

/** Days after a pain report during which the launch and every routine request ask first. */
export const PAIN_WATCH_DAYS = 3;

const VISIT_KEY = 'visit';

/** What this session knows of the user: whether the back still needs asking about (`due`). */
export interface Visit {
  backCheck: 'due' | 'done';
}

function parseVisit(raw: unknown): Visit | undefined {
  if (!isRecord(raw)) return undefined;
  return { backCheck: raw.backCheck === 'due' ? 'due' : 'done' };
}

/** This session's visit, once a profile write saw the user. */
export function visitOf(input: HandlerInput): Visit | undefined {
  return sliceOf(input, VISIT_KEY, parseVisit);
}

/** Keeps what this session knows of the user. */
export function keepVisit(input: HandlerInput, visit: Visit): void {
  setSlice(input, VISIT_KEY, visit);
}

/** Whether the profile holds a pain report from the last {@link PAIN_WATCH_DAYS} days. */
export function painIsRecent(profile: Profile | undefined, now: number): boolean {
  const at = profile?.painReportedAt ? Date.parse(profile.painReportedAt) : NaN;
  const age = now - at;
  return age >= 0 && age <= PAIN_WATCH_DAYS * 86_400_000;
}

/** What the session's first profile write told: first contact, and whether to ask about the back. */
export interface Seen {
  firstContact: boolean;
  backCheck: boolean;
}

/**
 * The session's visit: from the session when a write already saw the user, or from one
 * `recordLaunch` write now. When the store cannot say, the disclaimer is said (an extra disclaimer
 * rather than a missed one) and the back is not asked about.
 */
export async function seeUser(input: HandlerInput, deps: SkillDeps): Promise<Seen> {
  const known = visitOf(input);
  if (known) return { firstContact: false, backCheck: known.backCheck === 'due' };
  const now = deps.clock.now();
  const launch = await fromStore(deps.logger, 'Profile unavailable at a routine start', () =>
    deps.store.profiles.recordLaunch(userIdOf(input), new Date(now), requestIdOf(input)),
  );
  const seen = {
    firstContact: !launch.ok || launch.value.firstContact,
    backCheck: launch.ok && painIsRecent(launch.value.previous, now),
  };
  keepVisit(input, { backCheck: seen.backCheck ? 'due' : 'done' });
  return seen;
}

/** What the user asked for, kept with the back check for its answer. */
export interface Choice {
  kind: RoutineKind;
  style?: RoutineStyle;
  length: RoutineLength;
}

/** "How does your back feel today?", before a routine (`choice`) or at the launch (none). */
export function askBackBefore(input: HandlerInput, choice: Choice | undefined): AskAnswer {
  keepVisit(input, { backCheck: 'due' });
  return ask(message('routines:backCheck.afterPain'), message('routines:backCheck.reprompt'), {
    kind: ROUTINE_QUESTIONS.backCheck,
    data: { before: choice ? 'routine' : 'launch', ...(choice ?? {}) },
  });
}

/**
 * The gate before a routine starts: on the user's first contact, the disclaimer to say first; in
 * the days after a pain report, the back check to ask instead.
 */
export async function beforeRoutine(
  input: HandlerInput,
  deps: SkillDeps,
  choice: Choice,
): Promise<{ ask: AskAnswer } | { opening: MessagePart[] }> {
  const seen = await seeUser(input, deps);
  if (seen.backCheck) return { ask: askBackBefore(input, choice) };
  return { opening: seen.firstContact ? [message('routines:disclaimer')] : [] };
}
