/**
 * `npm run bench`: Run Coach against a reference skill built the usual way, in one run, on this
 * machine. Writes results.json and results.md into .local/bench/ (git-ignored), or with
 * `--update-results` into the committed bench/. Not part of `npm test`.
 *   npm run bench [-- --runs 15 --iterations 300 --backends dynalite,dynamodb-local --node-options '…' --update-results]
 * `--turns 'log a rest day,pause'` measures only those turn types (a quick look; not for --update-results).
 */
import { mkdirSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { ensureTable, startDynalite, startDynamoDbLocal, type LocalDynamo } from '../../harness/dynamo';
import { launchRequest } from '../../harness/envelopes';
import { isApology } from '../../harness/speech';
import { TURNS } from '../../harness/turns';
import { writeInProjectStyle } from '../report-files';
import { bareNode, bundle, coldStart, localSkillEnv, runTurns, type ProcessRun } from './measure';
import { median, percentile } from './stats';
import { renderMarkdown, type BenchResults, type SkillName } from './report';

const root = join(__dirname, '..', '..');
/**
 * Where the report goes: the committed bench/ only with `--update-results` (a run meant for
 * docs/benchmarks.md), else the git-ignored .local/bench/, so a local run changes no committed file.
 */
const outDir = process.argv.includes('--update-results')
  ? join(root, 'bench')
  : join(root, '.local', 'bench');
const TABLE = 'run-coach-bench';
/** Latency rounds per skill and backend (alternating which skill goes first). */
const ROUNDS = 4;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const BACKENDS: Record<string, () => Promise<LocalDynamo>> = {
  dynalite: () => startDynalite(),
  'dynamodb-local': () => startDynamoDbLocal(),
};

async function main(): Promise<void> {
  const runs = Number(option('runs', '15'));
  const iterations = Number(option('iterations', '300'));
  const warmup = Number(option('warmup', '50'));
  const backendNames = option('backends', 'dynalite,dynamodb-local').split(',');
  // The NODE_OPTIONS the stack gives the function (e.g. '--enable-source-maps'), for Run Coach's processes.
  const nodeOptions = option('node-options', '');
  const turnFilter = option('turns', '');
  const measured = turnFilter ? TURNS.filter((t) => turnFilter.split(',').includes(t.name)) : TURNS;
  if (measured.length === 0) throw new Error(`No turn type named in --turns ${turnFilter}`);
  const turnNames = turnFilter ? { turns: measured.map((t) => t.name) } : {};

  console.log('Bundling both skills with infra/bundling.ts LAMBDA_BUNDLE_OPTIONS …');
  const bundles = {
    'run-coach': await bundle(join(root, 'lambda', 'index.ts'), join(root, 'bench', 'dist', 'run-coach')),
    reference: await bundle(
      join(root, 'tools', 'bench', 'reference', 'index.ts'),
      join(root, 'bench', 'dist', 'reference'),
    ),
  };

  const backends: [string, LocalDynamo][] = [];
  try {
    for (const name of backendNames) {
      const start = BACKENDS[name];
      if (!start) throw new Error(`Unknown backend ${name}: use ${Object.keys(BACKENDS).join(', ')}`);
      const backend = await start();
      await ensureTable(backend.endpoint, TABLE);
      backends.push([name, backend]);
    }
    const [coldName, coldBackend] = backends[0] ?? [];
    if (!coldBackend || !coldName) throw new Error('No backend');
    /** Run Coach's processes get the stack's NODE_OPTIONS (`--node-options`), the reference none. */
    const skillEnv = (skill: SkillName, endpoint: string): NodeJS.ProcessEnv => ({
      ...localSkillEnv(endpoint, TABLE),
      ...(skill === 'run-coach' && nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    });

    console.log(`Cold starts: ${runs} runs each of node -e 0, Run Coach and the reference (${coldName}) …`);
    const cold: Record<SkillName | 'bare', ProcessRun[]> = { bare: [], 'run-coach': [], reference: [] };
    for (let i = 0; i < runs + 2; i += 1) {
      const event = launchRequest({ userId: `cold-${Date.now()}-${i}`, apiEndpoint: 'http://127.0.0.1:9' });
      const bare = await bareNode();
      const ours = await coldStart(
        bundles['run-coach'].file,
        event,
        skillEnv('run-coach', coldBackend.endpoint),
      );
      const reference = await coldStart(
        bundles.reference.file,
        event,
        skillEnv('reference', coldBackend.endpoint),
      );
      if (!ours.speech || isApology(ours.speech))
        throw new Error(`Run Coach did not answer the cold launch: ${ours.speech ?? '(no speech)'}`);
      if (i < 2) continue; // the first runs warm the file cache
      cold.bare.push(bare);
      cold['run-coach'].push(ours);
      cold.reference.push(reference);
    }

    const turns: BenchResults['turns'] = [];
    const skills = ['run-coach', 'reference'] as const;
    for (const [backendName, backend] of backends) {
      const common = (skill: SkillName) => ({
        bundle: bundles[skill].file,
        endpoint: backend.endpoint,
        tableName: TABLE,
        ...turnNames,
      });
      const prefix = (skill: SkillName, label: string) => `${skill}-${backendName}-${Date.now()}-${label}`;
      console.log(`Turns on ${backendName}: warming the backend with both skills …`);
      for (const skill of skills) {
        await runTurns(
          {
            ...common(skill),
            mode: 'latency',
            warmup: 0,
            iterations: warmup,
            userPrefix: prefix(skill, 'w'),
          },
          skillEnv(skill, backend.endpoint),
        );
      }
      // Rounds alternate which skill goes first, so neither gains from the backend warming up.
      const samples = new Map<string, number[]>();
      const cpu = new Map<string, number[]>();
      const errors = new Map<string, number>();
      /** Each round's p99 by skill and turn type, in round order (the spread between rounds). */
      const roundP99 = new Map<string, number[]>();
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? skills : ([...skills].reverse() as SkillName[]);
        for (const skill of order) {
          console.log(`Turns: ${skill} on ${backendName}, round ${round + 1}/${ROUNDS} …`);
          const results = await runTurns(
            {
              ...common(skill),
              mode: 'latency',
              warmup,
              iterations: Math.ceil(iterations / ROUNDS),
              userPrefix: prefix(skill, `r${round}`),
            },
            skillEnv(skill, backend.endpoint),
          );
          for (const result of results) {
            const key = `${skill}|${result.name}`;
            samples.set(key, [...(samples.get(key) ?? []), ...(result.samplesMs ?? [])]);
            cpu.set(key, [...(cpu.get(key) ?? []), ...(result.cpuMs ?? [])]);
            errors.set(key, (errors.get(key) ?? 0) + result.errors);
            roundP99.set(key, [...(roundP99.get(key) ?? []), percentile(result.samplesMs ?? [], 99)]);
          }
        }
      }
      // The counting pass counts known users' turns, as the timed rounds do: its warm-up sends each
      // of the 50 users one turn of every type first (a user's first contact costs one more write).
      for (const skill of skills) {
        const counted = await runTurns(
          { ...common(skill), mode: 'count', warmup: 50, iterations: 50, userPrefix: prefix(skill, 'c') },
          skillEnv(skill, backend.endpoint),
        );
        for (const counts of counted) {
          const key = `${skill}|${counts.name}`;
          const measured = samples.get(key) ?? [];
          const cpuMs = cpu.get(key) ?? [];
          turns.push({
            backend: backendName,
            skill,
            turn: counts.name,
            p50Ms: percentile(measured, 50),
            p99Ms: percentile(measured, 99),
            p99ByRoundMs: roundP99.get(key) ?? [],
            cpuP50Ms: percentile(cpuMs, 50),
            cpuMeanMs: cpuMs.reduce((sum, v) => sum + v, 0) / cpuMs.length,
            samples: measured.length,
            errors: (errors.get(key) ?? 0) + counts.errors,
            dynamoCallsPerTurn: counts.dynamoCallsPerTurn ?? Number.NaN,
            dynamoCalls: counts.dynamoCalls ?? {},
          });
        }
      }
    }

    const results: BenchResults = {
      date: new Date().toISOString(),
      command:
        `npm run bench -- --runs ${runs} --iterations ${iterations} --backends ${backendNames.join(',')}` +
        (nodeOptions ? ` --node-options '${nodeOptions}'` : '') +
        (turnFilter ? ` --turns '${turnFilter}'` : '') +
        (process.argv.includes('--update-results') ? ' --update-results' : ''),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        os: `${process.platform} ${release()}`,
        node: process.version,
      },
      coldStartBackend: coldName,
      bundles: {
        'run-coach': { ...bundles['run-coach'], byPackage: bundles['run-coach'].byPackage.slice(0, 12) },
        reference: { ...bundles.reference, byPackage: bundles.reference.byPackage.slice(0, 12) },
      },
      coldStart: {
        runs,
        bareMedianMs: median(cold.bare.map((r) => r.wallMs)),
        bareMinMs: Math.min(...cold.bare.map((r) => r.wallMs)),
        'run-coach': summarize(cold['run-coach'], cold.bare),
        reference: summarize(cold.reference, cold.bare),
      },
      turns,
      measuredTurns: measured.map((t) => t.name),
      turnKinds: Object.fromEntries(measured.map((t) => [t.name, t.kind])),
      designedCalls: Object.fromEntries(measured.map((t) => [t.name, t.dynamoCalls])),
    };
    mkdirSync(outDir, { recursive: true });
    await writeInProjectStyle(join(outDir, 'results.json'), JSON.stringify(results), 'json');
    const markdown = await writeInProjectStyle(
      join(outDir, 'results.md'),
      renderMarkdown(results),
      'markdown',
    );
    console.log(`\n${markdown}\nWrote ${relative(root, join(outDir, 'results.json'))} and results.md.`);
  } finally {
    await Promise.all(backends.map(([, backend]) => backend.stop()));
  }
}

function summarize(runs: ProcessRun[], bare: ProcessRun[]) {
  const wall = runs.map((r) => r.wallMs);
  const rss = runs.map((r) => r.maxRssKb ?? Number.NaN);
  return {
    medianMs: median(wall) - median(bare.map((r) => r.wallMs)),
    minMs: Math.min(...wall) - Math.min(...bare.map((r) => r.wallMs)),
    wholeProcessMedianMs: median(wall),
    peakRssMiB: median(rss) / 1024,
    peakRssMaxMiB: Math.max(...rss) / 1024,
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
