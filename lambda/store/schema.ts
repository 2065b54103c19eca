/**
 * The one definition of the table's shape. `infra/` builds the real table from it; the console and
 * the tests create their local tables from it. Nothing else names these attributes.
 */
export interface KeyAttribute {
  name: string;
  type: 'S';
}

/** The table's primary key: one partition per user, one sort key per item of that user. */
export const TABLE_SCHEMA = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  /** Items with this attribute (epoch seconds) expire; used only by short-lived items. */
  timeToLiveAttribute: 'expiresAt',
} as const satisfies { partitionKey: KeyAttribute; sortKey: KeyAttribute; timeToLiveAttribute: string };

/** The `CreateTable` input for a local table with this schema (on-demand, like the deployed one). */
export function createTableInput(tableName: string) {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [
      { AttributeName: TABLE_SCHEMA.partitionKey.name, AttributeType: TABLE_SCHEMA.partitionKey.type },
      { AttributeName: TABLE_SCHEMA.sortKey.name, AttributeType: TABLE_SCHEMA.sortKey.type },
    ],
    KeySchema: [
      { AttributeName: TABLE_SCHEMA.partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: TABLE_SCHEMA.sortKey.name, KeyType: 'RANGE' as const },
    ],
  };
}
