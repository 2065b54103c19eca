/**
 * The reports that tools write and a run may commit (bench/results.*, the load test's), in the
 * project's Prettier style. Prettier is loaded by the tools that write reports only.
 */
import { writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';

/**
 * Writes `text` to `path` formatted as the project's Prettier configuration formats that path
 * (`.prettierrc.json`), so that a committed report passes `prettier --check` as written; resolves
 * with the text written.
 */
export async function writeInProjectStyle(
  path: string,
  text: string,
  parser: 'json' | 'markdown',
): Promise<string> {
  const style = await resolveConfig(path);
  const formatted = await format(text, { ...style, parser });
  await writeFile(path, formatted);
  return formatted;
}
