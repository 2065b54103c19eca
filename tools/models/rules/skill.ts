/** Rules on the model as a whole: invocation name, intents against the skill's handlers (size limits: `limits.ts`). */
import { isBuiltIn, normalize } from './text';
import type { Issue, Rule } from './types';

/** Built-in intents every custom skill's model must hold. */
export const REQUIRED_INTENTS = ['AMAZON.CancelIntent', 'AMAZON.HelpIntent', 'AMAZON.StopIntent'] as const;

/** Launch phrases and connecting words an invocation name must not contain. */
const LAUNCH_WORDS = new Set([
  'ask',
  'tell',
  'open',
  'launch',
  'load',
  'begin',
  'enable',
  'start',
  'talk',
  'use',
]);
const CONNECTING_WORDS = new Set(['to', 'from', 'by', 'if', 'and', 'whether']);
const WAKE_WORDS = new Set(['alexa', 'amazon', 'echo', 'computer', 'skill', 'app']);
/** Words a two-word invocation name must not have (articles, prepositions, pronouns). */
const SMALL_WORDS = new Set(['the', 'a', 'an', 'for', 'to', 'of', 'my']);

/**
 * The invocation name: lower-case letters, spaces, possessive apostrophes and abbreviation periods;
 * two or more words; no launch phrases, connecting words or wake words; no article or preposition in
 * a two-word name.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/choose-the-invocation-name-for-a-custom-skill.html
 */
export const invocationName: Rule = {
  name: 'invocation-name',
  check(model) {
    const name = model.invocationName;
    const where = `invocation name "${name}"`;
    const issues: Issue[] = [];
    if (!/^[a-z][a-z .']*$/.test(name) || name !== name.trim() || /\s{2}/.test(name))
      issues.push({
        where,
        message: 'must be lower-case letters, single spaces, apostrophes and periods only',
      });
    const words = normalize(name).split(' ').filter(Boolean);
    if (words.length < 2) issues.push({ where, message: 'must have at least two words' });
    if (words.length === 2 && words.some((word) => SMALL_WORDS.has(word)))
      issues.push({ where, message: 'a two-word name must not use an article, preposition or pronoun' });
    for (const word of words) {
      if (LAUNCH_WORDS.has(word))
        issues.push({ where, message: `must not contain the launch word "${word}"` });
      if (CONNECTING_WORDS.has(word))
        issues.push({ where, message: `must not contain the connecting word "${word}"` });
      if (WAKE_WORDS.has(word)) issues.push({ where, message: `must not contain the wake word "${word}"` });
    }
    return issues;
  },
};

/**
 * Intents against the skill's code: every intent has a handler, every handled intent is in the
 * model, names are valid and unique, and Alexa's required built-ins are there.
 */
export const intentHandlers: Rule = {
  name: 'intent-handlers',
  check(model, { handledIntents }) {
    const handled = new Set(handledIntents);
    const names = model.intents.map((intent) => intent.name);
    const issues: Issue[] = [];
    names.forEach((name, index) => {
      const where = `intent ${name}`;
      if (names.indexOf(name) !== index) issues.push({ where, message: 'is declared twice' });
      if (!(isBuiltIn(name) ? /^AMAZON\.[A-Za-z]+$/ : /^[A-Za-z][A-Za-z_]*$/).test(name))
        issues.push({ where, message: 'has an invalid name: letters and underscores only' });
      if (!handled.has(name))
        issues.push({ where, message: 'has no handler (not in HANDLED_INTENTS of lambda/skill.ts)' });
    });
    for (const name of handledIntents)
      if (!names.includes(name))
        issues.push({
          where: `intent ${name}`,
          message: 'is handled by the skill but missing from this model',
        });
    for (const name of REQUIRED_INTENTS)
      if (!names.includes(name))
        issues.push({ where: `intent ${name}`, message: 'is required in every custom skill model' });
    return issues;
  },
};
