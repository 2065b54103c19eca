/** `--speak`: reads answers aloud through espeak-ng, when it is installed. */
import { spawn, spawnSync } from 'node:child_process';

/** Whether espeak-ng can be run. */
export function espeakAvailable(): boolean {
  const probe = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
}

/** Speaks `text` and resolves when done (or at once if espeak-ng fails). */
export function speak(text: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('espeak-ng', ['--', text.replace(/\[pause [^\]]*\]/g, ', ')], { stdio: 'ignore' });
    child.on('error', () => {
      resolve();
    });
    child.on('exit', () => {
      resolve();
    });
  });
}
