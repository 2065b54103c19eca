import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, tell, type Answer, type AnswerHandler } from '../core/answer';
import type { SkillDeps } from '../core/deps';
import { all, isAnswering, isIntent } from '../core/predicates';
import { isRecord, slotIdOf, speechOf } from '../core/request';
import { withScreen } from '../core/screen';
import { setSlice, sliceOf } from '../core/session';
import { isTipTopic, nextTopic, TIPS, type TipTopic } from './content';
import { TIP_INTENTS, TIP_QUESTIONS, TIP_SLOTS } from './intents';
import { tipScreen } from './screen';

const SLICE = 'tips';

/** The topics heard in this session (the `tips` slice), parsed defensively. */
function heardOf(input: HandlerInput): TipTopic[] {
  return (
    sliceOf(input, SLICE, (raw) =>
      isRecord(raw) && Array.isArray(raw.heard) ? raw.heard.filter(isTipTopic) : undefined,
    ) ?? []
  );
}

/** The topic the user named, from the slot's entity-resolution id (synonyms resolve to it). */
function namedTopic(input: HandlerInput): TipTopic | undefined {
  const id = slotIdOf(input, TIP_SLOTS.topic);
  return isTipTopic(id) ? id : undefined;
}

/** One tip, and the offer of another; a screen shows the tip as it is said. */
function sayTip(input: HandlerInput, topic: TipTopic): Answer {
  setSlice(input, SLICE, { heard: [...heardOf(input).filter((t) => t !== topic), topic] });
  const tip = speechOf(input).phrased(message(TIPS[topic].message));
  const answer = ask([tip, message('tips:another')], message('tips:anotherReprompt'), {
    kind: TIP_QUESTIONS.another,
  });
  return withScreen(answer, tipScreen(topic, speechOf(input).text(tip)));
}

/** "give me a tip", "tell me about running shoes": the named topic, or one not heard yet. */
export function tipHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(TIP_INTENTS.tip),
    handle: (input) => sayTip(input, namedTopic(input) ?? nextTopic(heardOf(input), deps.random)),
  };
}

/** "Yes" (or "next") to "want another tip?". */
export function anotherTipHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(TIP_INTENTS.yes, TIP_INTENTS.next), isAnswering(TIP_QUESTIONS.another)),
    handle: (input) => sayTip(input, nextTopic(heardOf(input), deps.random)),
  };
}

/** "Repeat" while "want another tip?" waits: the last tip again, and the same question. */
export function repeatTipHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(TIP_INTENTS.repeat), isAnswering(TIP_QUESTIONS.another)),
    handle: (input) => sayTip(input, heardOf(input).at(-1) ?? nextTopic([], deps.random)),
  };
}

/** "No" to "want another tip?". */
export const noMoreTipsHandler: AnswerHandler = {
  canHandle: all(isIntent(TIP_INTENTS.no), isAnswering(TIP_QUESTIONS.another)),
  handle: () => tell(message('tips:done')),
};

/** The tips capability's handlers. */
export function tipHandlers(deps: SkillDeps): AnswerHandler[] {
  return [anotherTipHandler(deps), repeatTipHandler(deps), noMoreTipsHandler, tipHandler(deps)];
}
