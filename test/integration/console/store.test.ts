import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, StoreBusyError } from '../../../tools/console/store';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'run-coach-console-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the console store', () => {
  it('keeps data in the embedded DynamoDB across a restart, creating the table on first use', async () => {
    const path = join(dir, 'db');
    const first = await openStore({ memory: false, table: 'run-coach-local', path });
    expect(first.description).toContain(path);
    const before = await first.store.profiles.recordLaunch(
      'amzn1.ask.account.A',
      new Date('2026-11-25T10:00:00Z'),
    );
    await first.close();
    const second = await openStore({ memory: false, table: 'run-coach-local', path });
    const after = await second.store.profiles.recordLaunch(
      'amzn1.ask.account.A',
      new Date('2026-11-26T10:00:00Z'),
    );
    await second.close();
    expect(before.previous).toBeUndefined();
    expect(after.previous?.launchCount).toBe(1);
    expect(after.current.launchCount).toBe(2);
  });

  it('refuses a second console on the same data folder with a clear message', async () => {
    const path = join(dir, 'db');
    const first = await openStore({ memory: false, table: 'run-coach-local', path });
    try {
      await expect(openStore({ memory: false, table: 'run-coach-local', path })).rejects.toThrow(
        StoreBusyError,
      );
    } finally {
      await first.close();
    }
    const again = await openStore({ memory: false, table: 'run-coach-local', path });
    await again.close();
    expect(again.description).toContain('dynalite');
  });

  it('keeps nothing with --memory', async () => {
    const memory = await openStore({ memory: true, table: 'run-coach-local' });
    await memory.store.profiles.recordLaunch('amzn1.ask.account.A', new Date('2026-11-25T10:00:00Z'));
    await memory.close();
    const fresh = await openStore({ memory: true, table: 'run-coach-local' });
    const launch = await fresh.store.profiles.recordLaunch(
      'amzn1.ask.account.A',
      new Date('2026-11-25T10:00:00Z'),
    );
    expect(launch.previous).toBeUndefined();
  });
});
