import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../port';
import { DynamoActivityStore } from './activity';
import { DEFAULT_LIMITS } from './client';
import { DynamoProfileStore } from './profiles';
import { Table } from './table';

export { createDocumentClient, DEFAULT_LIMITS, type DynamoLimits } from './client';

/** The DynamoDB implementation of the storage port, on an existing table. */
export function createDynamoStore(
  doc: DynamoDBDocumentClient,
  tableName: string,
  operationBudgetMs: number = DEFAULT_LIMITS.operationBudgetMs,
): Store {
  const table = new Table(doc, tableName, operationBudgetMs);
  return { profiles: new DynamoProfileStore(table), activity: new DynamoActivityStore(table) };
}
