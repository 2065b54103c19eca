import type { BuildOptions } from 'esbuild';

/**
 * How the Lambda is bundled: one minified CommonJS file for Node.js 22 (runs on the stack's newer
 * runtime too) with a source map. The stack's `NodejsFunction` and `npm run build` both use these
 * options, so what is measured is what is deployed (the two bundles are byte-identical).
 *
 * Every dependency is bundled, none taken from the runtime (no `external`): the skill runs the
 * versions the lockfile pins and the tests ran. The store calls DynamoDB over its HTTP API itself
 * (lambda/store/dynamo/wire.ts), so of the AWS SDK only `@aws-sdk/util-dynamodb`'s marshalling is
 * in the bundle: the SDK's client, middleware stack and credential chain were some 330 KiB of it
 * and most of its per-call CPU (docs/benchmarks.md).
 *
 * `mainFields` prefers each package's ES module build: the AWS SDK's `dist-cjs` files are
 * pre-bundled per package and cannot be tree-shaken, its `dist-es` files can. Measured with
 * `npm run bench` while the SDK client was bundled: the bundle dropped from 778 KiB to about 580 KiB,
 * and cold starts shortened with it, since compiling the bundle dominates them.
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
