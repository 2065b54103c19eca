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
  /**
   * DynamoDB TTL: an item whose attribute holds an instant (epoch seconds) in the past is deleted
   * by DynamoDB, typically within two days. Every activity item carries it (see
   * {@link activityExpiresAt}); the erasure marker too; the profile never does.
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html
   */
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

/**
 * How long a rest day or a completed routine is kept: 90 days after the day it concerns. The skill
 * lets a user log, remove or hear about at most 60 days back (`PAST_LIMIT_DAYS` in
 * lambda/restdays/dates.ts; summaries and advice read one week), so nothing it can still use
 * expires.
 */
export const ACTIVITY_RETENTION_DAYS = 90;

/**
 * How long the marker of an erased user (the skill disabled with NOT_PERSISTED) is kept: long enough
 * to refuse every request that was still in flight, or a session's late end, for that user id (Alexa
 * gives a re-enabled skill a new one). It holds the key and nothing else.
 */
export const ERASED_MARKER_RETENTION_DAYS = 7;

const DAY_SECONDS = 24 * 60 * 60;

/**
 * The TTL value (epoch seconds) of an activity item of local date `date` (`YYYY-MM-DD`): midnight
 * UTC starting the day {@link ACTIVITY_RETENTION_DAYS} after it.
 */
export function activityExpiresAt(date: string): number {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (!Number.isFinite(day)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return day / 1000 + ACTIVITY_RETENTION_DAYS * DAY_SECONDS;
}

/** The TTL value (epoch seconds) of an erased user's marker written at `nowMs`. */
export function erasedMarkerExpiresAt(nowMs: number): number {
  return Math.floor(nowMs / 1000) + ERASED_MARKER_RETENTION_DAYS * DAY_SECONDS;
}
