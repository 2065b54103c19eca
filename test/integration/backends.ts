/**
 * The local DynamoDB backends the integration tests run against, started once by global-setup.ts:
 * Amazon's DynamoDB Local (the reference) and dynalite (the console's embedded default).
 */
import { createDocumentClient } from '../../lambda/store/dynamo';
import { LOCAL_CLIENT_CONFIG } from '../../tools/local/dynamo';

export const BACKEND_ENV = {
  'DynamoDB Local': 'RUN_COACH_TEST_DYNAMODB_LOCAL',
  dynalite: 'RUN_COACH_TEST_DYNALITE',
} as const;

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
/** A fresh table name, so test files never see each other's data. */
export function uniqueTableName(prefix: string): string {
  tables += 1;
  return `${prefix}-${process.pid}-${tables}`;
}
