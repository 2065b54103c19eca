/**
 * The offline interaction-model linter: what Alexa's cloud build would reject, and what users would
 * trip on, in every `models/<locale>.json`. Prints how much of each of Alexa's documented limits the
 * models use, then one line per finding; exits 1 on any error.
 *
 *   npm run lint:models
 *   tsx tools/models/lint.ts --dir some/folder    lint the models in another folder
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HANDLED_INTENTS } from '../../lambda/skill';
import { MODEL_FILE, MODELS_DIR } from './generate';
import {
  formatFinding,
  formatUsage,
  limitUsage,
  lintModel,
  lintModelSet,
  parseModel,
  type Finding,
  type LimitUsage,
  type ModelUnderLint,
} from './rules';

/** The model files in `dir`, parsed; a file that is no model is a finding instead. */
async function readModels(
  dir: string,
): Promise<{ files: string[]; targets: ModelUnderLint[]; findings: Finding[] }> {
  const files = (await readdir(dir)).filter((name) => MODEL_FILE.test(name)).sort();
  const targets: ModelUnderLint[] = [];
  const findings: Finding[] = [];
  for (const name of files) {
    const parsed = parseModel(`models/${name}`, await readFile(join(dir, name), 'utf8'));
    if ('model' in parsed) targets.push(parsed);
    else findings.push(parsed);
  }
  return { files, targets, findings };
}

/** Each of Alexa's limits with the largest use any model in `dir` makes of it, and that model's file. */
export async function modelLimitUsage(dir = MODELS_DIR): Promise<(LimitUsage & { file: string })[]> {
  const { targets } = await readModels(dir);
  const largest = new Map<string, LimitUsage & { file: string }>();
  for (const target of targets)
    for (const usage of limitUsage(target.model, target.bytes)) {
      const known = largest.get(usage.name);
      if (!known || usage.used > known.used) largest.set(usage.name, { ...usage, file: target.file });
    }
  return [...largest.values()];
}

/** Lints every model file in `dir`; the findings, errors and warnings alike. */
export async function lintModelFiles(
  dir = MODELS_DIR,
  handledIntents: readonly string[] = HANDLED_INTENTS,
): Promise<Finding[]> {
  const { files, targets, findings } = await readModels(dir);
  for (const target of targets) findings.push(...lintModel(target, { handledIntents }));
  return [
    ...findings,
    ...lintModelSet(
      targets,
      files.map((name) => `models/${name}`),
    ),
  ];
}

if (require.main === module) {
  const at = process.argv.indexOf('--dir');
  const dir = at > 0 ? process.argv[at + 1] : undefined;
  Promise.all([lintModelFiles(dir), modelLimitUsage(dir)]).then(
    ([findings, usage]) => {
      console.log("Alexa's limits, the largest use of each:");
      for (const limit of usage) console.log(`  ${formatUsage(limit)}, ${limit.file}`);
      for (const finding of findings) console.error(formatFinding(finding));
      const errors = findings.filter((finding) => finding.severity === 'error').length;
      console.log(`model lint: ${errors} error(s), ${findings.length - errors} warning(s)`);
      process.exitCode = errors === 0 ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
