/**
 * Replays every dialog script under test/dialogs through the console engine: each `tests:` entry
 * is one jest test, run in order on one in-memory store per file.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openDialogConsole } from '../../tools/console/dialog/open';
import { loadDialog } from '../../tools/console/dialog/parse';
import { runDialogTest } from '../../tools/console/dialog/run';
import type { RunningConsole } from '../../tools/console/runtime';
import { seededRandom } from '../../harness/skill';

const root = __dirname;
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.yaml'))
  .sort();

it('finds the dialog scripts', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('%s', (file) => {
  const loaded = loadDialog(join(root, file));
  const dialog = { ...loaded, path: relative(process.cwd(), loaded.path) };
  let running: RunningConsole;

  beforeAll(async () => {
    running = await openDialogConsole(dialog, { random: seededRandom() });
  });
  afterAll(async () => {
    await running.close();
  });

  it.each(dialog.tests.map((test) => [test.name, test] as const))('%s', async (_name, test) => {
    await runDialogTest(running.engine, dialog, test);
  });
});
