/**
 * Item attribute names the repositories put in conditions, shared so that a writer and the
 * condition that guards against it cannot drift apart. Key and TTL names come from ../schema.ts.
 */
import { TABLE_SCHEMA } from '../schema';

export const PK = TABLE_SCHEMA.partitionKey.name;
export const SK = TABLE_SCHEMA.sortKey.name;
export const EXPIRES_AT = TABLE_SCHEMA.timeToLiveAttribute;

/**
 * On the profile key of an erased user, in place of the profile: the marker every later write of
 * that user is refused by (`attribute_not_exists(erased)`). It holds the key, this flag and its
 * expiry, nothing else.
 */
export const ERASED = 'erased';

/**
 * The condition of every write that may create a user's profile: no erasure marker there. Like the
 * other expressions of the repositories it names attributes directly (none of the names here is a
 * DynamoDB reserved word, which DynamoDB Local would refuse) and is built once per container.
 */
export const NOT_ERASED = `attribute_not_exists(${ERASED})`;

/** On a rest-day item: the request id that logged it (a retry of that request recognises it). */
export const LOGGED_BY = 'loggedBy';
/**
 * On a removed rest day: the request id that removed it. The item is then a marker holding only its
 * key, this id and a TTL of the removal's instant (DynamoDB deletes it within days); reads skip it,
 * a later log replaces it, and a retry of the removing request recognises it.
 */
export const REMOVED_BY = 'removedBy';

/** On the profile: the request id of the write that created the item (first contact or not). */
export const CREATED_BY = 'createdBy';
/** On the profile: the request id of the latest launch (a retried launch recognises itself). */
export const LAST_LAUNCH_ID = 'lastLaunchId';
/** On the profile: the request id of the latest goal or paused-routine write. */
export const LAST_WRITE_ID = 'lastWriteId';
/** On the profile: the paused routine the latest launch handed over (a retried launch hands it back). */
export const HANDED_OVER = 'handedOver';
