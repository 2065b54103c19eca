/**
 * A throwaway repository for the deploy tests: its own skill.config.json, PRIVACY.md and TERMS.md,
 * a HOME with two ASK CLI profiles (two developer accounts), and the stand-in `ask` and `cdk`
 * (test/deploy/fakes/) first on PATH. The deploy runs in-process (tools/deploy/main.ts `main`), the
 * stand-ins as the real processes would, so every call they get is recorded with its arguments,
 * working directory and profile environment.
 */
import {
  chmodSync,
  existsSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { main } from '../../tools/deploy/main';
import type { SkillConfig } from '../../tools/deploy/settings';

const REPO = join(__dirname, '..', '..');
const FAKES = join(__dirname, 'fakes');

/** One call a stand-in received. */
export interface Call {
  tool: 'ask' | 'cdk';
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/** What the pretend Amazon and AWS hold. */
export interface Cloud {
  skills: Record<
    string,
    {
      vendor: string;
      uploads: number;
      enabled: boolean;
      images?: string[];
      manifest?: Record<string, unknown>;
    }
  >;
  stacks: Record<string, { skillId: string; alarmEmail: string | null; deploys: number }>;
  bootstrapped: string[];
  /** Every skill ever created, in order (deleted ones too). */
  created?: string[];
}

/** How one run went. */
export interface RunResult {
  code: number;
  lines: string[];
  /** The questions it asked. */
  questions: string[];
}

export interface Sandbox {
  root: string;
  run(
    command: 'deploy' | 'destroy',
    args?: string[],
    options?: { fail?: string; answers?: string[]; env?: NodeJS.ProcessEnv },
  ): Promise<RunResult>;
  calls(): Call[];
  /** Forgets the calls so far (the next assertions see only the next run's). */
  clearCalls(): void;
  cloud(): Cloud;
  /** As if someone deleted the CDKToolkit stack: every environment needs bootstrapping again. */
  forgetBootstrap(): void;
  config(): SkillConfig;
  /** What a fresh clone has: the committed files, none of this machine's. */
  reclone(): void;
  read(file: string): string;
}

/** A new sandbox: skill.config.json as committed (a region and nothing else). */
export function createSandbox(config: SkillConfig = { region: 'us-east-1' }): Sandbox {
  const base = mkdtempSync(join(tmpdir(), 'run-coach-deploy-'));
  const root = join(base, 'repo');
  const bin = join(base, 'bin');
  const home = join(base, 'home');
  for (const dir of [root, bin, join(home, '.ask')]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'skill.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  for (const file of ['PRIVACY.md', 'TERMS.md']) copyFileSync(join(REPO, file), join(root, file));
  writeFileSync(
    join(home, '.ask', 'cli_config'),
    JSON.stringify({
      profiles: { default: { vendor_id: 'M1RUNCOACH' }, work: { vendor_id: 'M2OTHERVENDOR' } },
    }),
  );
  for (const tool of ['ask', 'cdk']) {
    const wrapper = join(bin, tool);
    writeFileSync(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${join(FAKES, `${tool}.js`)}" "$@"\n`);
    chmodSync(wrapper, 0o755);
  }
  const callsFile = join(base, 'calls.jsonl');
  const cloudFile = join(base, 'cloud.json');
  writeFileSync(callsFile, '');

  return {
    root,
    async run(command, args = [], options = {}) {
      const lines: string[] = [];
      const questions: string[] = [];
      const answers = [...(options.answers ?? [])];
      const code = await main(command, args, {
        root,
        env: {
          PATH: [bin, process.env.PATH ?? ''].join(delimiter),
          HOME: home,
          FAKE_CALLS: callsFile,
          FAKE_CLOUD: cloudFile,
          FAKE_FAIL: options.fail ?? '',
          ...options.env,
        },
        print: (line) => lines.push(line),
        ask: (question) => {
          questions.push(question);
          return Promise.resolve(answers.shift());
        },
      });
      return { code, lines, questions };
    },
    calls: () =>
      readFileSync(callsFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Call),
    clearCalls() {
      writeFileSync(callsFile, '');
    },
    cloud: () =>
      existsSync(cloudFile)
        ? (JSON.parse(readFileSync(cloudFile, 'utf8')) as Cloud)
        : { skills: {}, stacks: {}, bootstrapped: [] },
    forgetBootstrap() {
      const cloud = JSON.parse(readFileSync(cloudFile, 'utf8')) as Cloud;
      writeFileSync(cloudFile, JSON.stringify({ ...cloud, bootstrapped: [] }));
    },
    config: () => JSON.parse(readFileSync(join(root, 'skill.config.json'), 'utf8')) as SkillConfig,
    reclone() {
      for (const dir of ['skill-project', '.local', 'cdk-outputs.json'])
        rmSync(join(root, dir), { recursive: true, force: true });
    },
    read: (file) => readFileSync(join(root, file), 'utf8'),
  };
}

/** A call as `tool arg arg …`, for readable order assertions. */
export function commandLine(call: Call): string {
  return [call.tool, ...call.args].join(' ');
}

/** The line a failed run starts its report with (`✗ step N/6 (name): …`). */
export function failureOf(result: RunResult): string | undefined {
  return result.lines.find((line) => line.startsWith('✗'));
}
