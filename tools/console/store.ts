/**
 * Where the console keeps user data: an embedded dynalite under the project's git-ignored `.local/`
 * (the default, so data survives a restart), an in-memory store (`--memory`), or any DynamoDB named
 * by the AWS SDK's own `AWS_ENDPOINT_URL_DYNAMODB`.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { createDocumentClient, createDynamoStore } from '../../lambda/store/dynamo';
import { createMemoryStore } from '../../lambda/store/memory';
import type { Store } from '../../lambda/store/port';
import { ensureTable, LOCAL_CLIENT_CONFIG, startDynalite } from '../../harness/dynamo';

/** The default table name for local data. */
export const DEFAULT_TABLE = 'run-coach-local';

/** Where the embedded DynamoDB keeps its files. */
export const EMBEDDED_DATA_PATH = resolve(__dirname, '..', '..', '.local', 'console-dynamodb');

/** An open store and how to close it. */
export interface ConsoleStore {
  store: Store;
  /** One line for the banner: where the data lives. */
  description: string;
  close(): Promise<void>;
}

/** How to open the store. */
export interface StoreChoice {
  memory: boolean;
  table: string;
  /** `AWS_ENDPOINT_URL_DYNAMODB`, when set. */
  endpoint?: string | undefined;
  /** The embedded store's folder (default {@link EMBEDDED_DATA_PATH}). */
  path?: string;
}

/** The embedded store's folder is used by another running console. */
export class StoreBusyError extends Error {
  override readonly name = 'StoreBusyError';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Takes `<path>.pid` so that only one console opens the LevelDB folder (dynalite would fail
 * later, from inside a request, if a second process opened it). A lock left by a dead process is taken over.
 */
function lockFolder(path: string): () => void {
  const lockPath = `${path}.pid`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        unlinkSync(lockPath);
      };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
        throw new StoreBusyError(
          `${path} is in use by another console (process ${owner}); use --memory or stop it`,
        );
      }
      unlinkSync(lockPath);
    }
  }
  throw new StoreBusyError(`cannot lock ${path}`);
}

const isLoopback = (endpoint: string) =>
  /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(endpoint);

/** Opens the store the flags and environment ask for. */
export async function openStore(choice: StoreChoice): Promise<ConsoleStore> {
  if (choice.memory) {
    return {
      store: createMemoryStore(),
      description: 'in memory (--memory): nothing is kept',
      close: async () => {},
    };
  }
  if (choice.endpoint) {
    // The client reads AWS_ENDPOINT_URL_DYNAMODB itself; a local endpoint gets local credentials, any
    // other the AWS SDK's default chain (profiles, SSO, …).
    const local = isLoopback(choice.endpoint);
    if (local) await ensureTable(choice.endpoint, choice.table);
    const doc = createDocumentClient(
      local
        ? { ...LOCAL_CLIENT_CONFIG, env: process.env }
        : { credentials: defaultProvider(), env: process.env },
    );
    return {
      store: createDynamoStore(doc, choice.table),
      description: `DynamoDB at ${choice.endpoint} (AWS_ENDPOINT_URL_DYNAMODB), table ${choice.table}`,
      close: () => {
        doc.destroy();
        return Promise.resolve();
      },
    };
  }
  const path = choice.path ?? EMBEDDED_DATA_PATH;
  const unlock = lockFolder(path);
  let dynalite: Awaited<ReturnType<typeof startDynalite>>;
  try {
    dynalite = await startDynalite({ path });
    await ensureTable(dynalite.endpoint, choice.table);
  } catch (error) {
    unlock();
    throw error;
  }
  const doc = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint: dynalite.endpoint });
  return {
    store: createDynamoStore(doc, choice.table),
    description: `embedded DynamoDB (dynalite) in ${path}, table ${choice.table}`,
    async close() {
      doc.destroy();
      await dynalite.stop();
      unlock();
    },
  };
}
