/**
 * The skill icons the Alexa store shows, rasterised from one source image: `assets/icon.svg` →
 * `assets/icons/icon-108.png` (small) and `icon-512.png` (large), PNG as the manifest requires.
 * `@resvg/resvg-js` renders them (a prebuilt renderer installed from the npm registry: no browser,
 * no system library). With `--check`, writes nothing and exits 1 when a committed PNG is missing or
 * differs from what the SVG renders.
 *
 *   npm run icons               regenerate
 *   npm run icons -- --check
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/skill-manifest.html
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ROOT = join(__dirname, '..', '..');
/** The icon's source image. */
export const ICON_SOURCE = join(ROOT, 'assets', 'icon.svg');
/** The sizes the manifest's `smallIconUri` and `largeIconUri` take, in pixels (square). */
export const ICON_SIZES = [108, 512] as const;

/** The committed PNG of one size. */
export function iconPath(size: number): string {
  return join(ROOT, 'assets', 'icons', `icon-${size}.png`);
}

/** The PNG the source image renders to at `size` × `size` pixels. */
export function renderIcon(size: number, svg = readFileSync(ICON_SOURCE, 'utf8')): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: '#0b2a5b' }).render();
  return image.asPng();
}

/** One line per committed icon that is missing or differs from the source; empty when all match. */
export async function iconDrift(): Promise<string[]> {
  const problems: string[] = [];
  for (const size of ICON_SIZES) {
    const committed = await readFile(iconPath(size)).catch(() => undefined);
    const name = `assets/icons/icon-${size}.png`;
    if (!committed) problems.push(`${name} is missing: run "npm run icons"`);
    else if (!committed.equals(renderIcon(size)))
      problems.push(`${name} differs from assets/icon.svg: run "npm run icons"`);
  }
  return problems;
}

async function main(): Promise<number> {
  if (process.argv.includes('--check')) {
    const problems = await iconDrift();
    for (const problem of problems) console.error(problem);
    return problems.length === 0 ? 0 : 1;
  }
  for (const size of ICON_SIZES) {
    await writeFile(iconPath(size), renderIcon(size));
    console.log(`wrote assets/icons/icon-${size}.png`);
  }
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
