/**
 * What each turn said, message by message: a wrapper around the skill's per-turn speech
 * (lambda/speech/i18n.ts `speechFor`) that notes every message key a turn phrased and the words it
 * took. A test file routes `speechFor` through {@link listening} with `jest.mock`; each call of
 * `speechFor` is one turn. Only what the skill phrased at the top level is noted (a variable's inner
 * message, such as a unit inside a dose, is part of the words of the message that carries it).
 */
import type { Speech } from '../../../lambda/speech/i18n';

/** The words each message key took in one turn. */
export type Heard = Map<string, string[]>;

const turns: Heard[] = [];

/** The speech of one turn, noting what it phrases into the next entry of {@link heardTurns}. */
export function listening(speech: Speech): Speech {
  const heard: Heard = new Map();
  turns.push(heard);
  const note = (key: string, words: string): string => {
    heard.set(key, [...(heard.get(key) ?? []), words]);
    return words;
  };
  const wrapped: Speech = {
    locale: speech.locale,
    say: (key, ...vars) => note(key, speech.say(key, ...vars)),
    text: (part) => (part.phrasing !== undefined ? part.phrasing : note(part.key, speech.text(part))),
    phrased: (part) => ({ ...part, phrasing: wrapped.text(part) }),
    chosen: () => speech.chosen(),
  };
  return wrapped;
}

/** Every turn heard since the last {@link forgetTurns}, oldest first. */
export function heardTurns(): readonly Heard[] {
  return turns;
}

/** Starts a fresh record. */
export function forgetTurns(): void {
  turns.length = 0;
}
