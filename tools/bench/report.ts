/** The benchmark's results file shape and its markdown table. */
import type { BundleInfo } from './measure';
import type { TurnKind } from '../../harness/turns';

export type SkillName = 'run-coach' | 'reference';

interface ColdStart {
  /** Median whole-process time minus the median of a bare `node -e 0`. */
  medianMs: number;
  /** Minimum minus the minimum of a bare `node -e 0`. */
  minMs: number;
  wholeProcessMedianMs: number;
  /** Median over runs of the process's peak RSS (`process.resourceUsage().maxRSS`). */
  peakRssMiB: number;
  peakRssMaxMiB: number;
}

/** One turn type of one skill on one backend. */
export interface TurnFigures {
  backend: string;
  skill: SkillName;
  turn: string;
  p50Ms: number;
  p99Ms: number;
  /** The p99 of each latency round alone, in round order (absent in results from before rounds were kept). */
  p99ByRoundMs?: number[];
  /** Median CPU time (user + system, `process.cpuUsage` around the handler) of one turn. */
  cpuP50Ms: number;
  /** Mean CPU time of one turn (what a busy container pays on average). */
  cpuMeanMs: number;
  samples: number;
  errors: number;
  dynamoCallsPerTurn: number;
  dynamoCalls: Record<string, number>;
}

/** bench/results.json. */
export interface BenchResults {
  date: string;
  command: string;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string };
  coldStartBackend: string;
  bundles: Record<SkillName, BundleInfo>;
  coldStart: { runs: number; bareMedianMs: number; bareMinMs: number } & Record<SkillName, ColdStart>;
  turns: TurnFigures[];
  measuredTurns: string[];
  turnKinds: Record<string, TurnKind>;
  /** The DynamoDB calls per turn each turn type is designed to make (harness/turns.ts). */
  designedCalls?: Record<string, Record<string, number>>;
}

/** `1 (PutItem)`, `2 (GetItem, PutItem)`: calls per turn and, by operation, what they were. */
function callsText(figures: TurnFigures): string {
  const per = figures.dynamoCallsPerTurn;
  const total = Object.values(figures.dynamoCalls).reduce((sum, n) => sum + n, 0);
  const each = Object.entries(figures.dynamoCalls).map(([operation, n]) => {
    const perTurn = per > 0 ? (n * per) / total : 0;
    return perTurn === 1 ? operation : `${Number(perTurn.toFixed(2))} ${operation}`;
  });
  return `${Number(per.toFixed(2))}${each.length ? ` (${each.join(', ')})` : ''}`;
}

const NOTES: Partial<Record<TurnKind, string>> = {
  'routine-write': "saves the routine's progress: one write, by design",
};

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const ratio = (ours: number, reference: number) => (ours / reference).toFixed(2);
const verdict = (value: number, target: number) => (value <= target ? 'met' : 'missed');

/**
 * The p99 ratio of each round, Run Coach's round against the reference's round of the same number
 * (the two run one after the other, alternating which goes first): `p99 by round 0.91–1.42, above
 * 1 in 2 of 4`. A p99 moves between identical rounds on a shared machine; this shows by how much.
 */
function roundSpread(mine: TurnFigures, theirs: TurnFigures): string {
  const ours = mine.p99ByRoundMs ?? [];
  const ratios = ours.flatMap((value, round) => {
    const reference = theirs.p99ByRoundMs?.[round];
    return reference === undefined ? [] : [value / reference];
  });
  if (ratios.length < 2) return '';
  const above = ratios.filter((r) => r > 1).length;
  const low = Math.min(...ratios).toFixed(2);
  const high = Math.max(...ratios).toFixed(2);
  return `p99 by round ${low}–${high}, above 1 in ${above} of ${ratios.length}`;
}

/** Run Coach's and the reference's figures of `turn` on `backend`. */
function pair(
  results: BenchResults,
  backend: string | undefined,
  turn: string,
): [TurnFigures | undefined, TurnFigures | undefined] {
  const of = (skill: SkillName) =>
    results.turns.find((t) => t.backend === backend && t.skill === skill && t.turn === turn);
  return [of('run-coach'), of('reference')];
}

/**
 * The short table (README, docs/benchmarks.md): bundle, cold start, peak memory, then per turn type
 * the p50 latency and the mean CPU time on the first backend, each with the reference beside it.
 */
export function renderSummary(results: BenchResults): string {
  const { bundles, coldStart } = results;
  const ours = coldStart['run-coach'];
  const reference = coldStart.reference;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const backend = results.turns[0]?.backend;
  const lines = [
    '| Figure | Run Coach | Reference | Ratio |',
    '|---|---:|---:|---:|',
    `| Bundle | ${kib(bundles['run-coach'].bytes)} | ${kib(bundles.reference.bytes)} | ${ratio(bundles['run-coach'].bytes, bundles.reference.bytes)} |`,
    `| Cold start (− bare node) | ${ms(ours.medianMs)} | ${ms(reference.medianMs)} | ${ratio(ours.medianMs, reference.medianMs)} |`,
    `| Peak memory | ${ours.peakRssMiB.toFixed(1)} MiB | ${reference.peakRssMiB.toFixed(1)} MiB | ${ratio(ours.peakRssMiB, reference.peakRssMiB)} |`,
  ];
  for (const turn of results.measuredTurns) {
    const [mine, theirs] = pair(results, backend, turn);
    if (!mine || !theirs) continue;
    lines.push(
      `| ${turn}: p50 / CPU | ${ms(mine.p50Ms)} / ${ms(mine.cpuMeanMs)} | ${ms(theirs.p50Ms)} / ${ms(theirs.cpuMeanMs)} | ${ratio(mine.p50Ms, theirs.p50Ms)} / ${ratio(mine.cpuMeanMs, theirs.cpuMeanMs)} |`,
    );
  }
  return lines.join('\n');
}

/** The README/markdown table of `results`, every figure with its ratio to the reference. */
export function renderMarkdown(results: BenchResults): string {
  const { bundles, coldStart, machine } = results;
  const ours = coldStart['run-coach'];
  const reference = coldStart.reference;
  const bundleRatio = bundles['run-coach'].bytes / bundles.reference.bytes;
  const coldRatio = ours.medianMs / reference.medianMs;
  const rssRatio = ours.peakRssMiB / reference.peakRssMiB;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node.js ${machine.node}.`,
    `Command: \`${results.command}\` (${results.date}).`,
    '',
    '| Figure | Run Coach | Reference | Ratio | Target | |',
    '|---|---:|---:|---:|---:|---|',
    `| Bundle (minified JS, source map apart) | ${kib(bundles['run-coach'].bytes)} | ${kib(bundles.reference.bytes)} | ${bundleRatio.toFixed(2)} | ≤ 0.8 | ${verdict(bundleRatio, 0.8)} |`,
    `| Cold start, median − bare node (${coldStart.runs} runs) | ${ms(ours.medianMs)} | ${ms(reference.medianMs)} | ${coldRatio.toFixed(2)} | ≤ 0.6 | ${verdict(coldRatio, 0.6)} |`,
    `| Cold start, minimum − bare node | ${ms(ours.minMs)} | ${ms(reference.minMs)} | ${ratio(ours.minMs, reference.minMs)} | | |`,
    `| Peak memory (max RSS, median) | ${ours.peakRssMiB.toFixed(1)} MiB | ${reference.peakRssMiB.toFixed(1)} MiB | ${rssRatio.toFixed(2)} | ≤ 1.0 | ${verdict(rssRatio, 1)} |`,
  ];
  for (const backend of [...new Set(results.turns.map((t) => t.backend))]) {
    for (const turn of results.measuredTurns) {
      const mine = results.turns.find(
        (t) => t.backend === backend && t.skill === 'run-coach' && t.turn === turn,
      );
      const theirs = results.turns.find(
        (t) => t.backend === backend && t.skill === 'reference' && t.turn === turn,
      );
      if (!mine || !theirs) continue;
      const kind = results.turnKinds[turn];
      const p50 = mine.p50Ms / theirs.p50Ms;
      const touchesDynamo = kind === 'db' || kind === 'routine-write';
      const target = touchesDynamo ? '≤ 0.5' : '';
      const note = [touchesDynamo ? verdict(p50, 0.5) : '', roundSpread(mine, theirs)].filter(Boolean);
      lines.push(
        `| \`${turn}\` turn p50 / p99, ${backend} | ${ms(mine.p50Ms)} / ${ms(mine.p99Ms)} | ${ms(theirs.p50Ms)} / ${ms(theirs.p99Ms)} | ${p50.toFixed(2)} / ${ratio(mine.p99Ms, theirs.p99Ms)} | ${target} | ${note.join('; ')} |`,
      );
    }
  }
  for (const backend of [...new Set(results.turns.map((t) => t.backend))]) {
    for (const turn of results.measuredTurns) {
      const [mine, theirs] = pair(results, backend, turn);
      if (!mine || !theirs) continue;
      lines.push(
        `| \`${turn}\` CPU per turn, mean / p50, ${backend} | ${ms(mine.cpuMeanMs)} / ${ms(mine.cpuP50Ms)} | ${ms(theirs.cpuMeanMs)} / ${ms(theirs.cpuP50Ms)} | ${ratio(mine.cpuMeanMs, theirs.cpuMeanMs)} / ${ratio(mine.cpuP50Ms, theirs.cpuP50Ms)} | | |`,
      );
    }
  }
  const firstBackend = results.turns[0]?.backend;
  for (const turn of results.measuredTurns) {
    const mine = results.turns.find(
      (t) => t.backend === firstBackend && t.skill === 'run-coach' && t.turn === turn,
    );
    const theirs = results.turns.find(
      (t) => t.backend === firstBackend && t.skill === 'reference' && t.turn === turn,
    );
    if (!mine || !theirs) continue;
    const kind = results.turnKinds[turn];
    const designed = results.designedCalls?.[turn];
    const asDesigned =
      designed === undefined
        ? ''
        : JSON.stringify(Object.entries(designed).sort()) ===
            JSON.stringify(
              Object.entries(mine.dynamoCalls)
                .map(([op, n]) => [
                  op,
                  (n * mine.dynamoCallsPerTurn) / Object.values(mine.dynamoCalls).reduce((a, b) => a + b, 0),
                ])
                .sort(),
            )
          ? 'as designed'
          : 'NOT as designed';
    const target = kind === 'routine' ? '0' : '';
    const met = kind === 'routine' ? verdict(mine.dynamoCallsPerTurn, 0) : '';
    const note = [met, asDesigned, NOTES[kind ?? 'other'] ?? ''].filter(Boolean).join('; ');
    lines.push(
      `| \`${turn}\` DynamoDB calls per turn | ${callsText(mine)} | ${callsText(theirs)} | | ${target} | ${note} |`,
    );
  }
  lines.push(
    '',
    `Measured turn types: ${results.measuredTurns.join(', ')}. Errors in measured turns: ${results.turns.reduce((sum, t) => sum + t.errors, 0)}.`,
    `Cold starts and peak memory: a fresh \`node\` loads the bundle and answers a first LaunchRequest against ${results.coldStartBackend} on loopback; the bare \`node -e 0\` median was ${ms(coldStart.bareMedianMs)}.`,
    'CPU per turn: `process.cpuUsage()` (user + system) of the turn-runner process around each handler call.',
    '',
    `The short table (README.md, docs/benchmarks.md; turns on ${results.turns[0]?.backend ?? 'the first backend'}, CPU as the mean):`,
    '',
    renderSummary(results),
    '',
  );
  return lines.join('\n');
}
