/**
 * The command lines of the deploy (docs/deploy.md):
 *
 *   npm run deploy [-- --ask-profile NAME --aws-profile NAME --region REGION --alarm-email ADDRESS --yes]
 *   npm run destroy [-- --ask-profile NAME --aws-profile NAME --region REGION --yes]
 *
 * Exit codes: 0 done, 1 a step failed (the step, the problem and what to do are printed), 2 bad flags
 * or settings.
 */
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { DEPLOY_FLAGS, DEPLOY_HELP, DESTROY_FLAGS, DESTROY_HELP, parseFlags } from './args';
import { deploy, describeFailure } from './deploy';
import { destroy } from './destroy';
import { DeployError, type DeployContext } from './exec';
import { SettingsError } from './settings';

const ROOT = join(__dirname, '..', '..');

/** Reads typed answers line by line; at the end of the input every question gets `undefined`. */
export function lineReader(input: Readable, output: (text: string) => void): DeployContext['ask'] {
  const lines = createInterface({ input, terminal: false })[Symbol.asyncIterator]();
  return async (question) => {
    output(question);
    const next = await lines.next();
    return next.done ? undefined : next.value;
  };
}

/**
 * The tools' PATH: as given (so `npm run` finds the project's own ASK CLI and CDK first, and a test
 * can put stand-ins before them), with the project's `node_modules/.bin` as the last resort.
 */
export function toolPath(env: NodeJS.ProcessEnv, root = ROOT): string {
  return [env.PATH ?? '', join(root, 'node_modules', '.bin')].filter(Boolean).join(delimiter);
}

/** Runs `deploy` or `destroy` with these arguments; resolves the exit code. */
export async function main(
  command: string | undefined,
  args: readonly string[],
  ctx: DeployContext,
): Promise<number> {
  const isDestroy = command === 'destroy';
  if (command !== 'deploy' && !isDestroy) {
    ctx.print('usage: tsx tools/deploy/main.ts deploy|destroy [flags] (npm run deploy, npm run destroy)');
    return 2;
  }
  try {
    const flags = parseFlags(args, isDestroy ? DESTROY_FLAGS : DEPLOY_FLAGS);
    if (flags.help) {
      ctx.print(isDestroy ? DESTROY_HELP : DEPLOY_HELP);
      return 0;
    }
    await (isDestroy ? destroy(ctx, flags) : deploy(ctx, flags));
    return 0;
  } catch (error) {
    if (error instanceof SettingsError) {
      ctx.print(`✗ ${error.message}`);
      return 2;
    }
    if (error instanceof DeployError) {
      for (const line of describeFailure(error)) ctx.print(line);
      return error.step === 'settings' ? 2 : 1;
    }
    throw error;
  }
}

if (require.main === module) {
  const env = { ...process.env, PATH: toolPath(process.env) };
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const ctx: DeployContext = {
    root: ROOT,
    env,
    print,
    ask: lineReader(process.stdin, (text) => process.stdout.write(text)),
  };
  main(process.argv[2], process.argv.slice(3), ctx).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
