/**
 * Small HTTP servers on loopback for the console, the benchmark, the load test and the fault suites:
 * a counting (and fault-injecting) proxy in front of a local DynamoDB, a fake DynamoDB that only
 * fails, and a stand-in for the Alexa Settings API. Nothing here listens beyond 127.0.0.1.
 */
import { once } from 'node:events';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A running loopback server. */
export interface LoopbackServer {
  endpoint: string;
  /** Requests received so far. */
  readonly requests: number;
  stop(): Promise<void>;
}

/** Listens on 127.0.0.1 on `port` (a free one by default); rejects when the port is taken (`EADDRINUSE`). */
async function listen(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
  port = 0,
): Promise<{ server: Server; endpoint: string; sockets: Set<Socket> }> {
  const server = createServer(handle);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(port, '127.0.0.1');
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]: unknown[]) => {
      throw error instanceof Error ? error : new Error(String(error));
    }),
  ]);
  const { port: bound } = server.address() as AddressInfo;
  return { server, endpoint: `http://127.0.0.1:${bound}`, sockets };
}

function stopper(server: Server, sockets: Set<Socket>): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => {
        resolve();
      });
    });
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A stub server that counts the requests it receives; `handle` may answer later with `later(ms, …)`,
 * and answers still owed are dropped when the server stops.
 */
async function startStub(
  handle: (
    request: IncomingMessage,
    response: ServerResponse,
    later: (ms: number, answer: () => void) => void,
  ) => void,
  port = 0,
): Promise<LoopbackServer> {
  let requests = 0;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, answer: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer();
    }, ms);
    timers.add(timer);
  };
  const { server, endpoint, sockets } = await listen((request, response) => {
    requests += 1;
    handle(request, response, later);
  }, port);
  const stop = stopper(server, sockets);
  return {
    endpoint,
    get requests() {
      return requests;
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      await stop();
    },
  };
}

/** The DynamoDB operation of a request (`X-Amz-Target: DynamoDB_20120810.PutItem` → `PutItem`). */
export function operationOf(request: IncomingMessage): string {
  const target = request.headers['x-amz-target'];
  return (typeof target === 'string' ? target.split('.').pop() : undefined) ?? 'unknown';
}

/** A proxy in front of a DynamoDB endpoint that counts calls by operation. */
export interface DynamoProxy extends LoopbackServer {
  /** Calls by operation since the last {@link DynamoProxy.reset}. */
  counts(): Record<string, number>;
  /** Total calls since the last reset. */
  total(): number;
  reset(): void;
}

/** Options of {@link startDynamoProxy}. */
export interface DynamoProxyOptions {
  /**
   * `forward` (default): pass through; `lose-response`: forward the call (the write lands) and then
   * drop the connection instead of answering, as when a response is lost on the way back;
   * `lose-first-response`: the same for the first call only (later calls, e.g. the SDK's retry of
   * that write, are answered), the case a write must be idempotent for.
   */
  mode?: 'forward' | 'lose-response' | 'lose-first-response';
}

/** Starts a counting proxy on loopback in front of `target` (a local DynamoDB endpoint). */
export async function startDynamoProxy(
  target: string,
  proxyOptions: DynamoProxyOptions = {},
): Promise<DynamoProxy> {
  const upstream = new URL(target);
  let counts: Record<string, number> = {};
  let requests = 0;
  const { server, endpoint, sockets } = await listen((request, response) => {
    requests += 1;
    const call = requests;
    const operation = operationOf(request);
    counts[operation] = (counts[operation] ?? 0) + 1;
    void bodyOf(request).then((body) => {
      const forwarded = httpRequest(
        {
          hostname: upstream.hostname,
          port: upstream.port,
          path: request.url,
          method: request.method,
          headers: { ...request.headers, host: upstream.host },
        },
        (answer) => {
          void bodyOf(answer).then((answerBody) => {
            const lose =
              proxyOptions.mode === 'lose-response' ||
              (proxyOptions.mode === 'lose-first-response' && call === 1);
            if (lose) {
              request.socket.destroy();
              return;
            }
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            response.end(answerBody);
          });
        },
      );
      forwarded.on('error', () => {
        request.socket.destroy();
      });
      forwarded.end(body);
    });
  });
  return {
    endpoint,
    get requests() {
      return requests;
    },
    counts: () => ({ ...counts }),
    total: () => Object.values(counts).reduce((sum, n) => sum + n, 0),
    reset() {
      counts = {};
    },
    stop: stopper(server, sockets),
  };
}

/** How a {@link startFailingDynamo} endpoint answers every call. */
export type DynamoFailure =
  | { kind: 'throttle' }
  | { kind: 'server-error' }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'hang' }
  /** The first call is never answered; later ones succeed with an empty item (`{}`). */
  | { kind: 'hang-first' };

/**
 * A fake DynamoDB endpoint that fails: throttles (`ProvisionedThroughputExceededException`), answers
 * HTTP 500, answers only after `delayMs`, never answers, or never answers the first call only.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
 */
export async function startFailingDynamo(failure: DynamoFailure): Promise<LoopbackServer> {
  let requests = 0;
  return startStub((request, response, later) => {
    requests += 1;
    void bodyOf(request).then(() => {
      const type = 'application/x-amz-json-1.0';
      if (failure.kind === 'throttle') {
        response.writeHead(400, { 'content-type': type });
        response.end(
          JSON.stringify({
            __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
            message: 'The level of configured provisioned throughput for the table was exceeded.',
          }),
        );
      } else if (failure.kind === 'server-error') {
        response.writeHead(500, { 'content-type': type });
        response.end(JSON.stringify({ __type: 'com.amazon.coral.service#InternalFailure' }));
      } else if (failure.kind === 'hang-first') {
        if (requests > 1) {
          response.writeHead(200, { 'content-type': type });
          response.end('{}');
        }
      } else if (failure.kind === 'slow') {
        later(failure.delayMs, () => {
          response.writeHead(200, { 'content-type': type });
          response.end('{}');
        });
      }
    });
  });
}

/** How a {@link startSettingsApi} stand-in answers the time-zone call. */
export type SettingsBehaviour =
  | { kind: 'zone'; zone: string }
  | { kind: 'status'; status: number }
  | { kind: 'garbage'; body: string }
  | { kind: 'slow'; delayMs: number; zone: string }
  /** Never answers. */
  | { kind: 'hang' };

/** A running Settings API stand-in. */
export interface SettingsApi extends LoopbackServer {
  /** The calls received, as "GET /v2/devices/…" lines. */
  readonly calls: readonly string[];
}

const TIME_ZONE_PATH = /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/;

/**
 * A stand-in for the Alexa Settings API's `GET /v2/devices/{deviceId}/settings/System.timeZone`, to
 * pass as the envelope's `apiEndpoint`: the skill's own time-zone lookup (the ASK SDK's client) really
 * goes over HTTP. A call without a bearer token gets 401, any other setting 404.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-settings-api-reference.html
 */
export async function startSettingsApi(
  behaviour: SettingsBehaviour,
  options: { port?: number } = {},
): Promise<SettingsApi> {
  const calls: string[] = [];
  const answer = (response: ServerResponse, status: number, body: string) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  };
  const stub = await startStub((request, response, later) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    calls.push(`${request.method ?? 'GET'} ${path}`);
    if (!/^Bearer \S+/.test(request.headers.authorization ?? '')) {
      answer(response, 401, JSON.stringify({ type: 'INVALID_ACCESS_TOKEN', message: 'No access token' }));
      return;
    }
    if (request.method !== 'GET' || !TIME_ZONE_PATH.test(path)) {
      answer(
        response,
        404,
        JSON.stringify({ type: 'NOT_FOUND', message: 'Only System.timeZone is answered' }),
      );
      return;
    }
    if (behaviour.kind === 'zone') answer(response, 200, JSON.stringify(behaviour.zone));
    else if (behaviour.kind === 'status') answer(response, behaviour.status, '{"message":"failure"}');
    else if (behaviour.kind === 'garbage') answer(response, 200, behaviour.body);
    else if (behaviour.kind === 'slow')
      later(behaviour.delayMs, () => {
        answer(response, 200, JSON.stringify(behaviour.zone));
      });
  }, options.port);
  return Object.assign(stub, { calls });
}
