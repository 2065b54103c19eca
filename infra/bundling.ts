import type { BuildOptions } from 'esbuild';

/**
 * How the Lambda is bundled: one minified CommonJS file for Node.js 22 with a source map. The stack's
 * `NodejsFunction` and `npm run build` both use these options, so what is measured is what is deployed.
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
