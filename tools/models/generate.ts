/**
 * Writes `models/<locale>.json` from `models/source/`. With `--check`, writes nothing and exits 1 when
 * a committed model differs from what the source generates (the files drifted).
 *
 *   npm run models          regenerate
 *   npm run models:check    fail on drift
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildModel, LOCALES } from '../../models/source';

const MODELS_DIR = join(__dirname, '..', '..', 'models');

/** The exact text a generated model file holds. */
export function renderModel(locale: (typeof LOCALES)[number]): string {
  return `${JSON.stringify(buildModel(locale), null, 2)}\n`;
}

async function main(check: boolean): Promise<number> {
  let drifted = 0;
  for (const locale of LOCALES) {
    const path = join(MODELS_DIR, `${locale}.json`);
    const wanted = renderModel(locale);
    if (check) {
      const current = await readFile(path, 'utf8').catch(() => '');
      if (current !== wanted) {
        drifted += 1;
        console.error(`models/${locale}.json differs from models/source: run "npm run models"`);
      }
    } else {
      await writeFile(path, wanted);
      console.log(`wrote models/${locale}.json`);
    }
  }
  return drifted === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.includes('--check')).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
