/**
 * Child process of `npm run bench:pair`: loads two bundles of Run Coach (a base and the working
 * tree's) in ONE process, as Lambda would load either, and sends every measured turn type to both,
 * round-robin and interleaved (which build goes first alternates every iteration). Both builds see
 * the same machine, backend and moment, so their ratio holds a few percent where two separate runs
 * of `npm run bench` differ by ten or twenty. Prints one JSON line.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { startSettingsApi } from '../../harness/loopback';
import { isApology, spoken } from '../../harness/speech';
import { benchTurnContext, prepareTurn, TURNS } from '../../harness/turns';
import { percentile } from './stats';

/** What the parent asks for (JSON in `BENCH_PAIR`). */
export interface PairConfig {
  /** The two bundles, by label (`base`, `head`). */
  bundles: Record<PairLabel, string>;
  warmup: number;
  iterations: number;
  /** Only these turn types (by name); all of them when absent. */
  turns?: string[];
}

/** Which build. */
export type PairLabel = 'base' | 'head';

/** One turn type's figures for one build. */
export interface PairFigures {
  turn: string;
  label: PairLabel;
  turns: number;
  p50Ms: number;
  p99Ms: number;
  cpuMeanMs: number;
  errors: number;
}

/** One turn type's samples for one build, while they are taken. */
interface PairSamples {
  turn: string;
  label: PairLabel;
  wallMs: number[];
  cpuMs: number[];
  errors: number;
}

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

async function main(): Promise<void> {
  const config = JSON.parse(process.env.BENCH_PAIR ?? '{}') as PairConfig;
  const settings = await startSettingsApi({ kind: 'zone', zone: 'America/New_York' });
  const load = createRequire(__filename);
  const handlers: Record<PairLabel, Handler> = {
    base: (load(config.bundles.base) as { handler: Handler }).handler,
    head: (load(config.bundles.head) as { handler: Handler }).handler,
  };
  const turns = TURNS.filter((turn) => !config.turns || config.turns.includes(turn.name));
  const samples = turns.flatMap((turn) =>
    (['base', 'head'] as const).map((label): PairSamples => ({
      turn: turn.name,
      label,
      wallMs: [],
      cpuMs: [],
      errors: 0,
    })),
  );
  for (let i = 0; i < config.warmup + config.iterations; i += 1) {
    for (const turn of turns) {
      for (const label of i % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const)) {
        const handler = handlers[label];
        const envelope = await prepareTurn(
          turn,
          benchTurnContext(label, turn.name, i, settings.endpoint),
          (event) => handler(event, {}),
        );
        const cpuBefore = process.cpuUsage();
        const began = performance.now();
        const response = await handler(envelope, {});
        const wallMs = performance.now() - began;
        const cpu = process.cpuUsage(cpuBefore);
        if (i < config.warmup) continue;
        const sample = samples.find((s) => s.turn === turn.name && s.label === label);
        if (!sample) continue;
        if (isApology(spoken(response))) sample.errors += 1;
        sample.wallMs.push(wallMs);
        sample.cpuMs.push((cpu.user + cpu.system) / 1000);
      }
    }
  }
  // Figures, not samples: one short line (the skill's own log lines share stdout).
  const figures = samples.map(({ turn, label, wallMs, cpuMs, errors }): PairFigures => {
    const cpuMeanMs = cpuMs.reduce((sum, v) => sum + v, 0) / cpuMs.length;
    const [p50Ms, p99Ms] = [percentile(wallMs, 50), percentile(wallMs, 99)];
    return { turn, label, turns: wallMs.length, p50Ms, p99Ms, cpuMeanMs, errors };
  });
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  await settings.stop();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
