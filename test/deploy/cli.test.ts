/**
 * The real command lines: the project's own ASK CLI starts (its antlr4ts dependency pinned through
 * package.json `overrides`), and `npm run deploy -- --help` runs the deploy's entry point.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');

describe('the deploy command lines', () => {
  it('start the ASK CLI 2.30.7 installed as a dev dependency', () => {
    const result = spawnSync(join(BIN, 'ask'), ['--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/Class extends value undefined/);
    expect(result.stdout.trim()).toBe('2.30.7');
  });

  it('run the deploy entry point (help, and a one-line refusal of an unknown command)', () => {
    const help = spawnSync(join(BIN, 'tsx'), ['tools/deploy/main.ts', 'deploy', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^npm run deploy/);
    const wrong = spawnSync(join(BIN, 'tsx'), ['tools/deploy/main.ts', 'deply'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(wrong.status).toBe(2);
    expect(wrong.stdout.trim().split('\n')).toHaveLength(1);
  });
});
