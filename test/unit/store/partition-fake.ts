/**
 * A small in-memory DynamoDB for the store's unit tests that need pages and partial batches: one
 * table of items keyed by `pk`/`sk`, answering the commands the store sends (Put, Get, Delete,
 * Query, BatchWrite) as DynamoDB documents them, with the parts that are easy to get wrong made
 * explicit: a query returns at most `Limit` items (or `pageSize`, DynamoDB's 1 MB page) and a
 * `LastEvaluatedKey` while more remain; a batch may leave `UnprocessedItems`; a read that is not
 * `ConsistentRead` does not see the latest writes. Conditions are not evaluated: tests that need
 * them run against DynamoDB Local and dynalite (test/integration/store).
 */
import type { DocumentSender } from '../../../lambda/store/dynamo/table';

type Item = Record<string, unknown>;

/** How the fake behaves where DynamoDB may vary. */
export interface PartitionFakeOptions {
  /** Items per query page when the query gives no `Limit` (DynamoDB's 1 MB). */
  pageSize?: number;
  /** For each BatchWrite call (1, 2, …) and its requests, how many of the last ones to leave unprocessed. */
  unprocessed?: (call: number, requests: number) => number;
  /** Milliseconds each BatchWrite takes (real timers), to observe how many are in flight. */
  batchDelayMs?: number;
  /** The error every BatchWrite fails with, if any. */
  batchError?: Error;
}

/** Every command the fake received, by name, with its input. */
export interface SentCommand {
  command: string;
  input: Record<string, unknown>;
}

const keyOf = (item: Item) => `${String(item.pk)}\u0000${String(item.sk)}`;

/** The fake: `doc` for the store, `items` to seed and inspect, `sent` and `maxBatchesInFlight` to observe. */
export function partitionDynamo(options: PartitionFakeOptions = {}) {
  const items = new Map<string, Item>();
  /** Writes an eventually consistent read does not see yet (every write, until a consistent read). */
  const unseen = new Set<string>();
  const sent: SentCommand[] = [];
  let batchCalls = 0;
  let batchesInFlight = 0;
  let maxBatchesInFlight = 0;

  const put = (item: Item) => {
    items.set(keyOf(item), structuredClone(item));
    unseen.add(keyOf(item));
  };
  const visible = (key: string, consistent: unknown) => consistent === true || !unseen.has(key);

  function query(input: Record<string, unknown>) {
    const values = input.ExpressionAttributeValues as Record<string, string>;
    const start = input.ExclusiveStartKey as Item | undefined;
    const limit = (input.Limit as number | undefined) ?? options.pageSize ?? Number.POSITIVE_INFINITY;
    const matching = [...items.entries()]
      .filter(([key, item]) => item.pk === values[':pk'] && visible(key, input.ConsistentRead))
      .map(([, item]) => item)
      .filter((item) => values[':from'] === undefined || String(item.sk) >= values[':from'])
      .filter((item) => values[':to'] === undefined || String(item.sk) <= values[':to'])
      .filter((item) => start === undefined || String(item.sk) > String(start.sk))
      .sort((a, b) => (String(a.sk) < String(b.sk) ? -1 : 1));
    const page = matching.slice(0, limit);
    const last = page[page.length - 1];
    return {
      Items: page.map((item) => structuredClone(item)),
      ...(matching.length > page.length && last ? { LastEvaluatedKey: { pk: last.pk, sk: last.sk } } : {}),
    };
  }

  async function batchWrite(input: Record<string, unknown>) {
    batchCalls += 1;
    const call = batchCalls;
    batchesInFlight += 1;
    maxBatchesInFlight = Math.max(maxBatchesInFlight, batchesInFlight);
    try {
      if (options.batchDelayMs) await new Promise((resolve) => setTimeout(resolve, options.batchDelayMs));
      if (options.batchError) throw options.batchError;
      const [[table, requests]] = Object.entries(
        input.RequestItems as Record<string, { DeleteRequest: { Key: Item } }[]>,
      ) as [[string, { DeleteRequest: { Key: Item } }[]]];
      const left = Math.min(requests.length, options.unprocessed?.(call, requests.length) ?? 0);
      const done = requests.slice(0, requests.length - left);
      for (const request of done) items.delete(keyOf(request.DeleteRequest.Key));
      return left > 0 ? { UnprocessedItems: { [table]: requests.slice(requests.length - left) } } : {};
    } finally {
      batchesInFlight -= 1;
    }
  }

  async function answer(name: string, input: Record<string, unknown>): Promise<Item> {
    switch (name) {
      case 'PutCommand': {
        const item = input.Item as Item;
        const old = items.get(keyOf(item));
        put(item);
        return input.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {};
      }
      case 'GetCommand': {
        const key = keyOf(input.Key as Item);
        const item = visible(key, input.ConsistentRead) ? items.get(key) : undefined;
        return item ? { Item: structuredClone(item) } : {};
      }
      case 'DeleteCommand':
        items.delete(keyOf(input.Key as Item));
        return {};
      case 'QueryCommand':
        return query(input);
      case 'BatchWriteCommand':
        return batchWrite(input);
      default:
        throw new Error(`the partition fake does not answer ${name}`);
    }
  }

  const send = async (command: { constructor: { name: string }; input: unknown }) => {
    const input = command.input as Record<string, unknown>;
    sent.push({ command: command.constructor.name, input });
    return { $metadata: {}, ...(await answer(command.constructor.name, input)) };
  };

  return {
    doc: { send } as unknown as DocumentSender,
    items,
    put,
    sent,
    /** Marks every write so far as replicated: eventually consistent reads see it from now on. */
    settle: () => {
      unseen.clear();
    },
    maxBatchesInFlight: () => maxBatchesInFlight,
  };
}
