/**
 * Runs the ASK CLI and the CDK CLI for the deploy: found on PATH (`npm run` puts the project's own
 * `node_modules/.bin` first), without a terminal, their whole output kept in one log file per step
 * so the terminal shows one line per step.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { deployDir, type StepName } from './settings';

/** Thrown when a step cannot finish: what went wrong and what to do, for the deployer. */
export class DeployError extends Error {
  override readonly name = 'DeployError';
  constructor(
    readonly step: StepName | 'settings' | 'destroy',
    readonly problem: string,
    readonly advice: string,
    readonly logTail?: string,
  ) {
    super(`${step}: ${problem}`);
  }
}

/** Where the deploy runs: the repository, the environment for the tools, and its own output. */
export interface DeployContext {
  /** Where skill.config.json, skill-project/, cdk-outputs.json and .local/deploy/ are. */
  root: string;
  /** The environment the ASK CLI and CDK run with (PATH finds them). */
  env: NodeJS.ProcessEnv;
  /** Prints one line for the deployer. */
  print: (line: string) => void;
  /** Reads one line typed by the deployer; undefined at the end of the input. */
  ask: (question: string) => Promise<string | undefined>;
}

/** A finished command: its exit code and everything it printed. */
export interface CommandResult {
  code: number;
  output: string;
  /** The log file, relative to the repository. */
  log: string;
}

/** The log file of one step. */
export function logFile(root: string, step: string): string {
  return join(deployDir(root), `${step.replace(/\s+/g, '-')}.log`);
}

/**
 * Runs `command args` in `cwd` and appends the command line and its output to the step's log.
 * Never throws for a failed command (the step decides what a failure means); a command that cannot
 * start at all (not installed) comes back with exit code 127.
 */
export async function run(
  ctx: DeployContext,
  step: string,
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  const log = logFile(ctx.root, step);
  await mkdir(deployDir(ctx.root), { recursive: true });
  await appendFile(log, `\n$ ${[command, ...args].join(' ')}\n`);
  const chunks: string[] = [];
  const code = await new Promise<number>((resolve) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd ?? ctx.root,
      env: { ...ctx.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      chunks.push(
        error.code === 'ENOENT' ? `${command}: not found on PATH (run "npm ci")\n` : `${error.message}\n`,
      );
      resolve(127);
    });
    child.on('close', (exitCode) => {
      resolve(exitCode ?? 1);
    });
  });
  const output = chunks.join('');
  await appendFile(log, `${output}${output.endsWith('\n') ? '' : '\n'}[exit ${code}]\n`);
  return { code, output, log: relative(ctx.root, log) };
}

/** The last lines a failed command printed, without colour codes or blank lines. */
export function tail(output: string, lines = 8): string {
  return (
    output
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '')
      .slice(-lines)
      .join('\n')
  );
}

/** A {@link DeployError} for a failed command, with its log's last lines. */
export function commandFailed(
  step: StepName,
  result: CommandResult,
  problem: string,
  advice: string,
): DeployError {
  return new DeployError(
    step,
    `${problem} (exit ${result.code})`,
    `${advice} Full log: ${result.log}`,
    tail(result.output),
  );
}
