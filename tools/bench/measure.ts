/**
 * Measuring helpers of `npm run bench`: bundling with the stack's esbuild options, whole-process
 * cold starts, and the turn-runner child.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { LAMBDA_BUNDLE_OPTIONS } from '../../infra/bundling';
import { LOCAL_CLIENT_CONFIG } from '../../harness/dynamo';
import { TEST_SKILL_ID } from '../../harness/envelopes';
import type { RunnerConfig, TurnResult } from './turn-runner';

/** A bundle and what is in it. */
export interface BundleInfo {
  file: string;
  /** The JavaScript file Lambda loads (the source map is reported apart). */
  bytes: number;
  sourceMapBytes: number;
  /** Bytes in the output by package (`(own)` for the skill's own code), largest first. */
  byPackage: [string, number][];
}

/**
 * Bundles `entry` into `outDir/index.js` exactly as the stack does (infra/bundling.ts). Packages
 * not found beside `entry` are looked up in `nodePaths` (a checkout of an earlier commit with no
 * node_modules of its own builds with this one's).
 */
export async function bundle(entry: string, outDir: string, nodePaths: string[] = []): Promise<BundleInfo> {
  const file = join(outDir, 'index.js');
  const result = await build({
    ...LAMBDA_BUNDLE_OPTIONS,
    nodePaths,
    entryPoints: [entry],
    outfile: file,
    metafile: true,
    logLevel: 'warning',
  });
  return {
    file,
    bytes: statSync(file).size,
    sourceMapBytes: statSync(`${file}.map`).size,
    byPackage: packagesOf(result.metafile),
  };
}

function packagesOf(metafile: Metafile): [string, number][] {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const name = match?.[1] ?? '(own)';
      sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

/** One whole-process run: wall time from spawn to exit, and what the process reported. */
export interface ProcessRun {
  wallMs: number;
  maxRssKb?: number;
  speech?: string;
}

/** Loads the bundle, answers one envelope, reports its peak RSS and speech, and exits. */
const COLD_START_SCRIPT = `
const { handler } = require(process.env.BENCH_BUNDLE);
handler(JSON.parse(process.env.BENCH_EVENT), {}).then(
  (r) => {
    const s = r.response.outputSpeech;
    process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, speech: s && (s.ssml || s.text) }));
    process.exit(0);
  },
  (e) => { process.stderr.write(String((e && e.stack) || e)); process.exit(1); },
);`;

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ wallMs: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const began = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - began) / 1e6;
      if (code === 0) resolve({ wallMs, stdout });
      else reject(new Error(`${args.join(' ').slice(0, 80)} exited with ${String(code)}: ${stderr}`));
    });
  });
}

/** A bare `node -e 0`, the baseline subtracted from cold starts. */
export async function bareNode(): Promise<ProcessRun> {
  const { wallMs } = await run(['-e', '0'], { PATH: process.env.PATH });
  return { wallMs };
}

/** A fresh `node` that loads `bundleFile` and answers `event` (a first LaunchRequest). */
export async function coldStart(
  bundleFile: string,
  event: unknown,
  env: NodeJS.ProcessEnv,
): Promise<ProcessRun> {
  const { wallMs, stdout } = await run(['-e', COLD_START_SCRIPT], {
    ...env,
    BENCH_BUNDLE: bundleFile,
    BENCH_EVENT: JSON.stringify(event),
  });
  return { wallMs, ...(JSON.parse(stdout) as { maxRssKb: number; speech?: string }) };
}

/**
 * The environment a bundled skill runs with in the bench's child processes: the table, the test
 * skill ID, and the local endpoint with the region and keys `ensureTable` used (DynamoDB Local
 * keeps tables per region and access key). Nothing else of this process's environment.
 */
export function localSkillEnv(endpoint: string, tableName: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TABLE_NAME: tableName,
    SKILL_ID: TEST_SKILL_ID,
    AWS_REGION: LOCAL_CLIENT_CONFIG.region,
    AWS_ACCESS_KEY_ID: LOCAL_CLIENT_CONFIG.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CLIENT_CONFIG.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
  };
}

/** Runs the turn runner (tools/bench/turn-runner.ts) in a child process. */
export function runTurns(config: RunnerConfig, env: NodeJS.ProcessEnv): Promise<TurnResult[]> {
  return runChild<TurnResult[]>('turn-runner.ts', { ...env, BENCH_RUNNER: JSON.stringify(config) });
}

/**
 * Runs one of the bench's child scripts (`script` in tools/bench/) under tsx and returns the JSON
 * of its last line; a warning or error the skill logged fails the run.
 */
export async function runChild<T>(script: string, env: NodeJS.ProcessEnv): Promise<T> {
  const tsx = require.resolve('tsx/cli');
  const { stdout } = await run([tsx, join(__dirname, script)], env);
  const lines = stdout.trim().split('\n');
  // The skill logs structured JSON to stdout; a warning or error means a turn did not go as measured.
  const troubles = lines.filter((line) => /"level":"(WARN|ERROR|CRITICAL)"/.test(line));
  if (troubles.length > 0)
    throw new Error(`The skill logged ${troubles.length} warnings: ${troubles[0] ?? ''}`);
  return JSON.parse(lines.pop() ?? '[]') as T;
}
