import { ask, message, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, isIntent } from '../../core/predicates';
import { advance } from '../engine';
import { REST_DAY_INTENTS } from '../../restdays/intents';
import { ROUTINE_INTENTS as I, ROUTINE_QUESTIONS } from '../intents';
import { respond, stepName } from '../respond';
import { elapsedSince, hasRoutine, requireRoutine } from '../session-state';

/** Answers to questions a routine never asks: mid-routine, they are heard as a fallback. */
const STRAY_ANSWERS = [REST_DAY_INTENTS.dayAnswer];

/**
 * "Help", or something the model could not place (`AMAZON.FallbackIntent`), in the middle of a
 * routine. The response that was playing has been cut off, so the routine is paused on the step the
 * user had reached (worked out from the time since that response began) instead of running on as if
 * it were still playing. Help briefly lists the routine commands; fallback says how to go on. Both
 * end with "shall I carry on?", whose "yes" resumes (and "no" saves the place and ends). No storage
 * call: the place is saved if the session ends here. Once the last move has played, nothing is left
 * to pause, so the question is whether to finish. A step whose timer has not started (its words
 * still playing, or the break before it) is never said to be paused: the answer says it is next
 * and asks to start it. Every answer reminds the user that "my back hurts" stops everything.
 * A stray answer with no question of its own here (a bare day) is heard as a fallback.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/standard-built-in-intents.html
 */
export function routineHelpHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(I.help, I.fallback, ...STRAY_ANSWERS), hasRoutine),
    async handle(input) {
      const slice = requireRoutine(input);
      const help = isIntent(I.help)(input);
      const state = advance(slice.state, { type: 'pause' }, elapsedSince(input, slice)) ?? slice.state;
      if (state.status === 'finished') {
        // The routine stays in the session as it was, so "yes" finishes it as it would have.
        return ask(
          message(help ? 'routines:helpAtEnd' : 'routines:fallbackAtEnd'),
          message('routines:endReprompt'),
          { kind: ROUTINE_QUESTIONS.continue },
        );
      }
      const saved = slice.saved && slice.state.status === 'paused';
      const step = stepName(state);
      const started = state.offset > 0;
      const line = message(helpLine(help, started, slice.state.status === 'paused'), { step });
      return respond(input, deps, state, [line], { saved, askReady: false });
    },
  };
}

/** Which help or fallback line fits: a step not started, one paused already (a resume offer), or one this turn pauses. */
function helpLine(help: boolean, started: boolean, alreadyPaused: boolean) {
  if (!started) return help ? 'routines:helpBefore' : 'routines:fallbackBefore';
  if (alreadyPaused) return help ? 'routines:helpPaused' : 'routines:fallbackPaused';
  return help ? 'routines:help' : 'routines:fallback';
}
