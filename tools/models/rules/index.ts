/**
 * The offline model linter: every rule over every model, plus the checks across the locale set.
 * `tools/models/lint.ts` runs it on `models/*.json`; tests run each rule on small synthetic models.
 */
import {
  sampleCharacters,
  sampleConflict,
  sampleCount,
  sampleInvocation,
  sampleRepeated,
  sampleSlots,
} from './samples';
import { intentAndTypeCount, intentCount, modelSize, slotValueCount } from './limits';
import { intentHandlers, invocationName } from './skill';
import { slotTypeKnown, typeUsed, typeValues } from './slots';
import type { Finding, LanguageModel, LintContext, ModelUnderLint, Rule } from './types';

export { formatFinding } from './types';
export { formatUsage, limitUsage, type LimitUsage } from './limits';
export { parseModel } from './parse';
export type { Finding, LanguageModel, LintContext, ModelUnderLint, Rule } from './types';

/** Every per-model rule, in the order their findings are printed. */
export const RULES: readonly Rule[] = [
  invocationName,
  intentHandlers,
  sampleCharacters,
  sampleRepeated,
  sampleConflict,
  sampleSlots,
  sampleInvocation,
  sampleCount,
  slotTypeKnown,
  typeValues,
  typeUsed,
  modelSize,
  intentCount,
  intentAndTypeCount,
  slotValueCount,
];

/** The locales the skill ships a model for (a model set missing one fails). */
export const REQUIRED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

/** Runs the rules (all unless given) over one model. */
export function lintModel(
  target: ModelUnderLint,
  context: LintContext,
  rules: readonly Rule[] = RULES,
): Finding[] {
  return rules.flatMap((rule) =>
    rule.check(target.model, { ...context, bytes: target.bytes }).map((issue) => ({
      rule: rule.name,
      severity: issue.severity ?? 'error',
      file: target.file,
      where: issue.where,
      message: issue.message,
    })),
  );
}

function localeOf(file: string): string {
  return /([a-z]{2}-[A-Z]{2})\.json$/.exec(file)?.[1] ?? file;
}

/**
 * Checks across the set of models (`files`: every model file found, parsed or not): every required
 * locale is present, and every custom slot value
 * keeps the same id in every locale (handlers match on ids).
 */
export function lintModelSet(
  targets: readonly ModelUnderLint[],
  files: readonly string[] = targets.map((target) => target.file),
): Finding[] {
  const findings: Finding[] = [];
  const present = new Set(files.map(localeOf));
  for (const locale of REQUIRED_LOCALES)
    if (!present.has(locale))
      findings.push({
        rule: 'locales',
        severity: 'error',
        file: `models/${locale}.json`,
        where: 'model',
        message: 'is missing',
      });
  const reference = targets[0];
  if (!reference) return findings;
  const idsOf = (model: LanguageModel) =>
    new Map(
      model.types.map((type) => [
        type.name,
        type.values
          .map((value) => value.id)
          .sort()
          .join(','),
      ]),
    );
  const expected = idsOf(reference.model);
  for (const target of targets.slice(1)) {
    const actual = idsOf(target.model);
    for (const name of new Set([...expected.keys(), ...actual.keys()]))
      if (expected.get(name) !== actual.get(name))
        findings.push({
          rule: 'type-ids',
          severity: 'error',
          file: target.file,
          where: `type ${name}`,
          message: `value ids differ from ${reference.file}`,
        });
  }
  return findings;
}
