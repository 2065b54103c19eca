/**
 * An HTTP/1.1 answer read from its bytes as they arrive: the status line and header fields, then
 * the body by `Content-Length`, chunked transfer encoding, or up to the close; interim 1xx answers
 * are skipped. It is what keep-alive.ts needs of DynamoDB's answers, no more: the body as text, and
 * whether the connection may carry the next request. Malformed answers fail as `node:http`'s
 * parser fails them (`Parse Error: …`, code `HPE_INVALID_CONSTANT`).
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-6.3
 */

/** A whole answer: its status and its body as text. */
export interface HttpAnswer {
  status: number;
  text: string;
}

/** An answer's head larger than this is refused, as `node:http` refuses one over its limit. */
const MAX_HEAD_BYTES = 16 * 1024;

/** An answer, and whether its connection may be used again. */
export interface ParsedAnswer extends HttpAnswer {
  /** Whether the socket may carry the next request. */
  keepAlive: boolean;
}

/** How the answer's body ends. */
type Framing = { kind: 'length'; length: number } | { kind: 'chunked' } | { kind: 'close' };

/** Reads one answer from the bytes as they arrive (interim 1xx answers are skipped). */
export class AnswerReader {
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
      if (end + 4 - start > MAX_HEAD_BYTES) throw parseError('Header overflow');
      const lines = this.buffer.toString('latin1', start, end).split('\r\n');
      const match = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0] ?? '');
      if (!match) throw parseError('Expected HTTP/');
      const status = Number(match[2]);
      start = end + 4;
      if (status >= 100 && status < 200) continue;
      const fields = new Map<string, string>();
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'content-length' && fields.has(name)) throw parseError('Duplicate Content-Length');
        fields.set(name, value);
      }
      const connection = fields.get('connection')?.toLowerCase() ?? '';
      const keepAlive = match[1] === '1' ? connection !== 'close' : connection === 'keep-alive';
      const length = fields.get('content-length');
      const framing: Framing = /chunked/i.test(fields.get('transfer-encoding') ?? '')
        ? { kind: 'chunked' }
        : length !== undefined
          ? { kind: 'length', length: DECIMAL.test(length) ? Number(length) : Number.NaN }
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
      const digits = (this.buffer.toString('latin1', at, lineEnd).split(';')[0] ?? '').trim();
      const size = HEX.test(digits) ? parseInt(digits, 16) : Number.NaN;
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

/**
 * A `Content-Length` and a chunk size as RFC 9112 writes them: digits only (no sign, exponent,
 * fraction, list or `0x`), few enough that the number is exact. A second `Content-Length` fails
 * whatever its value, as `node:http` fails it (RFC 9112 section 6.3 lets a recipient reject it).
 */
const DECIMAL = /^[0-9]{1,15}$/;
const HEX = /^[0-9a-fA-F]{1,12}$/;

function parseError(reason: string): Error {
  return Object.assign(new Error(`Parse Error: ${reason}`), { code: 'HPE_INVALID_CONSTANT' });
}
