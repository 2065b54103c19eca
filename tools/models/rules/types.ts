/** The language model of an ASK interaction model (what the rules read), typed against SMAPI. */
export type { LanguageModel, ModelIntent, ModelType } from '../../../models/source';
import type { LanguageModel } from '../../../models/source';

/** `error` fails the lint (Alexa would reject it, or users would trip on it); `warning` does not. */
export type Severity = 'error' | 'warning';

/** What a rule found, before the runner adds the file and rule name. */
export interface Issue {
  /** Where in the model: `intent LogRunIntent`, `type RUN_KIND`, `invocation name`, `model`. */
  where: string;
  message: string;
  severity?: Severity;
}

/** One finding, printed as one line: `models/en-GB.json: intent X: sample "…" is also in Y`. */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  where: string;
  message: string;
}

/** One model file to lint. */
export interface ModelUnderLint {
  /** As printed: `models/en-GB.json`. */
  file: string;
  model: LanguageModel;
  /** The size of the file in bytes (Alexa limits the whole model's size). */
  bytes: number;
}

/** What the skill's code says the models must hold. */
export interface LintContext {
  /** Every intent some handler answers (`HANDLED_INTENTS` in lambda/skill.ts). */
  handledIntents: readonly string[];
}

/** One rule: a name, what it checks, and the check. */
export interface Rule {
  name: string;
  check(model: LanguageModel, context: LintContext & { bytes: number }): Issue[];
}

/** Formats a finding as its one line. */
export function formatFinding(finding: Finding): string {
  const prefix = finding.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${finding.file}: ${finding.where}: ${finding.message}`;
}
