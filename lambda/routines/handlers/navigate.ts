import {
  ask,
  message,
  type Answer,
  type AnswerHandler,
  type MessagePart,
  type PendingQuestion,
} from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, isIntent } from '../../core/predicates';
import { intentNameOf, pendingQuestionOf, speechOf, type Speech } from '../../core/request';
import { REST_DAY_QUESTIONS } from '../../restdays/intents';
import type { PlainMessageKey } from '../../speech/messages';
import { advance, atBreakPoint, remaining, type Command, type Notice, type RoutineState } from '../engine';
import { ROUTINE_INTENTS as I } from '../intents';
import { respond } from '../respond';
import { duration, shownStep } from '../segment';
import { elapsedSince, hasRoutine, requireRoutine } from '../session-state';
import { saveProgress } from '../store-writes';

const COMMANDS: Record<string, Command['type']> = {
  [I.pause]: 'pause',
  [I.resume]: 'resume',
  [I.next]: 'next',
  [I.previous]: 'back',
  [I.repeat]: 'repeat',
  [I.startOver]: 'startOver',
  [I.howLong]: 'howLong',
  [I.whatsNext]: 'whatsNext',
  [I.easier]: 'easier',
  [I.howTo]: 'tick',
  [I.whatFor]: 'tick',
};

/** The routine commands: they steer a routine that is going, and get an offer of one otherwise. */
export const NAVIGATION_INTENTS = Object.keys(COMMANDS);

/** What is said when a command could not be done as asked. */
const NOTICE_KEYS = {
  firstStep: 'routines:notice.firstStep',
  lastStep: 'routines:notice.lastStep',
  notPaused: 'routines:notice.notPaused',
  noEasier: 'routines:notice.noEasier',
} as const satisfies Record<Notice, PlainMessageKey>;

/** What is said before carrying on, for a command that moved the routine. */
const MOVED_KEYS: Readonly<Record<string, PlainMessageKey>> = {
  [I.next]: 'routines:moved.next',
  [I.previous]: 'routines:moved.back',
  [I.repeat]: 'routines:moved.repeat',
  [I.startOver]: 'routines:moved.startOver',
  [I.easier]: 'routines:moved.easier',
  [I.resume]: 'routines:moved.resume',
};

/** What to say before carrying on, for a command's result. */
function opening(speech: Speech, intent: string, state: RoutineState): MessagePart[] {
  if (state.notice) return [message(NOTICE_KEYS[state.notice])];
  const moved = MOVED_KEYS[intent];
  if (moved) return [message(moved)];
  const step = shownStep(state, state.step);
  const next = shownStep(state, state.step + 1);
  const left = remaining(state);
  switch (intent) {
    case I.howLong:
      return [
        message('routines:howLong', {
          step: duration(speech, left.step),
          total: duration(speech, left.total),
        }),
      ];
    case I.whatsNext:
      return [next ? message('routines:whatsNext', { next: next.name }) : message('routines:whatsNextLast')];
    case I.howTo:
      return [
        message('routines:howTo', { instruction: step?.instruction ?? '', safety: step?.backSafety ?? '' }),
      ];
    case I.whatFor:
      return [message('routines:whatFor', { name: step?.name ?? '', goodFor: step?.goodFor ?? '' })];
    default:
      return [];
  }
}

/**
 * Pause, resume, next, go back, repeat, start over, how much longer, what's next, how do I do this,
 * what is this for, make it easier: works out the step the user is really on from the time since the
 * playing response began, applies the command, and carries on hands-free. No storage call, except
 * the one write that saves progress on pause.
 */
export function navigationHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(...NAVIGATION_INTENTS), hasRoutine),
    async handle(input) {
      const slice = requireRoutine(input);
      const intent = intentNameOf(input) ?? '';
      const type = COMMANDS[intent] ?? 'tick';
      const elapsed = elapsedSince(input, slice);
      const state = advance(slice.state, { type } as Command, elapsed) ?? slice.state;
      if (type === 'pause' && state.status === 'paused') {
        const saved =
          slice.saved && slice.state.status === 'paused' ? true : await saveProgress(input, deps, state);
        const line = message(saved ? 'routines:paused' : 'routines:pausedNotSaved');
        return respond(input, deps, state, [line], { saved, askReady: false });
      }
      const saved = slice.saved && state.status === 'paused';
      // "Next" or "carry on" at a break point answer its question, as "yes" does: nothing to add.
      const answers = (type === 'next' || type === 'resume') && atBreakPoint(slice.state, elapsed);
      const said = answers ? [] : opening(speechOf(input), intent, state);
      return respond(input, deps, state, said, { saved });
    },
  };
}

/** Another capability's question kept open when a routine command meets it. */
function keptQuestion(pending: PendingQuestion): Answer {
  if (pending.kind !== REST_DAY_QUESTIONS.logToday)
    return ask(message('routines:noRoutinePending'), message('routines:noRoutinePendingReprompt'), pending);
  const said = pending.data?.after === 'pain' ? 'routines:noRoutineAfterPain' : 'routines:noRoutineLogToday';
  return ask(message(said), message('routines:painReprompt'), pending);
}

/**
 * Routine commands when no routine is going: says so and offers one. When another capability's yes/no
 * question is still waiting (it did not take the command as its answer), the question is kept open
 * rather than dropped: after back pain, "resume" gets no warm-up offer, only the rest-day question.
 */
export const noRoutineHandler: AnswerHandler = {
  canHandle: isIntent(...NAVIGATION_INTENTS),
  handle(input) {
    const pending = pendingQuestionOf(input);
    if (pending !== undefined && !pending.kind.startsWith('routines.')) return keptQuestion(pending);
    return ask(message('routines:noRoutine'), message('routines:listReprompt'));
  },
};
