import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SkillDeps } from '../core/deps';
import { all, isAnswering, isIntent } from '../core/predicates';
import { ask, setSlice, sliceOf } from '../core/session';
import { speechOf } from '../speech/i18n';
import { isTipTopic, nextTopic, TIPS, type TipTopic } from './content';
import { TIP_INTENTS, TIP_QUESTIONS, TIP_SLOTS } from './intents';

const SLICE = 'tips';

/** The topics heard in this session (the `tips` slice), parsed defensively. */
function heardOf(input: HandlerInput): TipTopic[] {
  return (
    sliceOf(input, SLICE, (raw) =>
      typeof raw === 'object' && raw !== null && 'heard' in raw && Array.isArray(raw.heard)
        ? raw.heard.filter(isTipTopic)
        : undefined,
    ) ?? []
  );
}

/** The topic the user named, from the slot's entity-resolution id (synonyms resolve to it). */
function namedTopic(input: HandlerInput): TipTopic | undefined {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return undefined;
  const slot = request.intent.slots?.[TIP_SLOTS.topic];
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values[0]?.value.id;
    if (isTipTopic(id)) return id;
  }
  return undefined;
}

/** Says one tip and offers another. */
function sayTip(input: HandlerInput, topic: TipTopic): Response {
  const speech = speechOf(input);
  setSlice(input, SLICE, { heard: [...heardOf(input).filter((t) => t !== topic), topic] });
  ask(input, { kind: TIP_QUESTIONS.another });
  return input.responseBuilder
    .speak(`${speech.say(TIPS[topic].message)} ${speech.say('tips:another')}`)
    .reprompt(speech.say('tips:anotherReprompt'))
    .withShouldEndSession(false)
    .getResponse();
}

/** "give me a tip", "tell me about running shoes": the named topic, or one not heard yet. */
export function tipHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(TIP_INTENTS.tip),
    handle: (input) => sayTip(input, namedTopic(input) ?? nextTopic(heardOf(input), deps.random)),
  };
}

/** "Yes" (or "next") to "want another tip?". */
export function anotherTipHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isIntent(TIP_INTENTS.yes, TIP_INTENTS.next), isAnswering(TIP_QUESTIONS.another)),
    handle: (input) => sayTip(input, nextTopic(heardOf(input), deps.random)),
  };
}

/** "Repeat" while "want another tip?" waits: the last tip again, and the same question. */
export function repeatTipHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isIntent(TIP_INTENTS.repeat), isAnswering(TIP_QUESTIONS.another)),
    handle: (input) => sayTip(input, heardOf(input).at(-1) ?? nextTopic([], deps.random)),
  };
}

/** "No" to "want another tip?". */
export const noMoreTipsHandler: RequestHandler = {
  canHandle: all(isIntent(TIP_INTENTS.no), isAnswering(TIP_QUESTIONS.another)),
  handle: (input) =>
    input.responseBuilder.speak(speechOf(input).say('tips:done')).withShouldEndSession(true).getResponse(),
};

/** The tips capability's handlers. */
export function tipHandlers(deps: SkillDeps): RequestHandler[] {
  return [anotherTipHandler(deps), repeatTipHandler(deps), noMoreTipsHandler, tipHandler(deps)];
}
