/**
 * One evaluation of the corpus, shared by `npm run nlu` and the jest gate: load and validate the
 * corpus, resolve every line of each locale through that locale's model, send the pain lines
 * through the real skill, and hold the figures to the gate.
 */
import { loadModel, modelPathFor } from '../console/model';
import { checkPainBehaviour, summariseBehaviour, type BehaviourSummary } from './behaviour';
import { CORPUS_DIR, loadCorpus, type CorpusLine, type CorpusProblem } from './corpus';
import { evaluate } from './evaluate';
import { checkBehaviour, checkSummary, GATE, type GateFailure } from './gate';
import { DEFAULT_LOCALE } from './labels';
import { summarise, type Summary } from './metrics';
import { validateLines } from './validate';

/** What to evaluate. */
export interface RunOptions {
  locales: readonly string[];
  /** Only lines said in this context (`question:` alone takes every question). */
  context?: string;
  /** Only lines of this file (its name, with or without `.yaml`). */
  file?: string;
  corpusDir?: string;
  /** Also send the pain lines through the real skill (default true). */
  behaviour?: boolean;
}

/** The outcome of one run. */
export interface RunResult {
  /** Corpus lines that do not fit the schema or the model's vocabulary; nothing is evaluated then. */
  problems: CorpusProblem[];
  /** The lines evaluated (after filters). */
  lines: CorpusLine[];
  summaries: Summary[];
  behaviour: BehaviourSummary[];
  /** Undefined when filters left part of the corpus out. */
  failures?: GateFailure[];
}

/** True when `line` passes the run's filters. */
function selected(line: CorpusLine, options: RunOptions): boolean {
  const { context, file } = options;
  if (
    context !== undefined &&
    line.context !== context &&
    !(context.endsWith(':') && line.context.startsWith(context))
  )
    return false;
  if (file !== undefined) {
    const name = line.file.split('/').at(-1) ?? '';
    if (name !== file && name !== `${file}.yaml`) return false;
  }
  return true;
}

/** Lines that belong to `locale` (untagged lines belong to every locale). */
export const linesOf = (lines: readonly CorpusLine[], locale: string): CorpusLine[] =>
  lines.filter((line) => !line.locales || line.locales.includes(locale));

/** Runs the evaluation. */
export async function runNlu(options: RunOptions): Promise<RunResult> {
  const corpus = loadCorpus(options.corpusDir ?? CORPUS_DIR);
  const problems = [
    ...corpus.problems,
    ...validateLines(loadModel(modelPathFor(DEFAULT_LOCALE)), corpus.lines),
  ];
  const lines = corpus.lines.filter((line) => selected(line, options));
  if (problems.length > 0) return { problems, lines, summaries: [], behaviour: [] };
  const summaries: Summary[] = [];
  const behaviour: BehaviourSummary[] = [];
  for (const locale of options.locales) {
    const model = loadModel(modelPathFor(locale));
    const own = linesOf(lines, locale);
    summaries.push(summarise(locale, evaluate(model, own)));
    if (options.behaviour !== false)
      behaviour.push(summariseBehaviour(locale, await checkPainBehaviour(model, own, { locale })));
  }
  const whole = options.context === undefined && options.file === undefined && options.behaviour !== false;
  return {
    problems,
    lines,
    summaries,
    behaviour,
    ...(whole
      ? {
          failures: [
            ...summaries.flatMap((summary) => checkSummary(summary, GATE)),
            ...behaviour.flatMap((summary) => checkBehaviour(summary, GATE)),
          ],
        }
      : {}),
  };
}
