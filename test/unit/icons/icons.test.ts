/**
 * The store icons: both PNGs the manifest names exist, have the sizes Alexa asks for, and are what
 * assets/icon.svg renders (npm run icons), so an edited source cannot ship with stale icons.
 */
import { readFileSync } from 'node:fs';
import { ICON_SIZES, iconDrift, iconPath, renderIcon } from '../../../tools/icons/render';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the PNG signature. */
function pngSize(png: Buffer): { width: number; height: number; colourType: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png.readUInt8(25) };
}

describe('the skill icons', () => {
  it('are a 108 × 108 and a 512 × 512 PNG', () => {
    expect(ICON_SIZES).toEqual([108, 512]);
    for (const size of ICON_SIZES) {
      const { width, height } = pngSize(readFileSync(iconPath(size)));
      expect({ width, height }).toEqual({ width: size, height: size });
    }
  });

  it('are up to date with assets/icon.svg', async () => {
    expect(await iconDrift()).toEqual([]);
  });

  it('notice when the source changes (checks the check)', () => {
    const svg = readFileSync(require.resolve('../../../assets/icon.svg'), 'utf8');
    const edited = svg.replace('#ffb020', '#20b0ff');
    expect(edited).not.toBe(svg);
    expect(renderIcon(108, edited).equals(readFileSync(iconPath(108)))).toBe(false);
    expect(renderIcon(108, svg).equals(readFileSync(iconPath(108)))).toBe(true);
  });
});
