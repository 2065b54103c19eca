/**
 * No log line of any turn carries the user's id, the device's id, the API access token, a consent
 * token, a person id or what the user said: the skill as production wires it (Powertools Logger at
 * DEBUG, Powertools Metrics, the real DynamoDB store, the real Settings API client over HTTP) answers
 * every kind of turn (./turns.ts) with a healthy DynamoDB, a failing one with a hung Settings API,
 * one that loses every answer, and a store whose errors quote the key and the values it was given;
 * everything written to stdout and stderr (log lines and EMF metrics) is captured and searched.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Intent, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { TimeZoneLookup } from '../../../lambda/core/deps';
import { METRICS_NAMESPACE, powertoolsMetrics, SERVICE_NAME } from '../../../lambda/core/metrics';
import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { createSkill } from '../../../lambda/skill';
import { createDocumentClient, createDynamoStore } from '../../../lambda/store/dynamo';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import { ensureTable, freePort, LOCAL_CLIENT_CONFIG } from '../../../harness/dynamo';
import { TEST_SKILL_ID } from '../../../harness/envelopes';
import {
  startDynamoProxy,
  startFailingDynamo,
  startSettingsApi,
  type LoopbackServer,
  type SettingsBehaviour,
} from '../../../harness/loopback';
import { seededRandom } from '../../../harness/skill';
import { backends, uniqueTableName } from '../backends';
import { everyTurn, IDS, routineSession, type Turn } from '../../../harness/every-turn';

const clock = { now: () => Date.now() };

/**
 * What the output of a turn of `envelope` may not hold: the ids and tokens, what its slots carried,
 * the values its pending question kept from an earlier turn's slots, and a session error's message.
 * Values too short to tell apart from words ("3") are left out.
 */
function secretsOfTurn(envelope: RequestEnvelope): string[] {
  const request = envelope.request as { intent?: Intent; error?: { message?: string } };
  const { question } = (envelope.session?.attributes ?? {}) as {
    question?: { data?: Record<string, string> };
  };
  return [
    ...Object.values(IDS),
    ...Object.values(request.intent?.slots ?? {}).map((slot) => slot.value ?? ''),
    ...Object.values(question?.data ?? {}),
    request.error?.message ?? '',
  ].filter((secret) => secret.length >= 4);
}

/** What `body` wrote to stdout, stderr and the console while it ran, and how it ended. */
async function captured<T>(body: () => Promise<T>): Promise<{ output: string; outcome: T | Error }> {
  const chunks: string[] = [];
  const grab = (chunk: unknown): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(grab),
    jest.spyOn(process.stderr, 'write').mockImplementation(grab),
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        chunks.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      }),
    ),
  ];
  try {
    const outcome = await body().catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
    return { output: chunks.join('\n'), outcome };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** The `secrets` that `text` holds, ignoring log lines' own timestamps (a date slot could match one). */
function secretsIn(text: string, secrets: readonly string[]): string[] {
  const searched = text.replace(/"timestamp":"[^"]*"/g, '').toLowerCase();
  return secrets.filter((secret) => searched.includes(secret.toLowerCase()));
}

/** An error and its causes, as a Lambda runtime would log a rejected invocation. */
function errorText(error: Error): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(`${e.name}: ${e.message}`);
  return parts.join(' <- ');
}

/** A store whose every call fails with an error that quotes the key and the values it was given. */
function quotingStore(): Store {
  const fail =
    (operation: string) =>
    (...args: unknown[]) =>
      Promise.reject(new Error(`ValidationException in ${operation}: key USER#${JSON.stringify(args)}`));
  const { profiles, activity } = createMemoryStore();
  const failing = <T extends object>(target: T): T =>
    Object.fromEntries(Object.keys(target).map((name) => [name, fail(name)])) as T;
  return { profiles: failing(profiles), activity: failing(activity) };
}

interface Setup {
  store: Store;
  timeZones: TimeZoneLookup;
  apiEndpoint: string;
}

/** The skill wired as lambda/index.ts wires it, with Powertools at DEBUG. */
function productionSkill(setup: Setup): (envelope: RequestEnvelope) => Promise<ResponseEnvelope> {
  const logger = new Logger({ serviceName: SERVICE_NAME, logLevel: 'DEBUG' });
  const metrics = powertoolsMetrics(new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }));
  const { handler } = createSkill({
    store: setup.store,
    clock,
    random: seededRandom(),
    logger,
    metrics,
    timeZones: setup.timeZones,
    skillId: TEST_SKILL_ID,
  });
  return (envelope) => handler(envelope, {});
}

const [, dynalite] = backends().find(([name]) => name === 'dynalite') ?? ['dynalite', ''];
const servers: LoopbackServer[] = [];
const docs: ReturnType<typeof createDocumentClient>[] = [];

async function settingsApi(behaviour: SettingsBehaviour | 'closed port'): Promise<string> {
  if (behaviour === 'closed port') return `http://127.0.0.1:${await freePort()}`;
  const api = await startSettingsApi(behaviour);
  servers.push(api);
  return api.endpoint;
}

function dynamoStore(endpoint: string, tableName: string): Store {
  const doc = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
  docs.push(doc);
  // Two attempts: the failing cases stay quick; the paths are those of production.
  return createDynamoStore(doc, tableName, { clock, limits: { maxAttempts: 2 } });
}

const lookup = (deadlineMs = 1000) =>
  createTimeZoneLookup({
    logger: new Logger({ serviceName: SERVICE_NAME, logLevel: 'DEBUG' }),
    clock,
    deadlineMs,
  });

const SETUPS: [string, () => Promise<Setup>][] = [
  [
    'a healthy DynamoDB and Settings API',
    async () => {
      const table = uniqueTableName('privacy');
      await ensureTable(dynalite, table);
      const apiEndpoint = await settingsApi({ kind: 'zone', zone: 'Europe/Berlin' });
      return { store: dynamoStore(dynalite, table), timeZones: lookup(), apiEndpoint };
    },
  ],
  [
    'DynamoDB failing (HTTP 500) and the Settings API hung',
    async () => {
      const dynamo = await startFailingDynamo({ kind: 'server-error' });
      servers.push(dynamo);
      const apiEndpoint = await settingsApi({ kind: 'hang' });
      return { store: dynamoStore(dynamo.endpoint, 'failing'), timeZones: lookup(150), apiEndpoint };
    },
  ],
  [
    'DynamoDB losing every answer and the Settings API failing',
    async () => {
      const table = uniqueTableName('privacy-lost');
      await ensureTable(dynalite, table);
      const proxy = await startDynamoProxy(dynalite, { mode: 'lose-response' });
      servers.push(proxy);
      const apiEndpoint = await settingsApi({ kind: 'status', status: 500 });
      return { store: dynamoStore(proxy.endpoint, table), timeZones: lookup(), apiEndpoint };
    },
  ],
  [
    'a store whose errors quote its key and values, and no Settings API',
    async () => ({
      store: quotingStore(),
      timeZones: lookup(),
      apiEndpoint: await settingsApi('closed port'),
    }),
  ],
];

afterAll(async () => {
  for (const doc of docs) doc.destroy();
  await Promise.all(servers.map((server) => server.stop()));
});

describe.each(SETUPS)('every turn with %s', (label, setUp) => {
  let turns: Turn[] = [];
  let send: (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;
  const outputs: { turn: string; output: string; secrets: string[] }[] = [];
  beforeAll(async () => {
    const setup = await setUp();
    send = productionSkill(setup);
    turns = everyTurn(setup.apiEndpoint, await routineSession(clock));
    for (const [turn, envelope] of turns) {
      const { output, outcome } = await captured(() => send(envelope));
      // A rejected invocation is logged by the Lambda runtime: its error may not carry them either,
      // unless the error came from the store that quotes them (the runtime's line, not the skill's).
      const rejection = outcome instanceof Error && !label.includes('quote') ? errorText(outcome) : '';
      outputs.push({ turn, output: `${output}\n${rejection}`, secrets: secretsOfTurn(envelope) });
    }
  }, 120_000);

  it('writes log lines and metrics (the search below is not vacuous)', () => {
    const all = outputs.map(({ output }) => output).join('\n');
    expect(turns.length).toBeGreaterThan(100);
    expect(all).toMatch(/"service":"run-coach"/);
    expect(all).toMatch(/"_aws":\{/);
    // Every setup has warnings to write: at least the session that ended in an error.
    expect(all).toMatch(/"level":"(WARN|ERROR)"/);
  });

  it('no turn writes an id, a token or what the user said', () => {
    const leaks = outputs
      .map(({ turn, output, secrets }) => ({ turn, found: secretsIn(output, secrets) }))
      .filter(({ found }) => found.length > 0);
    expect(leaks).toEqual([]);
  });
});
