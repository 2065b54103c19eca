/**
 * The NLU gate: the labelled corpus of natural utterances (test/nlu) must be understood by the
 * interaction model at the thresholds of tools/nlu/gate.ts, pain above all, and every pain line must
 * get the pain answer it needs from the real skill. A failure names every line that misses. The
 * held-out corpus (test/nlu/heldout-v3), once it exists, must load and validate; its figures are
 * reported, not gated.
 */
import { existsSync } from 'node:fs';
import { loadModel, modelPathFor } from '../../../tools/console/model';
import { checkPainBehaviour, summariseBehaviour } from '../../../tools/nlu/behaviour';
import { formatProblem, HELDOUT_DIR, loadCorpus, type CorpusLine } from '../../../tools/nlu/corpus';
import { evaluate, isPainLine } from '../../../tools/nlu/evaluate';
import { checkBehaviour, checkSummary, formatFailure, GATE } from '../../../tools/nlu/gate';
import { ALL_LOCALES, DEFAULT_LOCALE, isSevere, QUESTION_KINDS } from '../../../tools/nlu/labels';
import { summarise } from '../../../tools/nlu/metrics';
import { countLines } from '../../../tools/nlu/report';
import { linesOf } from '../../../tools/nlu/run';
import { validateLines } from '../../../tools/nlu/validate';

const corpus = loadCorpus();
const heldout = existsSync(HELDOUT_DIR) ? loadCorpus(HELDOUT_DIR) : { lines: [], problems: [] };
const model = loadModel(modelPathFor(DEFAULT_LOCALE));

/** Whether `lines` hold ordinary and severe pain reports at top level, mid-routine and as one-shots. */
function painShapes(lines: readonly CorpusLine[]) {
  const contexts = ['top', 'routine', 'oneshot'];
  const shapes = contexts.map((context) => {
    const pain = lines.filter((line) => isPainLine(line) && line.context === context);
    return {
      context,
      ordinary: pain.some((line) => !isSevere(line.slots.painWord)),
      severe: pain.some((line) => isSevere(line.slots.painWord)),
    };
  });
  return { shapes, expected: contexts.map((context) => ({ context, ordinary: true, severe: true })) };
}

/** The question kinds no line of `lines` answers. */
const unanswered = (lines: readonly CorpusLine[]) => {
  const asked = new Set(lines.map((line) => line.context));
  return QUESTION_KINDS.filter((kind) => !asked.has(`question:${kind}`));
};

describe('the NLU corpus', () => {
  it('fits its schema and names only intents, slots and values the model has or is growing', () => {
    expect([...corpus.problems, ...validateLines(model, corpus.lines)].map(formatProblem)).toEqual([]);
  });

  it('has at least 1,500 lines, 350 pain reports and 90 each of yes and no (the second corpus included)', () => {
    const counts = countLines(corpus.lines);
    expect(counts.total).toBeGreaterThanOrEqual(1500);
    expect(counts.pain).toBeGreaterThanOrEqual(350);
    expect(counts.yes).toBeGreaterThanOrEqual(90);
    expect(counts.no).toBeGreaterThanOrEqual(90);
  });

  it('has pain reports at top level, mid-routine and as one-shots, severe ones in each', () => {
    const { shapes, expected } = painShapes(corpus.lines);
    expect(shapes).toEqual(expected);
  });

  it('answers every question the skill asks', () => {
    expect(unanswered(corpus.lines)).toEqual([]);
  });
});

describe('the held-out NLU corpus', () => {
  it('fits the same schema and names only intents, slots and values the model has or is growing, once it exists', () => {
    expect([...heldout.problems, ...validateLines(model, heldout.lines)].map(formatProblem)).toEqual([]);
  });
});

describe('the NLU gate', () => {
  it(`${DEFAULT_LOCALE}: overall, pain and pain severity at the gate`, () => {
    const summary = summarise(DEFAULT_LOCALE, evaluate(model, linesOf(corpus.lines, DEFAULT_LOCALE)));
    expect(checkSummary(summary, GATE).map(formatFailure)).toEqual([]);
  });

  it.each(ALL_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE))(
    '%s: pain and pain severity at the gate',
    (locale) => {
      const pain = linesOf(corpus.lines, locale).filter(isPainLine);
      const summary = summarise(locale, evaluate(loadModel(modelPathFor(locale)), pain));
      expect(checkSummary(summary, { ...GATE, overall: 0 }).map(formatFailure)).toEqual([]);
    },
  );

  it(`${DEFAULT_LOCALE}: pain said to the real skill gets the pain answer it needs`, async () => {
    const results = await checkPainBehaviour(model, linesOf(corpus.lines, DEFAULT_LOCALE), {
      locale: DEFAULT_LOCALE,
    });
    expect(results.length).toBeGreaterThan(0);
    expect(checkBehaviour(summariseBehaviour(DEFAULT_LOCALE, results), GATE).map(formatFailure)).toEqual([]);
  });
});
