import { BatchWriteCommand, DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dayBound, PROFILE_SORT_KEY, recentRange, restDayKey, routineKey, userPartition } from '../keys';
import type { ActivityHistory, ActivityStore, CompletedRoutine, RecentActivity, RestDay } from '../port';
import { parseRestDayGoal } from './profiles';
import { StoreUnavailableError } from '../errors';
import { TABLE_SCHEMA } from '../schema';
import type { Table } from './table';

const PK = TABLE_SCHEMA.partitionKey.name;
const SK = TABLE_SCHEMA.sortKey.name;
/** BatchWriteItem takes at most 25 requests. */
const BATCH_SIZE = 25;

/** Rest days and completed routines in DynamoDB, one item each in the user's partition. */
export class DynamoActivityStore implements ActivityStore {
  constructor(private readonly table: Table) {}

  /** One conditional `PutItem`: a second log of the same day fails the condition and writes nothing. */
  async logRestDay(userId: string, restDay: RestDay): Promise<'logged' | 'already-logged'> {
    const result = await this.table.runConditional('logRestDay', (abortSignal) =>
      this.table.doc.send(
        new PutCommand({
          TableName: this.table.name,
          Item: {
            ...restDayKey(userId, restDay.date),
            type: 'rest',
            date: restDay.date,
            loggedAt: restDay.loggedAt,
          },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
        { abortSignal },
      ),
    );
    if (result.written) return 'logged';
    // The SDK's retry of this very write, whose first attempt landed with its answer lost, finds the
    // item it wrote: that is this log, not an earlier one. (dynalite returns no item: "already".)
    return result.item?.loggedAt?.S === restDay.loggedAt ? 'logged' : 'already-logged';
  }

  /** One conditional `DeleteItem`. */
  async removeRestDay(userId: string, date: string): Promise<'removed' | 'not-found'> {
    const result = await this.table.runConditional('removeRestDay', (abortSignal) =>
      this.table.doc.send(
        new DeleteCommand({
          TableName: this.table.name,
          Key: restDayKey(userId, date),
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK },
        }),
        { abortSignal },
      ),
    );
    return result.written ? 'removed' : 'not-found';
  }

  /** One `PutItem`. */
  async recordRoutine(userId: string, routine: CompletedRoutine): Promise<void> {
    await this.table.run('recordRoutine', (abortSignal) =>
      this.table.doc.send(
        new PutCommand({
          TableName: this.table.name,
          Item: { ...routineKey(userId, routine.date, routine.completedAt), type: 'routine', ...routine },
        }),
        { abortSignal },
      ),
    );
  }

  /** One `Query` over the date range (paged only past DynamoDB's 1 MB page size). */
  async history(userId: string, fromDate: string, toDate: string): Promise<ActivityHistory> {
    const history: ActivityHistory = { restDays: [], routines: [] };
    const items = await this.query('history', userId, dayBound(fromDate, 'start'), dayBound(toDate, 'end'));
    for (const item of items) addItem(history, item);
    return history;
  }

  /** One `Query` from `fromDate`'s first item up to the profile item, which carries the goal. */
  async recent(userId: string, fromDate: string): Promise<RecentActivity> {
    const recent: RecentActivity = { restDays: [], routines: [], restDayGoal: undefined };
    const { from, to } = recentRange(fromDate);
    for (const item of await this.query('recent', userId, from, to)) {
      if (item[SK] === PROFILE_SORT_KEY) recent.restDayGoal = parseRestDayGoal(item);
      else addItem(recent, item);
    }
    return recent;
  }

  /** The items of one partition with `from <= sk <= to`, oldest first. */
  private async query(
    operation: string,
    userId: string,
    from: string,
    to: string,
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.table.run(operation, (abortSignal) =>
        this.table.doc.send(
          new QueryCommand({
            TableName: this.table.name,
            KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
            ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
            ExpressionAttributeValues: {
              ':pk': userPartition(userId),
              ':from': from,
              ':to': to,
            },
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

  /** Queries the user's keys, then deletes them in batches of 25, retrying unprocessed items. */
  async deleteUser(userId: string): Promise<number> {
    const keys: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.table.run('deleteUser.query', (abortSignal) =>
        this.table.doc.send(
          new QueryCommand({
            TableName: this.table.name,
            KeyConditionExpression: '#pk = :pk',
            ProjectionExpression: '#pk, #sk',
            ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
            ExpressionAttributeValues: { ':pk': userPartition(userId) },
            ExclusiveStartKey: startKey,
          }),
          { abortSignal },
        ),
      );
      keys.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    for (let i = 0; i < keys.length; i += BATCH_SIZE) {
      let requests = keys.slice(i, i + BATCH_SIZE).map((Key) => ({ DeleteRequest: { Key } }));
      for (let attempt = 0; requests.length > 0; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const output = await this.table.run('deleteUser.delete', (abortSignal) =>
          this.table.doc.send(new BatchWriteCommand({ RequestItems: { [this.table.name]: requests } }), {
            abortSignal,
          }),
        );
        requests = (output.UnprocessedItems?.[this.table.name] ?? []).flatMap((r) =>
          r.DeleteRequest?.Key ? [{ DeleteRequest: { Key: r.DeleteRequest.Key } }] : [],
        );
        if (attempt >= 5 && requests.length > 0) throw new StoreUnavailableError('deleteUser.unprocessed');
      }
    }
    return keys.length;
  }
}

function addItem(history: ActivityHistory, item: Record<string, unknown>): void {
  const { type, date } = item;
  if (typeof date !== 'string') return;
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
