import type { BuildOptions } from 'esbuild';

/**
 * How the Lambda is bundled: one minified CommonJS file for Node.js 22 (runs on the stack's newer
 * runtime too) with a source map. The stack's `NodejsFunction` and `npm run build` both use these
 * options, so what is measured is what is deployed (the two bundles are byte-identical).
 *
 * The AWS SDK is bundled, not left to the runtime (no `external`): the skill then runs the SDK
 * version the lockfile pins and the tests ran, and the bundled `@smithy/node-http-handler` (which
 * carries the store's timeouts) cannot drift from the client it plugs into. Measured with
 * `npm run build` + `npm run measure` (docs/benchmarks.md): bundling the SDK costs bundle size and
 * some memory, and load time stayed within the noise of the measurement.
 *
 * `mainFields` prefers each package's ES module build: the AWS SDK's `dist-cjs` files are
 * pre-bundled per package and cannot be tree-shaken, its `dist-es` files can. Measured with
 * `npm run bench`: the bundle drops from 778 KiB to about 580 KiB, and cold starts shorten with it,
 * since compiling the bundle dominates them.
 */
export const LAMBDA_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  mainFields: ['module', 'main'],
} as const satisfies BuildOptions;
