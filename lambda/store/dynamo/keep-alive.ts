/**
 * HTTP/1.1 POSTs to one origin on kept-alive sockets, written and read directly on `node:net` (or
 * `node:tls` for https): one write of the request line, headers and body, and a small reader for
 * the answer (`Content-Length`, chunked, or up to the close). DynamoDB's calls are small JSON POSTs
 * with whole answers; `node:http`'s request and response streams, its agent's events and its parser
 * callbacks cost about 0.3 ms of CPU per call in a warm Lambda (docs/benchmarks.md), which this
 * does not pay.
 *
 * Failures keep `node:http`'s shapes, which the store reads (dynamo/failures.ts): a network error
 * is the socket's own (with its `code`), a connection closed before the answer began is
 * `socket hang up` (`ECONNRESET`), and one closed in the middle of the answer is `aborted`
 * (`ECONNRESET`); the timeouts and the abort are the AWS SDK HTTP handler's.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { AnswerReader, type HttpAnswer, type ParsedAnswer } from './http-answer';

export type { HttpAnswer } from './http-answer';

/** The two timeouts every attempt runs under (ms). */
export interface WireTimeouts {
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
}

/** Idle sockets kept for reuse, at most (the AWS SDK's agent's `maxSockets`). */
const MAX_IDLE = 50;

/** One origin (`http:` or `https:`, host and port) and its kept-alive sockets. */
export class KeepAliveOrigin {
  private readonly idle: Connection[] = [];
  private readonly open = new Set<Connection>();

  constructor(private readonly url: URL) {}

  /**
   * POSTs `body` with `headers` to `path`; resolves with the whole answer, rejects with a network
   * error, a timeout or an abort (see the module comment).
   */
  post(
    path: string,
    headers: Readonly<Record<string, string>>,
    body: string,
    timeouts: WireTimeouts,
    abortSignal?: AbortSignal,
  ): Promise<HttpAnswer> {
    return new Promise((resolve, reject) => {
      if (abortSignal?.aborted) {
        reject(abortError(abortSignal));
        return;
      }
      const request = requestText(path, headers, body);
      const connection = this.idle.pop() ?? this.connect();
      const { socket } = connection;
      socket.ref();
      const reader = new AnswerReader();
      const timers: NodeJS.Timeout[] = [];
      const finish = () => {
        connection.exchange = undefined;
        for (const timer of timers) clearTimeout(timer);
        abortSignal?.removeEventListener('abort', onAbort);
      };
      const fail = (error: Error) => {
        if (connection.exchange !== exchange) return;
        finish();
        socket.destroy();
        reject(error);
      };
      const done = (answer: ParsedAnswer) => {
        finish();
        if (answer.keepAlive) this.release(connection);
        else socket.destroy();
        resolve({ status: answer.status, text: answer.text });
      };
      const exchange: Exchange = {
        data: (chunk) => {
          let answer: ParsedAnswer | undefined;
          try {
            answer = reader.push(chunk);
          } catch (error) {
            fail(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (answer) done(answer);
        },
        fail,
        closed: () => {
          const answer = reader.atClose();
          if (answer) done(answer);
          else
            fail(
              Object.assign(new Error(reader.started ? 'aborted' : 'socket hang up'), { code: 'ECONNRESET' }),
            );
        },
      };
      const onAbort = () => {
        fail(abortError(abortSignal));
      };
      connection.exchange = exchange;
      abortSignal?.addEventListener('abort', onAbort, { once: true });
      const { connectionTimeoutMs, requestTimeoutMs } = timeouts;
      timers.push(
        setTimeout(() => {
          fail(
            Object.assign(
              new Error(`a request has exceeded the configured ${requestTimeoutMs} ms requestTimeout.`),
              { name: 'TimeoutError', code: 'ETIMEDOUT' },
            ),
          );
        }, requestTimeoutMs),
      );
      if (socket.connecting) {
        const timer = setTimeout(() => {
          fail(
            Object.assign(
              new Error(
                `the request socket did not establish a connection with the server within the configured timeout of ${connectionTimeoutMs} ms.`,
              ),
              { name: 'TimeoutError' },
            ),
          );
        }, connectionTimeoutMs);
        timers.push(timer);
        socket.once('connect', () => {
          clearTimeout(timer);
        });
      }
      socket.write(request);
    });
  }

  /** Closes every socket (an exchange still running fails with `socket hang up`). */
  destroy(): void {
    for (const connection of this.open) connection.socket.destroy();
  }

  private connect(): Connection {
    const port = Number(this.url.port) || (this.url.protocol === 'https:' ? 443 : 80);
    const host = this.url.hostname;
    const socket =
      this.url.protocol === 'https:'
        ? tlsConnect({ host, port, servername: host, ALPNProtocols: ['http/1.1'] })
        : netConnect({ host, port });
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 1000);
    const connection = new Connection(socket, () => {
      this.open.delete(connection);
      const index = this.idle.indexOf(connection);
      if (index >= 0) this.idle.splice(index, 1);
    });
    this.open.add(connection);
    return connection;
  }

  private release(connection: Connection): void {
    if (this.idle.length >= MAX_IDLE || connection.socket.destroyed) {
      connection.socket.destroy();
      return;
    }
    connection.socket.unref();
    this.idle.push(connection);
  }
}

/** What a running exchange does with its socket's events. */
interface Exchange {
  data(chunk: Buffer): void;
  fail(error: Error): void;
  closed(): void;
}

/** A socket and the exchange running on it, if any; idle, any data or error closes it. */
class Connection {
  exchange: Exchange | undefined;

  constructor(
    readonly socket: Socket,
    gone: () => void,
  ) {
    socket.on('data', (chunk: Buffer) => {
      if (this.exchange) this.exchange.data(chunk);
      else socket.destroy();
    });
    socket.on('error', (error: Error) => {
      this.exchange?.fail(error);
    });
    socket.on('close', () => {
      gone();
      this.exchange?.closed();
    });
  }
}

/** The request's bytes: request line, headers, `content-length`, the body. */
function requestText(path: string, headers: Readonly<Record<string, string>>, body: string): string {
  let text = `POST ${path} HTTP/1.1\r\n`;
  for (const name in headers) {
    const value = headers[name] ?? '';
    if (/[\r\n]/.test(value)) throw new TypeError(`Invalid character in header content ["${name}"]`);
    text += `${name}: ${value}\r\n`;
  }
  return `${text}content-length: ${Buffer.byteLength(body)}\r\nconnection: keep-alive\r\n\r\n${body}`;
}

/** The AWS SDK HTTP handler's abort: `AbortError`, the signal's reason as message or cause. */
export function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  const error = new Error(typeof reason === 'string' ? reason : 'Request aborted');
  error.name = 'AbortError';
  if (reason instanceof Error) error.cause = reason;
  return error;
}
