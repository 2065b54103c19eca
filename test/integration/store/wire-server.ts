/**
 * Loopback stand-ins for DynamoDB's endpoint, for the wire's protocol tests: an HTTP server that
 * records every call and answers it as the test says, and a listener that never completes a
 * connection (for the connection timeout). Nothing here listens beyond 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** One call as the server received it. */
export interface ReceivedCall {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Resolves when the connection the call came on closes. */
  closed: Promise<void>;
}

/** How the server answers a call: write to `response` now, later, partly or never. */
export type Answer = (call: ReceivedCall, response: ServerResponse) => void;

/** A running stand-in. */
export interface DynamoStandIn {
  endpoint: string;
  readonly calls: readonly ReceivedCall[];
  /** Connections accepted so far. */
  readonly connections: number;
  /** Resolves with the `n`th call (1-based) once it has arrived. */
  call(n: number): Promise<ReceivedCall>;
  stop(): Promise<void>;
}

/** Answers `status` with `body` (a JSON value, or raw text), after `delayMs` if given. */
export function reply(status: number, body: unknown = {}, delayMs = 0): Answer {
  return (_call, response) => {
    const send = () => {
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (delayMs > 0) setTimeout(send, delayMs).unref();
    else send();
  };
}

/** Never answers. */
export const hang: Answer = () => undefined;

/** Starts a stand-in on a free loopback port; each call is answered by `answer`. */
export async function startDynamoStandIn(answer: Answer = reply(200)): Promise<DynamoStandIn> {
  const calls: ReceivedCall[] = [];
  const waiting: { n: number; resolve: (call: ReceivedCall) => void }[] = [];
  const sockets = new Set<Socket>();
  const closedOf = new WeakMap<Socket, Promise<void>>();
  let connections = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const call: ReceivedCall = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        closed: closedOf.get(request.socket) ?? Promise.resolve(),
      };
      calls.push(call);
      for (const wait of waiting.filter(({ n }) => n === calls.length)) wait.resolve(call);
      answer(call, response);
    });
  });
  // Connections stay open between calls until the client closes them (Node's default is 5 s).
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    closedOf.set(
      socket,
      once(socket, 'close').then(() => undefined),
    );
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    get connections() {
      return connections;
    },
    call: (n) => {
      const arrived = calls[n - 1];
      return arrived ? Promise.resolve(arrived) : new Promise((resolve) => waiting.push({ n, resolve }));
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

/** A listener whose connections are never completed. */
export interface UnansweredListener {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * A loopback port whose listener never accepts, with its backlog filled: a further connection stays
 * unestablished (Linux drops its SYN while the accept queue is full), as when a host is
 * unreachable, but offline and at once. The listener lives in a child process whose event loop is
 * blocked (Node accepts every connection otherwise); with a backlog of one the kernel queues two
 * connections, and two fillers take those places.
 */
export async function startUnansweredListener(): Promise<UnansweredListener> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const server = require('node:net').createServer();
       server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
         process.stdout.write(server.address().port + '\\n');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
         process.exit(0);
       });`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  const port = Number(line.toString('utf8').trim());
  const fillers: Socket[] = [];
  for (let n = 0; n < 2; n += 1) {
    const filler = connect(port, '127.0.0.1');
    fillers.push(filler);
    await once(filler, 'connect');
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      for (const filler of fillers) filler.destroy();
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    },
  };
}
