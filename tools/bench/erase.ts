/**
 * How long erasing a large user takes when DynamoDB throttles: 300 items in Amazon's DynamoDB Local,
 * every delete request left unprocessed the first `--unprocessed` times it is sent (as DynamoDB
 * does when it throttles part of a batch), `--latency` ms added to each call. A benchmark, not a test.
 *   npx tsx tools/bench/erase.ts [-- --items 300 --unprocessed 2 --latency 5 --runs 5]
 */
import { performance } from 'node:perf_hooks';
import { BatchWriteCommand } from '../../lambda/store/dynamo';
import { Deadline } from '../../lambda/core/deadline';
import { systemClock } from '../../lambda/core/deps';
import { createDocumentClient, createDynamoStore } from '../../lambda/store/dynamo';
import { routineKey } from '../../lambda/store/keys';
import { throttlingDynamo } from '../../harness/throttling-dynamo';
import { ensureTable, LOCAL_CLIENT_CONFIG, startDynamoDbLocal } from '../../harness/dynamo';
import { median } from './stats';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const items = option('items', 300);
  const unprocessedTimes = option('unprocessed', 2);
  const latencyMs = option('latency', 5);
  const runs = option('runs', 5);
  const dynamo = await startDynamoDbLocal();
  const doc = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint: dynamo.endpoint });
  const table = 'run-coach-erase-bench';
  try {
    await ensureTable(dynamo.endpoint, table);
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const userId = `amzn1.ask.account.ERASE-BENCH-${run}`;
      const seeded = Array.from({ length: items }, (_, i) => ({
        PutRequest: {
          Item: { ...routineKey(userId, '2026-11-20', `t${String(i).padStart(4, '0')}`), type: 'routine' },
        },
      }));
      for (let i = 0; i < seeded.length; i += 25)
        await doc.send(new BatchWriteCommand({ RequestItems: { [table]: seeded.slice(i, i + 25) } }));
      const wrapped = throttlingDynamo(doc, { unprocessedTimes, latencyMs });
      const store = createDynamoStore(wrapped.sender, table);
      const started = performance.now();
      const deleted = await store.activity.deleteUser(userId, {
        deadline: Deadline.after(systemClock, 60_000),
      });
      times.push(performance.now() - started);
      if (deleted !== items) throw new Error(`deleted ${deleted} of ${items}`);
    }
    console.log(
      `${items} items, each request unprocessed ${unprocessedTimes}x, +${latencyMs} ms a call, ${runs} runs: ` +
        `median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
    );
  } finally {
    doc.destroy();
    await dynamo.stop();
  }
}

void main();
