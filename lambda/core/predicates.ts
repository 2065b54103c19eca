import type { HandlerInput } from 'ask-sdk-core';
import { intentNameOf, pendingQuestionOf, requestTypeOf } from './request';

/** Shared `canHandle` building blocks, so every handler states its conditions the same way. */
export type Predicate = (input: HandlerInput) => boolean;

/** True for a request of the given type (`LaunchRequest`, `SessionEndedRequest`, …). */
export const isRequest =
  (...types: string[]): Predicate =>
  (input) =>
    types.includes(requestTypeOf(input));

/** True for an `IntentRequest` for one of the given intent names. */
export const isIntent =
  (...names: string[]): Predicate =>
  (input) =>
    names.includes(intentNameOf(input) ?? '');

/** True when the skill's last turn asked a question of this kind and it is still waiting for an answer. */
export const isAnswering =
  (kind: string): Predicate =>
  (input) =>
    pendingQuestionOf(input)?.kind === kind;

/** All of the predicates hold. */
export const all =
  (...predicates: Predicate[]): Predicate =>
  (input) =>
    predicates.every((p) => p(input));

/** Any of the predicates holds. */
export const any =
  (...predicates: Predicate[]): Predicate =>
  (input) =>
    predicates.some((p) => p(input));
