/** The console's command line, run as a user runs it: exit codes and one-line errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(30_000);

const root = join(__dirname, '..', '..', '..');
let dir: string;

function runConsole(args: string[], input = '') {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['tools/console/main.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', AWS_ENDPOINT_URL_DYNAMODB: '' },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'run-coach-main-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('refuses an unknown flag with one line and exit code 2', () => {
    const { code, stderr } = runConsole(['--bogus']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('run-coach console: unknown flag --bogus (see --help)');
  });

  it('refuses a model file that is not an interaction model with one line and exit code 2', () => {
    const model = join(dir, 'model.json');
    writeFileSync(model, '{"interactionModel": {}}');
    const { code, stderr } = runConsole(['--memory', '--model', model]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`run-coach console: ${model} has no interactionModel.languageModel`);
  });

  it('replays a script and exits 1 at the first failed expectation, naming file, test and step', () => {
    const script = join(dir, 'failing.yaml');
    writeFileSync(
      script,
      'tests:\n  - name: greets\n    steps:\n      - user: open run coach\n        session: open\n      - user: help\n        alexa: banana\n',
    );
    const { code, stdout } = runConsole(['--script', script]);
    expect(code).toBe(1);
    expect(stdout).toContain('you> open run coach');
    expect(stdout).toContain(`FAILED ${script}, test "greets", step 2: expected Alexa to say "banana"`);
  });

  it('on --screen echo-show-8, prints each screen after the speech, and a tap presses its button', () => {
    const { code, stdout } = runConsole(
      ['--memory', '--screen', 'echo-show-8', '--now', '2026-11-25T12:30:00Z'],
      'give me a quick walking warm up\n:wait 40s\n:tap next\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('device: echo-show-8');
    const lines = stdout.split('\n');
    const screens = lines.filter((line) => line.startsWith('[screen] '));
    expect(screens).toEqual([
      '[screen] Easy walk · 2:00 left · step 1 of 5 · next: Walk with your core switched on · [Back] [Pause] [Next]',
      '[screen] Walk with your core switched on · 0:30 left · step 2 of 5 · next: Brisk walk · [Back] [Pause] [Next]',
    ]);
    expect(lines.findIndex((l) => l.startsWith('[screen] '))).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith('Alexa: ')),
    );
    expect(stdout).toContain('↳ Alexa.Presentation.APL.UserEvent ["command","next"]');
  });

  it('prints no screen without --screen, and refuses an unknown device with one line and exit code 2', () => {
    const { stdout } = runConsole(['--memory'], 'give me a quick walking warm up\n');
    expect(stdout).not.toContain('[screen]');
    expect(stdout).toContain('device: no screen');
    const bad = runConsole(['--screen', 'echo-show-9']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'run-coach console: --screen echo-show-9 is not one of none, echo-show-5, echo-show-8, echo-show-15, echo-hub-round, tv',
    );
  });

  it('talks through piped input on a throwaway store and ends the session on end of input', () => {
    const { code, stdout } = runConsole(
      ['--memory', '--now', '2026-11-25T18:00:00Z'],
      'open run coach\nhelp\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Alexa: ');
    expect(stdout).toContain('↳ AMAZON.HelpIntent');
    expect(stdout.trim().split('\n').slice(-3)).toEqual([
      '  ↳ SessionEndedRequest (USER_INITIATED)',
      'Alexa: (says nothing)',
      '[session closed]',
    ]);
  });
});
