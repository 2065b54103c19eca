/**
 * Replays every dialog script under test/dialogs through the console engine: each `tests:` entry is
 * one jest test, run on a console of its own (a fresh in-memory store, the clock at the file's `now`),
 * so no test depends on what another left behind.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { seededRandom } from '../../harness/skill';
import { openDialogConsole } from '../../tools/console/dialog/open';
import { loadDialog } from '../../tools/console/dialog/parse';
import { runDialogTest } from '../../tools/console/dialog/run';

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

  it.each(dialog.tests.map((test) => [test.name, test] as const))('%s', async (_name, test) => {
    const running = await openDialogConsole(dialog, { random: seededRandom() });
    try {
      await runDialogTest(running.engine, dialog, test);
    } finally {
      await running.close();
    }
  });
});
