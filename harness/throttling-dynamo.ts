/**
 * A document client in front of a real local DynamoDB that behaves like a busy one: `BatchWriteItem`
 * leaves each request unprocessed (returns it in `UnprocessedItems`, not sending it) the first
 * `unprocessedTimes` times it is asked, as DynamoDB does when it throttles part of a batch. It also
 * counts calls by command and the most `BatchWriteItem` calls in flight at once.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
 */
import { BatchWriteCommand } from '../lambda/store/dynamo';
import type { DocumentSender } from '../lambda/store/dynamo/table';

type WriteRequest = NonNullable<BatchWriteCommand['input']['RequestItems']>[string][number];

/** Options of {@link throttlingDynamo}. */
export interface ThrottlingOptions {
  /** How many times each request is left unprocessed before it is done (default 0). */
  unprocessedTimes?: number;
  /** Added before each call, as a network round trip (default 0). */
  latencyMs?: number;
}

/** The wrapped sender, and what it saw. */
export interface ThrottlingDynamo {
  sender: DocumentSender;
  calls: Record<string, number>;
  /** The most BatchWriteItem calls that were in flight at the same time. */
  readonly maxBatchesInFlight: number;
}

export function throttlingDynamo(doc: DocumentSender, options: ThrottlingOptions = {}): ThrottlingDynamo {
  const seen = new Map<string, number>();
  const calls: Record<string, number> = {};
  let inFlight = 0;
  let maxInFlight = 0;
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function batchWrite(command: BatchWriteCommand, sendOptions: unknown) {
    const [table = '', requests = []] = Object.entries(command.input.RequestItems ?? {})[0] ?? [];
    const kept: WriteRequest[] = [];
    const unprocessed: WriteRequest[] = [];
    for (const request of requests) {
      const key = JSON.stringify(request.DeleteRequest?.Key ?? request.PutRequest?.Item);
      const times = (seen.get(key) ?? 0) + 1;
      seen.set(key, times);
      (times <= (options.unprocessedTimes ?? 0) ? unprocessed : kept).push(request);
    }
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (options.latencyMs) await wait(options.latencyMs);
      const output =
        kept.length > 0
          ? await doc.send(new BatchWriteCommand({ RequestItems: { [table]: kept } }), sendOptions as never)
          : { $metadata: {} };
      const left = [...(output.UnprocessedItems?.[table] ?? []), ...unprocessed];
      return { ...output, UnprocessedItems: left.length > 0 ? { [table]: left } : {} };
    } finally {
      inFlight -= 1;
    }
  }

  const send = (async (command: { constructor: { name: string } }, sendOptions?: unknown) => {
    const name = command.constructor.name.replace(/Command$/, '');
    calls[name] = (calls[name] ?? 0) + 1;
    if (command instanceof BatchWriteCommand) return batchWrite(command, sendOptions);
    if (options.latencyMs) await wait(options.latencyMs);
    return doc.send(command as never, sendOptions as never);
  }) as DocumentSender['send'];

  return {
    sender: { send },
    calls,
    get maxBatchesInFlight() {
      return maxInFlight;
    },
  };
}
