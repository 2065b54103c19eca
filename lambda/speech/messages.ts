/**
 * Typed message keys. Every key the skill can say is derived from the `en` resource objects (declared
 * `as const`), so a misspelt or missing key is a compile error, and each key's variables are the
 * `{{name}}` placeholders of its phrasings, so a missing or unknown variable is one too.
 *
 * A message is named, not phrased: {@link message} builds a part of an answer, and the renderer
 * (lambda/core/render.ts) picks the phrasing, fills in the variables and escapes the text.
 */
import { english, type English } from './locales';

/** One capability's namespace in the resources: `conversation`, `routines`, `restdays`, `tips`. */
export type Namespace = keyof English;

/** The dotted paths to every list of phrasings in a resource object. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends readonly string[] ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** Every message the skill can say: `namespace:path`, e.g. `routines:cue.halfway`. */
export type MessageKey = { [N in Namespace]: `${N}:${Paths<English[N]>}` }[Namespace];

/** The value at a dotted path of an object type. */
type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** The phrasings of a key (a tuple of string literal types). */
type PhrasingsOf<K extends MessageKey> = K extends `${infer N}:${infer P}`
  ? N extends Namespace
    ? At<English[N], P>
    : never
  : never;

/** The `{{name}}` placeholders of one phrasing. */
type PlaceholdersIn<S> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

/** The names of the variables a key's phrasings use (over all its phrasings). */
export type MessageVarName<K extends MessageKey> = PlaceholdersIn<
  PhrasingsOf<K> extends readonly (infer S)[] ? S : never
>;

/** The keys whose phrasings take no variables (for typed key maps: `Record<Kind, PlainMessageKey>`). */
export type PlainMessageKey = {
  [K in MessageKey]: [MessageVarName<K>] extends [never] ? K : never;
}[MessageKey];

/** A variable's value: text, a number, or another message said in its place (phrased first). */
export type MessageValue = string | number | MessagePart;

/** The variables of a key, each required. */
export type MessageVars<K extends MessageKey> = { readonly [V in MessageVarName<K>]: MessageValue };

/** `message(key)` for a key without variables, `message(key, vars)` for one with them. */
export type VarsArgument<K extends MessageKey> = [MessageVarName<K>] extends [never] ? [] : [MessageVars<K>];

/**
 * A message in an answer: its key and its variables. `phrasing` is set when the phrasing had to be
 * chosen before the answer was rendered (a routine places its timers after the words it says first).
 */
export interface MessagePart {
  readonly kind: 'message';
  readonly key: MessageKey;
  readonly vars: Readonly<Record<string, MessageValue>>;
  readonly phrasing?: string;
}

/** A message part for `key` with its variables. */
export function message<K extends MessageKey>(key: K, ...vars: VarsArgument<K>): MessagePart {
  return { kind: 'message', key, vars: vars[0] ?? {} };
}

/** Whether a value is a message part (rather than text or a number). */
export function isMessagePart(value: MessageValue): value is MessagePart {
  return typeof value === 'object';
}

/** The dotted paths to the phrasing lists under `tree`. */
function pathsOf(tree: unknown, path: readonly string[]): string[] {
  if (Array.isArray(tree) || typeof tree !== 'object' || tree === null) return [path.join('.')];
  return Object.entries(tree).flatMap(([key, value]) => pathsOf(value, [...path, key]));
}

/** Every message key, at run time (the same set as {@link MessageKey}). */
export const MESSAGE_KEYS: readonly MessageKey[] = Object.entries(english).flatMap(([namespace, tree]) =>
  pathsOf(tree, []).map((path) => `${namespace}:${path}` as MessageKey),
);

/** Whether text names a message (a key written in a test script, say). */
export function isMessageKey(value: string): value is MessageKey {
  return (MESSAGE_KEYS as readonly string[]).includes(value);
}
