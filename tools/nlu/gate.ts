/**
 * The corpus gate that `npm run nlu` and `npm test` hold every locale's model to: 95 % of the
 * corpus understood (intent and slots), every pain report heard as pain with its severity, and every
 * pain line said through the real skill answered as its severity needs (stop and seek care for a
 * severe word, calm advice otherwise), the routine stopped and nothing offering to carry on.
 */
import type { BehaviourSummary } from './behaviour';
import type { Summary } from './metrics';

/** Minimum shares, in percent. */
export interface Thresholds {
  /** Lines whose intent and slots are right. */
  overall: number;
  /** Pain lines answered with the pain intent. */
  pain: number;
  /** Pain lines answered with the pain intent and the labelled severity (severe word or not). */
  severity: number;
  /** Pain lines said through the real skill (resolver, envelope, handler) that get the pain answer they need. */
  painAnswer: number;
  /** Pain lines sent to the real skill as labelled (the handler alone) that get the pain answer they need. */
  painAnswerForLabel: number;
}

export const GATE: Thresholds = {
  overall: 95,
  pain: 100,
  severity: 100,
  painAnswer: 100,
  painAnswerForLabel: 100,
};

/** A figure below its threshold, with the lines that make it so. */
export interface GateFailure {
  figure: keyof Thresholds;
  locale: string;
  percent: number;
  threshold: number;
  misses: string[];
}

/** `figure 12.3 % < 95 % (en-US)` and one line per miss. */
export function formatFailure(failure: GateFailure): string {
  const head = `${failure.figure} ${failure.percent.toFixed(1)} % < ${failure.threshold} % (${failure.locale})`;
  return [head, ...failure.misses.map((miss) => `  ${miss}`)].join('\n');
}

/** The NLU figures of `summary` that are below `thresholds`, each naming its missed lines. */
export function checkSummary(summary: Summary, thresholds: Thresholds = GATE): GateFailure[] {
  const failures: GateFailure[] = [];
  const check = (figure: keyof Thresholds, percent: number, misses: string[]) => {
    if (percent < thresholds[figure])
      failures.push({ figure, locale: summary.locale, percent, threshold: thresholds[figure], misses });
  };
  const named = (misses: Summary['misses']) =>
    misses.map((m) => `${m.where} [${m.context}] "${m.say}": ${m.expected} -> ${m.got}`);
  check('overall', summary.overall.percent, named(summary.misses));
  check('pain', summary.pain.percent, named(summary.painMisses));
  check('severity', summary.severity.percent, named(summary.severityMisses));
  return failures;
}

/** The pain-through-the-skill figures of `summary` that are below `thresholds`. */
export function checkBehaviour(summary: BehaviourSummary, thresholds: Thresholds = GATE): GateFailure[] {
  const failures: GateFailure[] = [];
  const figures = [
    ['painAnswer', summary.spoken.percent, summary.spokenMisses],
    ['painAnswerForLabel', summary.labelled.percent, summary.labelledMisses],
  ] as const;
  for (const [figure, percent, misses] of figures)
    if (percent < thresholds[figure])
      failures.push({
        figure,
        locale: summary.locale,
        percent,
        threshold: thresholds[figure],
        misses: [...misses],
      });
  return failures;
}
