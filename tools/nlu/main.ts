/**
 * `npm run nlu`: measures how well the interaction model understands the labelled corpus of natural
 * utterances (test/nlu). Prints the figures, writes a markdown and JSON report to .local/nlu/ (or,
 * with --write-docs, docs/nlu-report.md), and exits 1 below the gate, 2 on a corpus or usage error.
 * The held-out corpus (test/nlu/heldout-v3, or --heldout <dir>) is evaluated alongside with the same
 * filters and reported as its own block; the gate never applies to it. A held-out folder that does
 * not exist yet is skipped with a note.
 *
 *   npm run nlu -- --heldout test/nlu/heldout-v3
 *
 *   npm run nlu                         en-US, the whole corpus, gate applied
 *   npm run nlu -- --all-locales        every locale's model
 *   npm run nlu -- --locale en-GB --misses
 *   npm run nlu -- --file pain --context routine
 *   npm run nlu -- --write-docs         docs/nlu-report.md, dated, with the command
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, HELDOUT_DIR } from './corpus';
import { GATE } from './gate';
import { ALL_LOCALES, DEFAULT_LOCALE } from './labels';
import { countLines, markdownReport, textReport, type HeldoutReport, type Report } from './report';
import { runNlu, type RunOptions, type RunResult } from './run';

const ROOT = resolve(__dirname, '..', '..');
const USAGE = `usage: npm run nlu -- [--locale <locale> | --all-locales] [--misses] [--context <context>]
                       [--file <name>] [--no-behaviour] [--write-docs] [--corpus <dir>] [--heldout <dir>]`;

/** Where the output goes (the terminal, or a test). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the command line `args`; resolves to the exit code. */
export async function main(args: readonly string[], io: Output, root = ROOT): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        locale: { type: 'string' },
        'all-locales': { type: 'boolean' },
        misses: { type: 'boolean' },
        context: { type: 'string' },
        file: { type: 'string' },
        'no-behaviour': { type: 'boolean' },
        'write-docs': { type: 'boolean' },
        corpus: { type: 'string' },
        heldout: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const locales = values['all-locales'] ? [...ALL_LOCALES] : [values.locale ?? DEFAULT_LOCALE];
  const unknown = locales.filter((l) => !(ALL_LOCALES as readonly string[]).includes(l));
  if (unknown.length > 0) {
    io.err(`unknown locale ${unknown.join(', ')} (${ALL_LOCALES.join(', ')})`);
    return 2;
  }
  const options: RunOptions = {
    locales,
    ...(values.context === undefined ? {} : { context: values.context }),
    ...(values.file === undefined ? {} : { file: values.file }),
    behaviour: !values['no-behaviour'],
  };
  const result = await runNlu({
    ...options,
    ...(values.corpus === undefined ? {} : { corpusDir: resolve(values.corpus) }),
  });
  if (refused(result, io)) return 2;
  if (result.lines.length === 0) {
    io.err('no corpus line matches the filters');
    return 2;
  }
  // The held-out corpus: the default one beside the default corpus, or the one named.
  const heldoutDir =
    values.heldout === undefined
      ? values.corpus === undefined
        ? HELDOUT_DIR
        : undefined
      : resolve(values.heldout);
  let heldout: HeldoutReport | undefined;
  let heldoutNote: string | undefined;
  if (heldoutDir !== undefined) {
    const dir = relative(root, heldoutDir) || '.';
    if (!existsSync(heldoutDir)) heldoutNote = `held-out: ${dir} does not exist yet, skipped`;
    else {
      const held = await runNlu({ ...options, corpusDir: heldoutDir });
      if (refused(held, io)) return 2;
      if (held.lines.length > 0)
        heldout = {
          dir,
          counts: countLines(held.lines),
          summaries: held.summaries,
          behaviour: held.behaviour,
        };
      else heldoutNote = `held-out: ${dir} has no line that matches the filters`;
    }
  }
  const report: Report = {
    generated: new Date().toISOString().slice(0, 10),
    command: ['npm run nlu', ...(args.length > 0 ? ['--', ...args] : [])].join(' '),
    counts: countLines(result.lines),
    summaries: result.summaries,
    behaviour: result.behaviour,
    thresholds: GATE,
    ...(result.failures ? { failures: result.failures } : {}),
    ...(heldout ? { heldout } : {}),
    ...(heldoutNote ? { heldoutNote } : {}),
  };
  const misses = values.misses === true;
  io.out(textReport(report, { misses }));
  if (values['write-docs']) {
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, 'docs', 'nlu-report.md'), markdownReport(report, { misses: false }));
    io.out('report: docs/nlu-report.md');
  } else {
    const dir = join(root, '.local', 'nlu');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.md'), markdownReport(report, { misses: true }));
    writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    io.out('report: .local/nlu/report.md, .local/nlu/report.json');
  }
  return result.failures && result.failures.length > 0 ? 1 : 0;
}

/** Prints a run's corpus problems; true when there were any (nothing was evaluated). */
function refused(result: RunResult, io: Output): boolean {
  if (result.problems.length === 0) return false;
  for (const problem of result.problems) io.err(formatProblem(problem));
  io.err(`${result.problems.length} corpus problem(s): nothing evaluated`);
  return true;
}

if (require.main === module) {
  const io: Output = {
    out: (text) => {
      console.log(text);
    },
    err: (text) => {
      console.error(text);
    },
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
    },
  );
}
