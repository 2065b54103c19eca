/**
 * Child process of `npm run bench`: loads one bundled skill (ours or the reference) as Lambda would,
 * with its environment pointing at a local DynamoDB, then sends every measured turn type many times,
 * round-robin (one of each per iteration).
 * Mode `latency` talks to the endpoint directly and reports p50/p99; mode `count` puts a counting
 * proxy in front of it and reports DynamoDB calls per turn. Prints one JSON line.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { startDynamoProxy, startSettingsApi } from '../../harness/loopback';
import { isApology, spoken } from '../../harness/speech';
import { benchTurnContext, prepareTurn, TURNS, type TurnType } from '../../harness/turns';

/** What the parent asks for (JSON in `BENCH_RUNNER`). */
export interface RunnerConfig {
  bundle: string;
  endpoint: string;
  tableName: string;
  mode: 'latency' | 'count';
  warmup: number;
  iterations: number;
  /** Distinguishes users between runs on one table. */
  userPrefix: string;
  /** Only these turn types (by name); all of them when absent. */
  turns?: string[];
}

/** One turn type's result. */
export interface TurnResult {
  name: string;
  samplesMs?: number[];
  /** CPU time (user + system, `process.cpuUsage`) the process spent in each measured turn, ms. */
  cpuMs?: number[];
  dynamoCalls?: Record<string, number>;
  dynamoCallsPerTurn?: number;
  errors: number;
}

/** One turn type's samples and counts so far. */
interface Measure {
  turn: TurnType;
  result: TurnResult;
  calls: Record<string, number>;
  counted: number;
  samples: number[];
  cpuSamples: number[];
}

type Handler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

async function main(): Promise<void> {
  const config = JSON.parse(process.env.BENCH_RUNNER ?? '{}') as RunnerConfig;
  const settings = await startSettingsApi({ kind: 'zone', zone: 'America/New_York' });
  const proxy = config.mode === 'count' ? await startDynamoProxy(config.endpoint) : undefined;
  process.env.AWS_ENDPOINT_URL_DYNAMODB = proxy?.endpoint ?? config.endpoint;
  process.env.TABLE_NAME = config.tableName;
  const { handler } = createRequire(__filename)(config.bundle) as { handler: Handler };
  // One measure per turn type, filled round-robin: every iteration sends each turn type once, so
  // no turn type is measured on code the turn types before it warmed up and the later ones not.
  const selected = TURNS.filter((turn) => !config.turns || config.turns.includes(turn.name));
  const measures: Measure[] = selected.map((turn) => ({
    turn,
    result: { name: turn.name, errors: 0 },
    calls: {},
    counted: 0,
    samples: [],
    cpuSamples: [],
  }));
  const send = async (measure: Measure, iteration: number, timed: boolean) => {
    const { turn, result, calls } = measure;
    // A routine command's routine is started first (untimed; its calls are not counted).
    const envelope = await prepareTurn(
      turn,
      benchTurnContext(config.userPrefix, turn.name, iteration, settings.endpoint),
      (event) => handler(event, {}),
    );
    const before = proxy?.counts() ?? {};
    const cpuBefore = process.cpuUsage();
    const began = performance.now();
    const response = await handler(envelope, {});
    const elapsed = performance.now() - began;
    const cpu = process.cpuUsage(cpuBefore);
    if (!isAnswer(response)) result.errors += 1;
    if (!timed) return;
    measure.samples.push(elapsed);
    measure.cpuSamples.push((cpu.user + cpu.system) / 1000);
    if (proxy) {
      measure.counted += 1;
      for (const [operation, n] of Object.entries(proxy.counts()))
        calls[operation] = (calls[operation] ?? 0) + n - (before[operation] ?? 0);
    }
  };
  for (let i = 0; i < config.warmup + config.iterations; i += 1) {
    for (const measure of measures) await send(measure, i, i >= config.warmup);
  }
  const results: TurnResult[] = measures.map(({ result, calls, counted, samples, cpuSamples }) => {
    if (proxy) {
      result.dynamoCalls = Object.fromEntries(Object.entries(calls).filter(([, n]) => n > 0));
      result.dynamoCallsPerTurn = Object.values(calls).reduce((sum, n) => sum + n, 0) / counted;
    } else {
      result.samplesMs = samples;
      result.cpuMs = cpuSamples;
    }
    return result;
  });
  process.stdout.write(`${JSON.stringify(results)}\n`);
  await Promise.all([settings.stop(), proxy?.stop()]);
  process.exit(0);
}

/** A well-formed answer that is not an apology (Run Coach's or the reference skill's). */
function isAnswer(response: ResponseEnvelope): boolean {
  return response.version === '1.0' && !isApology(spoken(response));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
