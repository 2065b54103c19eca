/**
 * Writes `models/skill.json` (the skill manifest, with a placeholder endpoint and policy URLs) from
 * `models/source/manifest.ts`. With `--check`, writes nothing and exits 1 when the committed file
 * differs from what the source generates.
 *
 *   npm run manifest          regenerate
 *   npm run manifest -- --check
 */
import { join } from 'node:path';
import { buildManifest, ENDPOINT_PLACEHOLDER, POLICY_URL_PLACEHOLDERS } from '../../models/source/manifest';
import { driftOf, runGenerator, type GeneratedFile } from '../generated-files';

/** Where the committed manifest lives. */
export const MANIFEST_PATH = join(__dirname, '..', '..', 'models', 'skill.json');

/** The exact text of the committed manifest. */
export function renderManifest(): string {
  return `${JSON.stringify(buildManifest({ uri: ENDPOINT_PLACEHOLDER }, POLICY_URL_PLACEHOLDERS), null, 2)}\n`;
}

const MANIFEST: GeneratedFile = { path: MANIFEST_PATH, name: 'models/skill.json', render: renderManifest };

if (require.main === module)
  runGenerator(
    () => [MANIFEST],
    () => driftOf([MANIFEST], { source: 'models/source/manifest.ts', command: 'npm run manifest' }),
  );
