/**
 * The local DynamoDB backends the integration tests run against, started once by global-setup.ts:
 * Amazon's DynamoDB Local (the reference) and dynalite (the console's embedded default).
 */
import { createDocumentClient, createDynamoStore } from '../../lambda/store/dynamo';
import type { Store } from '../../lambda/store/port';
import { BACKEND_ENV, ensureTable, freePort, LOCAL_CLIENT_CONFIG } from '../../harness/dynamo';

export { BACKEND_ENV };

export type BackendName = keyof typeof BACKEND_ENV;

/** `[name, endpoint]` of every backend, for `describe.each`. */
export function backends(): [BackendName, string][] {
  return (Object.keys(BACKEND_ENV) as BackendName[]).map((name) => {
    const endpoint = process.env[BACKEND_ENV[name]];
    if (!endpoint)
      throw new Error(`${name} was not started: run the integration tests through jest's global setup`);
    return [name, endpoint];
  });
}

/** A document client for a local endpoint. */
export function localDocumentClient(endpoint: string) {
  return createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
}

let tables = 0;
/** When this module was loaded: mutation testing runs the same files again in one process. */
const loaded = Date.now().toString(36);
/** A fresh table name, so test files (and runs of them) never see each other's data. */
export function uniqueTableName(prefix: string): string {
  tables += 1;
  return `${prefix}-${process.pid}-${loaded}-${tables}`;
}

/** A fresh table on a local backend, with a document client and the DynamoDB store over it. */
export interface LocalStore {
  tableName: string;
  doc: ReturnType<typeof localDocumentClient>;
  store: Store;
}

/**
 * For the enclosing `describe`: a fresh table (prefixed `prefix`) on `endpoint`, created before its
 * tests and its client closed after them. Returns a getter, valid inside the tests.
 */
export function useLocalStore(prefix: string, endpoint: string): () => LocalStore {
  const tableName = uniqueTableName(prefix);
  const doc = localDocumentClient(endpoint);
  const local: LocalStore = { tableName, doc, store: createDynamoStore(doc, tableName) };
  beforeAll(async () => {
    await ensureTable(endpoint, tableName);
  });
  afterAll(() => {
    doc.destroy();
  });
  return () => local;
}

/** A store over a local port nothing listens on, with short limits: every call fails within 1 s. */
export async function unreachableStore() {
  const port = await freePort();
  const limits = { connectionTimeoutMs: 200, requestTimeoutMs: 200, maxAttempts: 2, operationBudgetMs: 1000 };
  const doc = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint: `http://127.0.0.1:${port}` }, limits);
  return { doc, store: createDynamoStore(doc, 'nothing-here', { limits }) };
}
