/**
 * Files generated from source and committed (the interaction models, the skill manifest): written by
 * their generator, or, with `--check`, compared with what the source generates (drift).
 */
import { readFile, writeFile } from 'node:fs/promises';

/** A committed file generated from source. */
export interface GeneratedFile {
  /** Absolute path of the committed file. */
  path: string;
  /** Its name in messages, e.g. `models/en-GB.json`. */
  name: string;
  /** The exact text the source generates for it. */
  render: () => string;
}

/** How a generator names its source and its regenerating command, for drift messages. */
export interface DriftWording {
  source: string;
  command: string;
}

/** One line per file that is missing or does not match its source; empty when nothing drifted. */
export async function driftOf(files: GeneratedFile[], wording: DriftWording): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const current = await readFile(file.path, 'utf8').catch(() => undefined);
    if (current === undefined) problems.push(`${file.name} is missing: run "${wording.command}"`);
    else if (current !== file.render())
      problems.push(`${file.name} differs from ${wording.source}: run "${wording.command}"`);
  }
  return problems;
}

/**
 * A generator's command line: writes every file, or with `--check` writes nothing, prints what
 * `drift()` finds and sets exit code 1 when it finds anything.
 */
export function runGenerator(files: () => GeneratedFile[], drift: () => Promise<string[]>): void {
  const main = async (): Promise<number> => {
    if (process.argv.includes('--check')) {
      const problems = await drift();
      for (const problem of problems) console.error(problem);
      return problems.length === 0 ? 0 : 1;
    }
    for (const file of files()) {
      await writeFile(file.path, file.render());
      console.log(`wrote ${file.name}`);
    }
    return 0;
  };
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
