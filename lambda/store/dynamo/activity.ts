import { PutCommand, QueryCommand, UpdateCommand } from './commands';
import {
  dayBound,
  PROFILE_SORT_KEY,
  profileKey,
  recentRange,
  restDayKey,
  routineKey,
  userPartition,
} from '../keys';
import type {
  ActivityHistory,
  ActivityStore,
  CallOptions,
  CompletedRoutine,
  RecentActivity,
  RestDay,
  RestDayLog,
  RestDayRemoval,
} from '../port';
import { activityExpiresAt } from '../schema';
import { CREATED_BY, EXPIRES_AT, LOGGED_BY, NOT_ERASED, PK, REMOVED_BY, SK } from './attributes';
import { StoreUnavailableError, UserErasedError } from '../errors';
import { Eraser, refuseIfErased, type EraserSettings } from './erase';
import { parseRestDayGoal } from './profile-items';
import type { Operation, Table } from './table';

/**
 * The log's condition, a first contact's profile stamp and the range read, built once per container
 * with the names direct, as the profile writes are (attributes.ts). The log's condition holds
 * unless the day is there with another request's `loggedBy`: every day the store logs carries its
 * request's id and a removal marker has none (the removal takes it off), so two clauses say "no day
 * there, a removal marker, or this very request's day". A local DynamoDB parses each condition anew
 * on every call, and dynalite allocates about 25 KB less for these two clauses than for three.
 */
const LOG_CONDITION = `attribute_not_exists(${LOGGED_BY}) OR ${LOGGED_BY} = :id`;
const SEEN_UPDATE = `SET firstSeenAt = if_not_exists(firstSeenAt, :at), ${CREATED_BY} = if_not_exists(${CREATED_BY}, :id)`;
const RANGE_CONDITION = `${PK} = :pk AND ${SK} BETWEEN :from AND :to`;

/**
 * The removal's update and condition. The condition holds for a logged day (it carries `loggedBy`)
 * and for this very request's marker (its `removedBy`), and for nothing else: a marker has no
 * `loggedBy`, a logged day no `removedBy`, a day never logged neither. `date` and `type` are
 * DynamoDB reserved words, so only they keep placeholders.
 */
const REMOVAL_UPDATE = `SET ${REMOVED_BY} = :id, ${EXPIRES_AT} = :now REMOVE loggedAt, ${LOGGED_BY}, #date, #type`;
const REMOVAL_CONDITION = `attribute_exists(${LOGGED_BY}) OR ${REMOVED_BY} = :id`;

/**
 * Rest days and completed routines in DynamoDB, one item each in the user's partition, each with a
 * TTL 90 days after its day (`activityExpiresAt`). Every write that can create an item checks
 * afterwards that the user was not erased meanwhile, and takes its item back if they were (see
 * erase.ts for why this closes the race with an erasure).
 */
export class DynamoActivityStore implements ActivityStore {
  private readonly eraser: Eraser;

  constructor(
    private readonly table: Table,
    eraser: EraserSettings = {},
  ) {
    this.eraser = new Eraser(table, eraser);
  }

  /**
   * One conditional `PutItem` (a day removed may be logged again), then the erasure check, which
   * also tells a user never seen (then `markSeen`, the only extra write). The
   * condition also holds for a day this very request logged (`loggedBy` is its id): a retry, of the
   * attempt or of the whole request, after a write whose answer was lost writes the same day again.
   * The put returns the item it replaced (`ALL_OLD`): when that already carried this request's id
   * and no earlier attempt of this call may have landed, the whole request was delivered again and
   * its first delivery logged the day: `logged-earlier`; otherwise `logged`. The condition fails
   * only for a day another request logged: `already-logged`.
   */
  logRestDay(
    userId: string,
    restDay: RestDay,
    requestId: string,
    options?: CallOptions,
  ): Promise<RestDayLog> {
    return this.table.operation('logRestDay', options, async (op) => {
      const key = restDayKey(userId, restDay.date);
      const result = await op.conditional((abortSignal) =>
        this.table.doc.send(
          new PutCommand({
            TableName: this.table.name,
            Item: {
              ...key,
              type: 'rest',
              date: restDay.date,
              loggedAt: restDay.loggedAt,
              [LOGGED_BY]: requestId,
              [EXPIRES_AT]: activityExpiresAt(restDay.date),
            },
            ConditionExpression: LOG_CONDITION,
            ExpressionAttributeValues: { ':id': requestId },
            ReturnValues: 'ALL_OLD',
          }),
          { abortSignal },
        ),
      );
      if (!result.written) return { outcome: 'already-logged', firstContact: false };
      const earlier = op.wroteEarlier(result.output.Attributes?.[LOGGED_BY], requestId);
      const known = await refuseIfErased(this.table, op, userId, key);
      if (known === false) await this.markSeen(op, userId, restDay.loggedAt, requestId);
      return { outcome: earlier ? 'logged-earlier' : 'logged', firstContact: known !== true };
    });
  }

  /**
   * A first contact's one extra write: `firstSeenAt` and `createdBy` on a profile that was not
   * there (`if_not_exists`, so a launch racing it keeps its own), no launch counted, the paused
   * routine and the pain watch untouched. Conditional on the erasure marker's absence, so it never
   * recreates an erased profile: the log is then refused with {@link UserErasedError} like every
   * write of an erased user (the eraser's query, which runs after its marker, takes the rest day:
   * erase.ts). A failed write leaves the day logged and is counted: the next request says the
   * disclaimer again.
   */
  private async markSeen(op: Operation, userId: string, at: string, requestId: string): Promise<void> {
    let marked: { written: boolean };
    try {
      marked = await op.conditional((abortSignal) =>
        this.table.doc.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: profileKey(userId),
            UpdateExpression: SEEN_UPDATE,
            ConditionExpression: NOT_ERASED,
            ExpressionAttributeValues: { ':at': at, ':id': requestId },
          }),
          { abortSignal },
        ),
      );
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      this.table.countFailure(op.name);
      return;
    }
    if (!marked.written) throw new UserErasedError(op.name);
  }

  /**
   * One conditional `UpdateItem` that turns the day into a removal marker: it sets `removedBy` to
   * this request's id and the TTL to now, and drops what the day held (`loggedAt`, `loggedBy`, its
   * date and type), so only the key, the request id and the TTL are left until DynamoDB's TTL
   * deletes it (reads skip it from the start, a later log replaces it). The marker is what lets a
   * retry of this request, after a removal that fully landed and whose answer was lost, pass the
   * condition again (`removedBy` is its own id) and say it is removed, not `not-found`; a removal by
   * any other request finds no day to remove. The update returns what it replaced (`UPDATED_OLD`):
   * `removedBy` already this request's id, with no earlier attempt of this call that may have
   * landed, is the whole request delivered again: `removed-earlier`; otherwise `removed`.
   */
  removeRestDay(
    userId: string,
    date: string,
    requestId: string,
    options?: CallOptions,
  ): Promise<RestDayRemoval> {
    return this.table.operation('removeRestDay', options, async (op) => {
      const marked = await op.conditional((abortSignal) =>
        this.table.doc.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: restDayKey(userId, date),
            UpdateExpression: REMOVAL_UPDATE,
            ConditionExpression: REMOVAL_CONDITION,
            ExpressionAttributeNames: { '#date': 'date', '#type': 'type' },
            ExpressionAttributeValues: {
              ':id': requestId,
              ':now': Math.floor(this.table.settings.clock.now() / 1000),
            },
            ReturnValues: 'UPDATED_OLD',
          }),
          { abortSignal },
        ),
      );
      if (!marked.written) return 'not-found';
      return op.wroteEarlier(marked.output.Attributes?.[REMOVED_BY], requestId)
        ? 'removed-earlier'
        : 'removed';
    });
  }

  /**
   * One `PutItem` (a retry writes the same item again) that returns the item it replaced
   * (`ALL_OLD`), then the erasure check. The key holds the completion instant, so an item already
   * there, with no earlier attempt of this call that may have landed, is an earlier delivery's:
   * `recorded-earlier`.
   */
  recordRoutine(
    userId: string,
    routine: CompletedRoutine,
    options?: CallOptions,
  ): Promise<'recorded' | 'recorded-earlier'> {
    return this.table.operation('recordRoutine', options, async (op) => {
      const key = routineKey(userId, routine.date, routine.completedAt);
      const output = await op.write((abortSignal) =>
        this.table.doc.send(
          new PutCommand({
            TableName: this.table.name,
            Item: { ...key, type: 'routine', ...routine, [EXPIRES_AT]: activityExpiresAt(routine.date) },
            ReturnValues: 'ALL_OLD',
          }),
          { abortSignal },
        ),
      );
      const earlier = output.Attributes !== undefined && !op.mayHaveWritten;
      await refuseIfErased(this.table, op, userId, key);
      return earlier ? 'recorded-earlier' : 'recorded';
    });
  }

  /** One `Query` over the date range (paged only past DynamoDB's 1 MB page size). */
  history(userId: string, fromDate: string, toDate: string, options?: CallOptions): Promise<ActivityHistory> {
    return this.table.operation('history', options, async (op) => {
      const history: ActivityHistory = { restDays: [], routines: [] };
      const items = await this.query(op, userId, dayBound(fromDate, 'start'), dayBound(toDate, 'end'));
      for (const item of items) addItem(history, item);
      return history;
    });
  }

  /** One `Query` from `fromDate`'s first item up to the profile item, which carries the goal. */
  recent(userId: string, fromDate: string, options?: CallOptions): Promise<RecentActivity> {
    return this.table.operation('recent', options, async (op) => {
      const recent: RecentActivity = { restDays: [], routines: [], restDayGoal: undefined };
      const { from, to } = recentRange(fromDate);
      for (const item of await this.query(op, userId, from, to)) {
        if (item[SK] === PROFILE_SORT_KEY) recent.restDayGoal = parseRestDayGoal(item);
        else addItem(recent, item);
      }
      return recent;
    });
  }

  /** See {@link Eraser.deleteUser}. */
  deleteUser(userId: string, options?: CallOptions): Promise<number> {
    return this.eraser.deleteUser(userId, options);
  }

  /** The items of one partition with `from <= sk <= to`, oldest first. */
  private async query(
    op: Operation,
    userId: string,
    from: string,
    to: string,
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await op.read((abortSignal) =>
        this.table.doc.send(
          new QueryCommand({
            TableName: this.table.name,
            KeyConditionExpression: RANGE_CONDITION,
            ExpressionAttributeValues: { ':pk': userPartition(userId), ':from': from, ':to': to },
            ExclusiveStartKey: startKey,
          }),
          { abortSignal },
        ),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }
}

function addItem(history: ActivityHistory, item: Record<string, unknown>): void {
  const { type, date } = item;
  if (typeof date !== 'string' || item[REMOVED_BY] !== undefined) return;
  if (type === 'rest' && typeof item.loggedAt === 'string')
    history.restDays.push({ date, loggedAt: item.loggedAt });
  if (type === 'routine') {
    const { kind, routineId, completedAt } = item;
    if (
      (kind === 'warmup' || kind === 'cooldown') &&
      typeof routineId === 'string' &&
      typeof completedAt === 'string'
    ) {
      history.routines.push({ date, kind, routineId, completedAt });
    }
  }
}
