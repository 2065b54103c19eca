/**
 * Writes `models/skill.json` (the skill manifest, with a placeholder endpoint) from
 * `models/source/manifest.ts`. With `--check`, writes nothing and exits 1 when the committed file
 * differs from what the source generates.
 *
 *   npm run manifest          regenerate
 *   npm run manifest -- --check
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildManifest, ENDPOINT_PLACEHOLDER } from '../../models/source/manifest';

/** Where the committed manifest lives. */
export const MANIFEST_PATH = join(__dirname, '..', '..', 'models', 'skill.json');

/** The exact text of the committed manifest. */
export function renderManifest(): string {
  return `${JSON.stringify(buildManifest({ uri: ENDPOINT_PLACEHOLDER }), null, 2)}\n`;
}

async function main(check: boolean): Promise<number> {
  const wanted = renderManifest();
  if (!check) {
    await writeFile(MANIFEST_PATH, wanted);
    console.log('wrote models/skill.json');
    return 0;
  }
  const current = await readFile(MANIFEST_PATH, 'utf8').catch(() => '');
  if (current === wanted) return 0;
  console.error('models/skill.json differs from models/source/manifest.ts: run "npm run manifest"');
  return 1;
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
