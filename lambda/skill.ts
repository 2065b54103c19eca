import { SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { AnswerHandler } from './core/answer';
import type { SkillDeps } from './core/deps';
import { assertRequestEnvelope } from './core/envelope';
import { beginTurn, toErrorHandler, toRequestHandler, type AnswerPipeline } from './core/render';
import { localeOf } from './core/request';
import { saidBefore } from './core/session';
import { ConfigError } from './core/errors';
import { runTurn, startTurn, turnBound } from './core/turn';
import {
  errorHandler,
  exitHandler,
  fallbackHandler,
  helpHandler,
  launchHandler,
  silentHandler,
} from './conversation/handlers';
import { conversationIntents } from './conversation/intents';
import { reaskInterceptor } from './conversation/questions';
import { routineCatchAllHandlers, routineHandlers } from './routines/handlers';
import { interruptedRoutineInterceptor } from './routines/interrupted';
import { routineIntents } from './routines/intents';
import { restDayHandlers } from './restdays';
import { createScreenRenderer } from './screens/render';
import { restDayIntents } from './restdays/intents';
import { tipHandlers } from './tips/handlers';
import { tipIntents } from './tips/intents';
import { createI18n, speechFor } from './speech/i18n';

export type { SkillDeps } from './core/deps';

/**
 * Every intent some handler of the skill answers; each capability contributes its `intents.ts` list.
 * The model linter checks that every model has exactly these intents.
 */
export const HANDLED_INTENTS: readonly string[] = [
  ...new Set<string>([...routineIntents, ...restDayIntents, ...tipIntents, ...conversationIntents]),
];

/** The Lambda entry's shape: an Alexa request envelope in, a response envelope out. */
export type SkillHandler = (event: unknown, context?: unknown) => Promise<ResponseEnvelope>;

/** A built skill. */
export interface RunCoachSkill {
  /** The Lambda handler: validates the envelope, then runs the ASK SDK skill. */
  handler: SkillHandler;
}

/**
 * Builds Run Coach from its dependencies. Production wiring (`index.ts`), the tests and the local
 * console all call this with their own store, clock, time-zone lookup, random source and logger.
 *
 * Handlers are tried in the order listed: specific capabilities first, the built-in conversation's
 * catch-alls last. Each returns an answer; the one renderer (lambda/core/render.ts) makes the
 * response, after the answer interceptors (a routine another capability cut off is paused there),
 * with the APL screen (lambda/screens) on devices that have one. A screen's touch buttons arrive as
 * `UserEvent`s that read as their spoken commands (lambda/core/request.ts), so no handler is theirs.
 */
export function createSkill(given: SkillDeps): RunCoachSkill {
  if (!given.skillId)
    throw new ConfigError('createSkill needs the skill ID: requests of other skills are refused');
  // Every store and Settings API call goes through the running turn: its one deadline (lambda/core/turn.ts).
  const deps = turnBound(given);
  const i18n = createI18n();
  const pipeline: AnswerPipeline = {
    interceptors: [interruptedRoutineInterceptor(deps), reaskInterceptor],
    screens: createScreenRenderer(),
  };
  const handlers: AnswerHandler[] = [
    ...routineHandlers(deps),
    ...restDayHandlers(deps),
    ...tipHandlers(deps),
    ...routineCatchAllHandlers(),
    launchHandler(deps),
    helpHandler,
    exitHandler,
    fallbackHandler,
    silentHandler(deps),
  ];
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...handlers.map((handler) => toRequestHandler(handler, pipeline)))
    .addRequestInterceptors((input) => {
      beginTurn(input, speechFor(i18n, localeOf(input), deps.random, saidBefore(input)));
    })
    .addErrorHandlers(toErrorHandler(errorHandler(deps), pipeline))
    .withCustomUserAgent('run-coach')
    .withSkillId(deps.skillId);
  const skill = builder.create();

  return {
    async handler(event, context) {
      try {
        assertRequestEnvelope(event);
        return await runTurn(startTurn(deps.clock, context), () =>
          skill.invoke(event satisfies RequestEnvelope, context),
        );
      } finally {
        deps.metrics.flush();
      }
    },
  };
}
