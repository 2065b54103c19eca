/**
 * The NLU report: corpus counts, the figures of each locale, accuracy per intent and per context,
 * the confusion pairs, pain through the skill, the gate, and the held-out corpus's own figures. As
 * terminal text, markdown and JSON.
 */
import type { BehaviourSummary } from './behaviour';
import type { CorpusLine } from './corpus';
import { isPainLine, isSevereLine } from './evaluate';
import { formatFailure, type GateFailure, type Thresholds } from './gate';
import type { Confusion, Share, Summary } from './metrics';

/** How many lines the corpus has, by what they are. */
export interface CorpusCounts {
  total: number;
  files: number;
  perContext: Record<string, number>;
  /** By label; an accepted set is listed as `A | B | C`. */
  perIntent: Record<string, number>;
  pain: number;
  severe: number;
  /** Lines labelled AMAZON.YesIntent (or AMAZON.NoIntent) alone. */
  yes: number;
  no: number;
  /** Lines whose accepted set includes AMAZON.YesIntent with other intents. */
  yesInSets: number;
}

/** Everything one run reports. */
export interface Report {
  generated: string;
  command: string;
  counts: CorpusCounts;
  summaries: Summary[];
  behaviour: BehaviourSummary[];
  thresholds: Thresholds;
  /** Undefined when the run was filtered (no gate applies to part of the corpus). */
  failures?: GateFailure[];
  /** The held-out corpus's figures, kept apart from the main ones and never gated. */
  heldout?: HeldoutReport;
  /** Why no held-out block was printed (its folder does not exist yet). */
  heldoutNote?: string;
}

/** The figures of a held-out corpus (test/nlu/heldout-v3, or the one `--heldout` names). */
export interface HeldoutReport {
  /** Its folder, relative to the project root. */
  dir: string;
  counts: CorpusCounts;
  summaries: Summary[];
  behaviour: BehaviourSummary[];
}

/** How the held-out block is titled wherever it is printed. */
export const HELDOUT_TITLE = 'held-out: written after the grammar, never tuned against';

const tally = (keys: string[]) => {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
};

/** Counts `lines`. */
export function countLines(lines: readonly CorpusLine[]): CorpusCounts {
  const alone = (intent: string) =>
    lines.filter((l) => l.intents.length === 1 && l.intents[0] === intent).length;
  return {
    total: lines.length,
    files: new Set(lines.map((l) => l.file)).size,
    perContext: tally(lines.map((l) => l.context)),
    perIntent: tally(lines.map((l) => l.intents.join(' | '))),
    pain: lines.filter(isPainLine).length,
    severe: lines.filter(isSevereLine).length,
    yes: alone('AMAZON.YesIntent'),
    no: alone('AMAZON.NoIntent'),
    yesInSets: lines.filter((l) => l.intents.length > 1 && l.intents.includes('AMAZON.YesIntent')).length,
  };
}

const pct = (s: Share) => `${s.percent.toFixed(1)} % (${s.count}/${s.total})`;
const cell = (text: string) => text.replace(/\|/g, '\\|');
const examples = (c: Confusion) => c.examples.map((e) => `"${e}"`).join(', ');

function figureRows(report: Pick<Report, 'summaries'>): string[] {
  const rows = [
    '| locale | overall | intent | pain | severity | severe | slots | literal |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const s of report.summaries)
    rows.push(
      `| ${s.locale} | ${[s.overall, s.intent, s.pain, s.severity, s.severe, s.slots, s.literal].map(pct).join(' | ')} |`,
    );
  return rows;
}

/** The report as markdown (docs/nlu-report.md, .local/nlu/report.md). */
export function markdownReport(report: Report, options: { misses: boolean }): string {
  const main = report.summaries[0];
  const c = report.counts;
  const out = [
    '# NLU corpus report',
    '',
    `Generated ${report.generated} by \`${report.command}\`. The corpus (test/nlu, described in`,
    'test/nlu/README.md) is resolved through the console resolver, as strict as Alexa sample matching.',
    '',
    `Corpus: ${c.total} lines in ${c.files} files; ${c.pain} pain reports (${c.severe} severe), ${c.yes} yes and ${c.no} no forms`,
    `(and ${c.yesInSets} lines whose accepted answers include yes).`,
    '',
    '## Figures',
    '',
    'overall: intent and slots right; intent: intent right; pain: pain lines heard as pain; severity: pain',
    'lines heard as pain with the labelled severity; severe: the same over severe lines only; slots: slots',
    'right where the intent is; literal: lines that are word for word a model sample (lower is better).',
    '',
    ...figureRows(report),
  ];
  if (report.behaviour.length > 0) {
    out.push('', '## Pain through the skill', '', '| locale | as said | as labelled |', '|---|---|---|');
    for (const b of report.behaviour) out.push(`| ${b.locale} | ${pct(b.spoken)} | ${pct(b.labelled)} |`);
  }
  if (main) {
    out.push('', `## Accuracy per intent (${main.locale})`, '');
    out.push('| intent | lines | precision | recall | exact |', '|---|---|---|---|---|');
    for (const i of main.perIntent)
      out.push(
        `| ${i.intent} | ${i.expected} | ${i.precision.toFixed(1)} % | ${i.recall.toFixed(1)} % | ${i.exact}/${i.expected} |`,
      );
    out.push('', `## Accuracy per context (${main.locale})`, '', '| context | overall |', '|---|---|');
    for (const x of main.perContext) out.push(`| ${x.context} | ${pct(x.share)} |`);
    out.push(
      '',
      `## Confusion pairs (${main.locale})`,
      '',
      '| expected | got | lines | for example |',
      '|---|---|---|---|',
    );
    for (const x of main.confusions)
      out.push(`| ${x.expected} | ${x.got} | ${x.count} | ${cell(examples(x))} |`);
    out.push(
      '',
      `## Slot confusions (${main.locale})`,
      '',
      '| expected | got | lines | for example |',
      '|---|---|---|---|',
    );
    for (const x of main.slotConfusions)
      out.push(`| ${x.expected} | ${cell(x.got)} | ${x.count} | ${cell(examples(x))} |`);
    if (options.misses) {
      out.push(
        '',
        `## Misses (${main.locale})`,
        '',
        '| where | context | said | expected | got |',
        '|---|---|---|---|---|',
      );
      for (const m of main.misses)
        out.push(`| ${m.where} | ${m.context} | ${m.say} | ${cell(m.expected)} | ${cell(m.got)} |`);
    }
  }
  if (report.heldout) out.push('', ...heldoutMarkdown(report.heldout, options));
  else if (report.heldoutNote) out.push('', '## Held-out corpus', '', report.heldoutNote);
  out.push('', '## Gate', '', `Thresholds: ${JSON.stringify(report.thresholds)}.`, '');
  if (!report.failures) out.push('Not applied: the run covered part of the corpus.');
  else if (report.failures.length === 0) out.push('Every figure is at or above its threshold.');
  else
    for (const f of report.failures)
      out.push(`- ${f.figure} ${f.percent.toFixed(1)} % < ${f.threshold} % (${f.locale})`);
  return `${out.join('\n')}\n`;
}

/** The held-out section of the markdown report: counts, figures, pain through the skill, misses. */
function heldoutMarkdown(heldout: HeldoutReport, options: { misses: boolean }): string[] {
  const c = heldout.counts;
  const out = [
    '## Held-out corpus',
    '',
    `${HELDOUT_TITLE} (${heldout.dir}); no gate applies.`,
    `${c.total} lines in ${c.files} files; ${c.pain} pain reports (${c.severe} severe), ${c.yes} yes and ${c.no} no forms.`,
    '',
    ...figureRows(heldout),
  ];
  out.push('', ...heldout.summaries.map((s) => `${s.locale}: ${fallbackPrecision(s)}.`));
  if (heldout.behaviour.length > 0) {
    out.push('', '| locale | pain through the skill, as said | as labelled |', '|---|---|---|');
    for (const b of heldout.behaviour) out.push(`| ${b.locale} | ${pct(b.spoken)} | ${pct(b.labelled)} |`);
  }
  const main = heldout.summaries[0];
  if (main && options.misses) {
    out.push('', `### Held-out misses (${main.locale})`, '', '| where | context | said | expected | got |');
    out.push('|---|---|---|---|---|');
    for (const m of main.misses)
      out.push(`| ${m.where} | ${m.context} | ${m.say} | ${cell(m.expected)} | ${cell(m.got)} |`);
  }
  return out;
}

/**
 * The fallback's precision: of the lines answered with AMAZON.FallbackIntent, the share labelled so.
 * On a held-out corpus it says how often "I didn't catch that" was the right answer rather than a
 * phrasing the model misses.
 */
export function fallbackPrecision(summary: Summary): string {
  const f = summary.perIntent.find((x) => x.intent === 'AMAZON.FallbackIntent');
  if (!f || f.got === 0) return 'no line fell back';
  return `fallback precision ${f.precision.toFixed(1)} % (${f.hits}/${f.got} lines that fell back were labelled so)`;
}

/** The counts line and each locale's figures, as terminal text. */
function figureLines(counts: CorpusCounts, summaries: Summary[], behaviour: BehaviourSummary[]): string[] {
  const c = counts;
  const out = [`corpus: ${c.total} lines, ${c.pain} pain (${c.severe} severe), ${c.yes} yes, ${c.no} no`];
  for (const s of summaries) {
    out.push(
      '',
      `${s.locale}: overall ${pct(s.overall)}, intent ${pct(s.intent)}`,
      `  pain ${pct(s.pain)}, severity ${pct(s.severity)} (severe lines ${pct(s.severe)})`,
      `  slots ${pct(s.slots)}, word for word a model sample ${pct(s.literal)}`,
    );
    const b = behaviour.find((x) => x.locale === s.locale);
    if (b) out.push(`  pain through the skill: as said ${pct(b.spoken)}, as labelled ${pct(b.labelled)}`);
  }
  return out;
}

/** The held-out block for the terminal: its figures, its top confusion pairs, its misses when asked. */
function heldoutText(heldout: HeldoutReport, options: { misses: boolean; confusions?: number }): string[] {
  const out = ['', `${HELDOUT_TITLE} (${heldout.dir}, no gate)`];
  out.push(
    ...figureLines(heldout.counts, heldout.summaries, heldout.behaviour).map((l) => (l ? `  ${l}` : l)),
  );
  const main = heldout.summaries[0];
  if (!main) return out;
  out.push(...heldout.summaries.map((s) => `  ${s.locale}: ${fallbackPrecision(s)}`));
  out.push('', `  confusion pairs (${main.locale}): expected -> got, lines, for example`);
  for (const x of main.confusions.slice(0, options.confusions ?? 15))
    out.push(`    ${x.expected} -> ${x.got}  ${x.count}  ${examples(x)}`);
  if (options.misses) {
    out.push('', `  misses (${main.locale}):`);
    for (const m of main.misses)
      out.push(`    ${m.where} [${m.context}] "${m.say}": ${m.expected} -> ${m.got}`);
    for (const b of heldout.behaviour)
      for (const m of [...b.spokenMisses, ...b.labelledMisses]) out.push(`    ${m}`);
  }
  return out;
}

/** The report for the terminal: figures, the top confusion pairs, misses when asked, the held-out block. */
export function textReport(report: Report, options: { misses: boolean; confusions?: number }): string {
  const out = figureLines(report.counts, report.summaries, report.behaviour);
  const main = report.summaries[0];
  if (main) {
    out.push('', `accuracy per intent (${main.locale}): lines, precision, recall`);
    for (const i of main.perIntent)
      out.push(
        `  ${i.intent.padEnd(48)} ${String(i.expected).padStart(4)}  ${i.precision.toFixed(1).padStart(5)} %  ${i.recall.toFixed(1).padStart(5)} %`,
      );
    out.push('', `confusion pairs (${main.locale}): expected -> got, lines, for example`);
    for (const x of main.confusions.slice(0, options.confusions ?? 15))
      out.push(`  ${x.expected} -> ${x.got}  ${x.count}  ${examples(x)}`);
    if (options.misses) {
      out.push('', `misses (${main.locale}):`);
      for (const m of main.misses)
        out.push(`  ${m.where} [${m.context}] "${m.say}": ${m.expected} -> ${m.got}`);
      for (const b of report.behaviour)
        for (const m of [...b.spokenMisses, ...b.labelledMisses]) out.push(`  ${m}`);
    }
  }
  if (!report.failures) out.push('', 'gate: not applied (part of the corpus)');
  else if (report.failures.length === 0) out.push('', 'gate: passed');
  else
    out.push(
      '',
      'gate: FAILED',
      ...report.failures.map((f) => formatFailure({ ...f, misses: f.misses.slice(0, 5) })),
    );
  if (report.heldout) out.push(...heldoutText(report.heldout, options));
  else if (report.heldoutNote) out.push('', report.heldoutNote);
  return out.join('\n');
}
