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

/** The two timeouts every attempt runs under (ms). */
export interface WireTimeouts {
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
}

/** A whole answer: its status and its body as text. */
export interface HttpAnswer {
  status: number;
  text: string;
}

/** Idle sockets kept for reuse, at most (the AWS SDK's agent's `maxSockets`). */
const MAX_IDLE = 50;
/** An answer's head larger than this is refused, as `node:http` refuses one over its limit. */
const MAX_HEAD_BYTES = 16 * 1024;

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

interface ParsedAnswer extends HttpAnswer {
  /** Whether the socket may carry the next request. */
  keepAlive: boolean;
}

/** How the answer's body ends. */
type Framing = { kind: 'length'; length: number } | { kind: 'chunked' } | { kind: 'close' };

/** Reads one answer from the bytes as they arrive (interim 1xx answers are skipped). */
class AnswerReader {
  /** Whether any byte of the answer arrived. */
  started = false;
  private buffer: Buffer = Buffer.alloc(0);
  private head: { status: number; keepAlive: boolean; framing: Framing; bodyStart: number } | undefined;

  push(chunk: Buffer): ParsedAnswer | undefined {
    this.started = true;
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    if (!this.head && !this.readHead()) return undefined;
    return this.readBody();
  }

  /** The answer whose body runs up to the close, once the socket closed. */
  atClose(): ParsedAnswer | undefined {
    const head = this.head;
    if (head?.framing.kind !== 'close') return undefined;
    return { status: head.status, keepAlive: false, text: this.buffer.toString('utf8', head.bodyStart) };
  }

  private readHead(): boolean {
    let start = 0;
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n', start);
      if (end < 0) {
        if (this.buffer.length - start > MAX_HEAD_BYTES) throw parseError('Header overflow');
        if (start > 0) this.buffer = this.buffer.subarray(start);
        return false;
      }
      const lines = this.buffer.toString('latin1', start, end).split('\r\n');
      const match = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0] ?? '');
      if (!match) throw parseError('Expected HTTP/');
      const status = Number(match[2]);
      start = end + 4;
      if (status >= 100 && status < 200) continue;
      const fields = new Map<string, string>();
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      const connection = fields.get('connection')?.toLowerCase() ?? '';
      const keepAlive = match[1] === '1' ? connection !== 'close' : connection === 'keep-alive';
      const length = fields.get('content-length');
      const framing: Framing = /chunked/i.test(fields.get('transfer-encoding') ?? '')
        ? { kind: 'chunked' }
        : length !== undefined
          ? { kind: 'length', length: Number(length) }
          : status === 204 || status === 304
            ? { kind: 'length', length: 0 }
            : { kind: 'close' };
      if (framing.kind === 'length' && !(framing.length >= 0)) throw parseError('Invalid content-length');
      this.head = { status, keepAlive: keepAlive && framing.kind !== 'close', framing, bodyStart: start };
      return true;
    }
  }

  private readBody(): ParsedAnswer | undefined {
    const head = this.head;
    if (!head) return undefined;
    const { framing, bodyStart, status } = head;
    if (framing.kind === 'close') return undefined;
    if (framing.kind === 'length') {
      const end = bodyStart + framing.length;
      if (this.buffer.length < end) return undefined;
      const keepAlive = head.keepAlive && this.buffer.length === end;
      return { status, keepAlive, text: this.buffer.toString('utf8', bodyStart, end) };
    }
    const parts: Buffer[] = [];
    let at = bodyStart;
    for (;;) {
      const lineEnd = this.buffer.indexOf('\r\n', at);
      if (lineEnd < 0) return undefined;
      const size = parseInt(this.buffer.toString('latin1', at, lineEnd).split(';')[0] ?? '', 16);
      if (!(size >= 0)) throw parseError('Invalid character in chunk size');
      if (size === 0) {
        const trailerEnd =
          this.buffer.indexOf('\r\n', lineEnd + 2) === lineEnd + 2
            ? lineEnd + 4
            : this.buffer.indexOf('\r\n\r\n', lineEnd + 2) + 4;
        if (trailerEnd < 4 || this.buffer.length < trailerEnd) return undefined;
        const keepAlive = head.keepAlive && this.buffer.length === trailerEnd;
        return { status, keepAlive, text: Buffer.concat(parts).toString('utf8') };
      }
      if (this.buffer.length < lineEnd + 2 + size + 2) return undefined;
      parts.push(this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
  }
}

function parseError(reason: string): Error {
  return Object.assign(new Error(`Parse Error: ${reason}`), { code: 'HPE_INVALID_CONSTANT' });
}

/** The AWS SDK HTTP handler's abort: `AbortError`, the signal's reason as message or cause. */
export function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  const error = new Error(typeof reason === 'string' ? reason : 'Request aborted');
  error.name = 'AbortError';
  if (reason instanceof Error) error.cause = reason;
  return error;
}
