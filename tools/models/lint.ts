/**
 * The offline interaction-model linter: what Alexa's cloud build would reject, and what users would
 * trip on, in every `models/<locale>.json`. Prints one line per finding; exits 1 on any error.
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
  lintModel,
  lintModelSet,
  parseModel,
  type Finding,
  type ModelUnderLint,
} from './rules';

/** Lints every model file in `dir`; the findings, errors and warnings alike. */
export async function lintModelFiles(
  dir = MODELS_DIR,
  handledIntents: readonly string[] = HANDLED_INTENTS,
): Promise<Finding[]> {
  const files = (await readdir(dir)).filter((name) => MODEL_FILE.test(name)).sort();
  const targets: ModelUnderLint[] = [];
  const findings: Finding[] = [];
  for (const name of files) {
    const parsed = parseModel(`models/${name}`, await readFile(join(dir, name), 'utf8'));
    if ('model' in parsed) targets.push(parsed);
    else findings.push(parsed);
  }
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
  lintModelFiles(dir).then(
    (findings) => {
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
