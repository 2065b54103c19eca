/**
 * `npm run bench:pair -- --base <checkout>`: this working tree's skill against another build of it,
 * both loaded in one process and sent the same turns interleaved (tools/bench/pair-runner.ts), on
 * dynalite. `<checkout>` is any directory holding an earlier `lambda/` (e.g. a `git worktree add`
 * of the commit before a change); it builds with this tree's node_modules. Prints head / base per
 * turn type for p50, p99 and mean CPU: the before/after figures of one change, with the machine's
 * drift cancelled out. An identical pair (`--base .`) measures within about 1 % on the p50 of the
 * DynamoDB turns, within 5 % on the sub-millisecond ones. Not part of
 * `npm test`; `npm run bench` stays the comparison with the reference skill.
 *   npm run bench:pair -- --base ../before [--iterations 200 --warmup 50 --turns 'log a rest day,pause']
 */
import { join, resolve } from 'node:path';
import { ensureTable, startDynalite } from '../../harness/dynamo';
import { bundle, localSkillEnv, runChild } from './measure';
import type { PairConfig, PairFigures } from './pair-runner';

const root = join(__dirname, '..', '..');
const TABLE = 'run-coach-pair';

function option(name: string, fallback?: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required (see tools/bench/pair.ts)`);
  return value;
}

async function main(): Promise<void> {
  const base = resolve(option('base'));
  const iterations = Number(option('iterations', '200'));
  const warmup = Number(option('warmup', '50'));
  const turns = option('turns', '');
  const out = join(root, '.local', 'bench', 'pair');
  console.log(`Bundling ${base} (base) and this tree (head) with infra/bundling.ts …`);
  const [baseBundle, headBundle] = await Promise.all([
    bundle(join(base, 'lambda', 'index.ts'), join(out, 'base'), [join(root, 'node_modules')]),
    bundle(join(root, 'lambda', 'index.ts'), join(out, 'head')),
  ]);
  const dynamo = await startDynalite();
  try {
    await ensureTable(dynamo.endpoint, TABLE);
    const config: PairConfig = {
      bundles: { base: baseBundle.file, head: headBundle.file },
      warmup,
      iterations,
      ...(turns ? { turns: turns.split(',') } : {}),
    };
    console.log(`Turns: both builds interleaved, ${iterations} iterations after ${warmup} …`);
    const figures = await runChild<PairFigures[]>('pair-runner.ts', {
      ...localSkillEnv(dynamo.endpoint, TABLE),
      BENCH_PAIR: JSON.stringify(config),
    });
    console.log(`\nBundle: base ${kib(baseBundle.bytes)}, head ${kib(headBundle.bytes)}\n`);
    console.log(
      '| turn type | p50 base → head | ratio | p99 base → head | ratio | CPU mean base → head | ratio | errors |',
    );
    console.log('| --- | --- | ---: | --- | ---: | --- | ---: | ---: |');
    for (const turn of new Set(figures.map((f) => f.turn))) {
      const of = (label: PairFigures['label']) => figures.find((f) => f.turn === turn && f.label === label);
      const [b, h] = [of('base'), of('head')];
      if (!b || !h) continue;
      const cells = [
        pairCells(b.p50Ms, h.p50Ms),
        pairCells(b.p99Ms, h.p99Ms),
        pairCells(b.cpuMeanMs, h.cpuMeanMs),
      ];
      console.log(`| ${turn} | ${cells.join(' | ')} | ${b.errors + h.errors} |`);
    }
  } finally {
    await dynamo.stop();
  }
}

function pairCells(base: number, head: number): string {
  return `${base.toFixed(2)} → ${head.toFixed(2)} ms | ${(head / base).toFixed(3)}`;
}

function kib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
