/**
 * How much a routine talks, measured on every routine, length and locale, with the first and the last
 * phrasings: run hands-free from the start to the closing question, each continue prompt answered
 * ("yes", "next", "carry on" in turn), and paused and resumed in a session and in the next one.
 * - at most 25 words before the first timer of a start (the one-sentence disclaimer of a first
 *   contact aside), at most 15 on a resume and after a continue prompt is answered;
 * - at most one continue prompt in a quick (about 5-minute) routine and two in a full (about
 *   10-minute) one;
 * - no message said in the same words in two consecutive responses;
 * - never two time cues within 5 seconds;
 * - a one-sided move says "switch sides" at its half (or breaks there and starts the other side).
 */
import { ROUTINES, stepsOf, type RoutineLength } from '../../../lambda/routines/catalog';
import { SUPPORTED_LOCALES } from '../../../lambda/speech/locales';
import { conversation } from '../../../harness/conversation';
import { messagePattern } from '../../../harness/messages';
import { reprompted } from '../../../harness/speech';
import { forgetTurns, heardTurns } from './hearing';
import {
  beforeFirstTimer,
  pauseAndResume,
  resumeNextSession,
  runHandsFree,
  switchOffset,
  timeCuesOf,
  wordCount,
  type Turn,
} from './measure';

jest.mock('../../../lambda/speech/i18n', () => {
  const actual = jest.requireActual<typeof import('../../../lambda/speech/i18n')>(
    '../../../lambda/speech/i18n',
  );
  const { listening } = jest.requireActual<typeof import('./hearing')>('./hearing');
  return {
    ...actual,
    speechFor: (...args: Parameters<typeof actual.speechFor>) => listening(actual.speechFor(...args)),
  };
});

const START_WORDS = 25;
const RESUME_WORDS = 15;
const PROMPTS: Record<RoutineLength, number> = { quick: 1, full: 2 };
const CUE_GAP = 5;
/** How far from a one-sided move's half its switch cue may fall (a cue waits for the instruction). */
const SWITCH_SLACK = 3;

const lengths: RoutineLength[] = ['quick', 'full'];
const phrasings = [
  ['first', () => 0],
  ['last', () => 0.9999],
] as const;
const cases = ROUTINES.flatMap((r) =>
  lengths.flatMap((length) =>
    SUPPORTED_LOCALES.flatMap((locale) =>
      phrasings.map(([name, random]) => [r.id, length, locale, name, random] as const),
    ),
  ),
);

/** Message keys whose words may recur: fragments with one natural form, and the move's own name. */
const ONE_FORM = /^routines:(unit|dose|count|length|kindWord|careWho|bodyPart)\./;

describe.each(cases)('%s %s in %s, %s phrasings', (id, length, locale, _name, random) => {
  const fresh = () => conversation({ random }, { locale });

  it('talks little before each timer, asks to continue at most as often as allowed, and never repeats itself', async () => {
    forgetTurns();
    const turns = await runHandsFree(id, length, fresh());
    const heard = heardTurns();
    const disclaimer = new RegExp(messagePattern('routines:disclaimer', { locale }).source, 'giu');
    const [first, ...rest] = turns as [Turn, ...Turn[]];
    expect(wordCount(beforeFirstTimer(first.text, disclaimer))).toBeLessThanOrEqual(START_WORDS);
    for (const turn of rest) expect(wordCount(beforeFirstTimer(turn.text))).toBeLessThanOrEqual(RESUME_WORDS);
    // The run ends at the closing question, after at most so many continue prompts.
    expect(turns.at(-1)?.question).toBe('routines.backCheck');
    expect(turns.length - 1).toBeLessThanOrEqual(PROMPTS[length]);
    // What each response said, message by message (only words that were heard: speech and reprompt).
    const said = heard.map((turn, i) => {
      const response = turns[i];
      const text = response ? `${response.text} ${reprompted(response.response)}` : '';
      return new Map([...turn].map(([key, words]) => [key, words.filter((w) => text.includes(w))]));
    });
    for (let i = 1; i < said.length; i += 1) {
      for (const [key, words] of said[i] ?? []) {
        const before = said[i - 1]?.get(key) ?? [];
        if (ONE_FORM.test(key) || words.length === 0 || before.length === 0) continue;
        // A cue said again and again inside one response (go, halfway) never takes the words it
        // took last; any other message takes none of the words it took in the response before.
        const recurring = words.length > 1 || before.length > 1;
        const repeated = recurring
          ? before.at(-1) === words[0]
            ? [words[0]]
            : []
          : words.filter((w) => before.includes(w));
        expect({ key, repeated }).toEqual({ key, repeated: [] });
      }
    }
  });

  it('keeps time cues 5 seconds apart and says switch sides at the half of a one-sided move', async () => {
    const turns = await runHandsFree(id, length, fresh());
    for (const turn of turns) {
      const cues = timeCuesOf(turn.text, locale);
      for (let i = 1; i < cues.length; i += 1)
        expect((cues[i] ?? 0) - (cues[i - 1] ?? 0)).toBeGreaterThanOrEqual(CUE_GAP);
    }
    const switches = stepsOf(id, length).flatMap((step, index) =>
      step.oneSided ? [{ move: step.id, off: switchOffset(turns, index, step, locale) }] : [],
    );
    for (const { move, off } of switches)
      expect({ move, late: Math.abs(off ?? Infinity) > SWITCH_SLACK }).toEqual({ move, late: false });
  });

  it('says little before the timer on a resume, in the session and in the next one', async () => {
    for (const resume of [pauseAndResume, resumeNextSession]) {
      const turn = await resume(id, length, fresh());
      expect(turn.text).toMatch(/\[pause/);
      expect(wordCount(beforeFirstTimer(turn.text))).toBeLessThanOrEqual(RESUME_WORDS);
    }
  });
});
