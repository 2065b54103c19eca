/**
 * Devices a request can come from, for the tests, the dialog scripts and the console's `--screen`
 * flag: what each announces (`Alexa.Presentation.APL` with its runtime's newest version) and its
 * viewport, in pixels at its density, as `context.Viewport` carries them. One preset per viewport
 * class the documents lay out (lambda/screens/documents), and `none` for a speaker with no screen.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-viewport-property.html
 */
import type { interfaces } from 'ask-sdk-model';
import type { ScreenOptions } from './envelopes';

interface Panel {
  mode: interfaces.viewport.Mode;
  shape: interfaces.viewport.Shape;
  pixelWidth: number;
  pixelHeight: number;
  dpi: number;
  touch: boolean;
}

/** The APL runtime the presets announce. */
export const PRESET_APL_VERSION = '2024.2';

function screen({ touch, ...panel }: Panel, aplVersion = PRESET_APL_VERSION): ScreenOptions {
  return {
    supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: aplVersion } } },
    viewport: {
      experiences: [{ canRotate: false, canResize: false }],
      ...panel,
      currentPixelWidth: panel.pixelWidth,
      currentPixelHeight: panel.pixelHeight,
      touch: touch ? ['SINGLE'] : [],
      keyboard: touch ? [] : ['DIRECTION'],
    },
  };
}

/** The screen presets, by name: 960 × 480 dp up to 1920 × 1080 dp, round, and a TV. */
export const SCREEN_DEVICES = {
  /** Echo Show 5: a short landscape hub, 960 × 480 dp. */
  'echo-show-5': screen({
    mode: 'HUB',
    shape: 'RECTANGLE',
    pixelWidth: 960,
    pixelHeight: 480,
    dpi: 160,
    touch: true,
  }),
  /** Echo Show 8: a medium landscape hub, 1280 × 800 px at 213 dpi (960 × 600 dp). */
  'echo-show-8': screen({
    mode: 'HUB',
    shape: 'RECTANGLE',
    pixelWidth: 1280,
    pixelHeight: 800,
    dpi: 213,
    touch: true,
  }),
  /** Echo Show 15: a large landscape hub, 1920 × 1080 dp. */
  'echo-show-15': screen({
    mode: 'HUB',
    shape: 'RECTANGLE',
    pixelWidth: 1920,
    pixelHeight: 1080,
    dpi: 160,
    touch: true,
  }),
  /** Echo Spot: a small round hub, 480 × 480 dp. */
  'echo-hub-round': screen({
    mode: 'HUB',
    shape: 'ROUND',
    pixelWidth: 480,
    pixelHeight: 480,
    dpi: 160,
    touch: true,
  }),
  /** Fire TV: 1920 × 1080 px at 320 dpi (960 × 540 dp), a remote and no touch. */
  tv: screen({ mode: 'TV', shape: 'RECTANGLE', pixelWidth: 1920, pixelHeight: 1080, dpi: 320, touch: false }),
} as const satisfies Record<string, ScreenOptions>;

/** A device preset's name; `none` is a device without a screen. */
export type DeviceName = keyof typeof SCREEN_DEVICES | 'none';

/** Every preset's name, `none` first. */
export const DEVICE_NAMES: readonly DeviceName[] = ['none', ...(Object.keys(SCREEN_DEVICES) as DeviceName[])];

/** Whether text names a device preset. */
export function isDeviceName(value: string): value is DeviceName {
  return (DEVICE_NAMES as readonly string[]).includes(value);
}

/** The screen a preset has (`undefined` for `none`). */
export function screenOf(name: DeviceName): ScreenOptions | undefined {
  return name === 'none' ? undefined : SCREEN_DEVICES[name];
}

/** The same device with an older APL runtime (one that cannot show the skill's documents). */
export function withAplVersion(options: ScreenOptions, aplVersion: string): ScreenOptions {
  return {
    ...options,
    supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: aplVersion } } },
  };
}
