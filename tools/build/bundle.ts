/**
 * Bundles the Lambda with esbuild, with the options the CDK stack uses, into `dist/lambda/`.
 *   npm run build
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { LAMBDA_BUNDLE_OPTIONS } from '../../infra/bundling';

const root = join(__dirname, '..', '..');

async function main(): Promise<void> {
  const result = await build({
    ...LAMBDA_BUNDLE_OPTIONS,
    entryPoints: [join(root, 'lambda', 'index.ts')],
    outfile: join(root, 'dist', 'lambda', 'index.js'),
    metafile: true,
    logLevel: 'warning',
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`dist/lambda: ${(bytes / 1024).toFixed(1)} KiB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
