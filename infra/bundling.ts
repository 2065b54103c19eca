import type { BuildOptions } from 'esbuild';

/**
 * How the Lambda is bundled: one minified CommonJS file for Node.js 22 (runs on the stack's newer
 * runtime too) with a source map. The stack's `NodejsFunction` and `npm run build` both use these
 * options, so what is measured is what is deployed (the two bundles are byte-identical).
 *
 * The AWS SDK is bundled, not left to the runtime (no `external`): the skill then runs the SDK
 * version the lockfile pins and the tests ran, and the bundled `@smithy/node-http-handler` (which
 * carries the store's timeouts) cannot drift from the client it plugs into. Measured with
 * `npm run build` + `npm run measure` (README, Deploy): 796 KB of JS bundled vs 377 KB without the
 * SDK, 78 vs 67 MiB peak RSS for a launch; load time was within the noise of the measurement.
 */
export const LAMBDA_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
} as const satisfies BuildOptions;
