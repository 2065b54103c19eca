import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { all, isIntent } from '../../core/predicates';
import { ask } from '../../core/session';
import { speechOf } from '../../speech/i18n';
import { advance } from '../engine';
import { ROUTINE_INTENTS as I } from '../intents';
import { play, QUESTIONS, stepName } from '../play';
import { elapsedSince, routineOf } from '../progress';

const hasRoutine = (input: HandlerInput) => routineOf(input) !== undefined;

/**
 * "Help", or something the model could not place (`AMAZON.FallbackIntent`), in the middle of a
 * routine. The response that was playing has been cut off, so the routine is paused on the step the
 * user had reached (worked out from the time since that response began) instead of running on as if
 * it were still playing. Help briefly lists the routine commands; fallback says how to go on. Both
 * end with "shall I carry on?", whose "yes" resumes (and "no" saves the place and ends). No storage
 * call: the place is saved if the session ends here. Once the last move has played, nothing is left
 * to pause, so the question is whether to finish.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/standard-built-in-intents.html
 */
export function routineHelpHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isIntent(I.help, I.fallback), hasRoutine),
    async handle(input) {
      const speech = speechOf(input);
      const slice = routineOf(input);
      if (!slice) throw new RangeError('No routine in the session');
      const prefix = isIntent(I.help)(input) ? 'routines:help' : 'routines:fallback';
      const state = advance(slice.state, { type: 'pause' }, elapsedSince(input, slice)) ?? slice.state;
      if (state.status === 'finished') {
        // The routine stays in the session as it was, so "yes" finishes it as it would have.
        ask(input, { kind: QUESTIONS.continue });
        return input.responseBuilder
          .speak(speech.say(`${prefix}AtEnd`))
          .reprompt(speech.say('routines:endReprompt'))
          .withShouldEndSession(false)
          .getResponse();
      }
      const saved = slice.saved && slice.state.status === 'paused';
      const line = speech.say(prefix, { step: stepName(state) });
      return play(input, deps, state, [line], { saved, askReady: false });
    },
  };
}
