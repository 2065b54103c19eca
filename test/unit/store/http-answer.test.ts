import { AnswerReader, type ParsedAnswer } from '../../../lambda/store/dynamo/http-answer';

/** Pushes the parts in order and returns what each push answered. */
function feed(reader: AnswerReader, parts: readonly (string | Buffer)[]): (ParsedAnswer | undefined)[] {
  return parts.map((part) => reader.push(typeof part === 'string' ? Buffer.from(part, 'utf8') : part));
}

/** What the answer's last part completed, after checking that no earlier part completed it. */
function read(...parts: (string | Buffer)[]): ParsedAnswer | undefined {
  const answers = feed(new AnswerReader(), parts);
  expect(answers.slice(0, -1).filter((answer) => answer !== undefined)).toEqual([]);
  return answers[answers.length - 1];
}

/** What reading the parts threw. */
function failure(...parts: string[]): unknown {
  try {
    feed(new AnswerReader(), parts);
  } catch (error) {
    return error;
  }
  return undefined;
}

const json = '{"name":"Zoë","note":"✓ 🏃"}';
const ok = (head: string, body: string, status = '200 OK') =>
  `HTTP/1.1 ${status}\r\n${head}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const chunked = (version: string, head: string, chunks: string) =>
  `HTTP/${version} 200 OK\r\n${head}Transfer-Encoding: chunked\r\n\r\n${chunks}`;
const pad = (total: number) => {
  const head = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Pad: ';
  return `${head}${'p'.repeat(total - head.length - 4)}\r\n\r\nok`;
};
const LIMIT = 16 * 1024;

/** Answers that end exactly where their framing says, as DynamoDB sends them. */
const framed: [string, string | Buffer, number, string, boolean][] = [
  ['Content-Length, UTF-8 body', ok('', json), 200, json, true],
  ['Content-Length: 0', 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n', 200, '', true],
  [
    'an error status',
    ok('Content-Type: application/x-amz-json-1.0\r\n', '{"__type":"x"}', '400 Bad Request'),
    400,
    '{"__type":"x"}',
    true,
  ],
  ['204 without a length', 'HTTP/1.1 204 No Content\r\n\r\n', 204, '', true],
  ['304 without a length', 'HTTP/1.1 304 Not Modified\r\nETag: "a"\r\n\r\n', 304, '', true],
  [
    'chunked, hex sizes',
    chunked('1.1', '', 'A\r\n0123456789\r\n1b\r\nabcdefghijklmnopqrstuvwxyz!\r\n0\r\n\r\n'),
    200,
    '0123456789abcdefghijklmnopqrstuvwxyz!',
    true,
  ],
  [
    'chunked, UTF-8 split across chunks',
    Buffer.from(chunked('1.1', '', '2\r\nZ\xc3\r\n1\r\n\xab\r\n0\r\n\r\n'), 'latin1'),
    200,
    'Zë',
    true,
  ],
  [
    'chunk extensions',
    chunked('1.1', '', '3;x=y\r\nabc\r\n2 ; name="v"\r\nde\r\n0;last\r\n\r\n'),
    200,
    'abcde',
    true,
  ],
  [
    'chunked with trailers',
    chunked('1.1', '', '2\r\nhi\r\n0\r\nX-Amz-Crc32: 1\r\nX-Other: 2\r\n\r\n'),
    200,
    'hi',
    true,
  ],
  [
    'Transfer-Encoding in any case',
    'HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, CHUNKED\r\n\r\n2\r\nhi\r\n0\r\n\r\n',
    200,
    'hi',
    true,
  ],
  [
    'chunked over Content-Length',
    chunked('1.1', 'Content-Length: 99\r\n', '2\r\nhi\r\n0\r\n\r\n'),
    200,
    'hi',
    true,
  ],
  [
    'chunked, Connection: close',
    chunked('1.1', 'Connection: close\r\n', '2\r\nhi\r\n0\r\n\r\n'),
    200,
    'hi',
    false,
  ],
  ['chunked HTTP/1.0 without keep-alive', chunked('1.0', '', '2\r\nhi\r\n0\r\n\r\n'), 200, 'hi', false],
  ['HTTP/1.1, Connection: close', ok('Connection: close\r\n', 'hi'), 200, 'hi', false],
  ['HTTP/1.1, Connection: CLOSE', ok('connection:   CLOSE  \r\n', 'hi'), 200, 'hi', false],
  ['HTTP/1.1, Connection: keep-alive', ok('Connection: keep-alive\r\n', 'hi'), 200, 'hi', true],
  ['HTTP/1.0 without Connection', 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi', 200, 'hi', false],
  [
    'HTTP/1.0, Connection: Keep-Alive',
    'HTTP/1.0 200 OK\r\nCONNECTION: Keep-Alive\r\nContent-Length: 2\r\n\r\nhi',
    200,
    'hi',
    true,
  ],
  [
    'HTTP/1.0, Connection: close',
    'HTTP/1.0 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nhi',
    200,
    'hi',
    false,
  ],
  [
    'field names in any case, values trimmed',
    'HTTP/1.1 200 OK\r\ncontent-LENGTH:\t  5  \r\n\r\nhello',
    200,
    'hello',
    true,
  ],
  [
    'a field twice, other than Content-Length',
    'HTTP/1.1 200 OK\r\nX-Amz-Crc32: 1\r\nX-Amz-Crc32: 2\r\nContent-Length: 2\r\n\r\nhi',
    200,
    'hi',
    true,
  ],
  [
    'a line without a colon is no field',
    'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length!\r\n\r\nhi',
    200,
    'hi',
    true,
  ],
  [
    'interim 100 skipped',
    `HTTP/1.1 100 Continue\r\nConnection: close\r\n\r\n${ok('', 'hi')}`,
    200,
    'hi',
    true,
  ],
  [
    'interim 103 skipped',
    `HTTP/1.1 103 Early Hints\r\nLink: </a>; rel=preload\r\n\r\n${ok('', 'hi')}`,
    200,
    'hi',
    true,
  ],
  [
    'two interim answers',
    `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n${ok('Connection: close\r\n', 'hi')}`,
    200,
    'hi',
    false,
  ],
  ['a head of exactly 16 KiB', pad(LIMIT), 200, 'ok', true],
];
const bytes = (wire: string | Buffer) => (typeof wire === 'string' ? Buffer.from(wire, 'utf8') : wire);

describe('AnswerReader', () => {
  it.each(framed)('%s: read in one piece', (_name, wire, status, text, keepAlive) => {
    expect(read(bytes(wire))).toEqual({ status, text, keepAlive });
  });

  it.each(framed)(
    '%s: complete only at its last byte, whichever byte it is split after',
    (_name, wire, status, text, keepAlive) => {
      const parts = [...bytes(wire)].map((byte) => Buffer.from([byte]));
      expect(read(...parts)).toEqual({ status, text, keepAlive });
    },
  );

  it.each([
    ['more bytes than Content-Length', ok('', 'hi') + 'HTTP/1.1 200', 'hi'],
    ['bytes after the last chunk', chunked('1.1', '', '2\r\nhi\r\n0\r\n\r\nX'), 'hi'],
    ['bytes after the trailers', chunked('1.1', '', '2\r\nhi\r\n0\r\nX-A: 1\r\n\r\nX'), 'hi'],
  ])('%s: the body is the framed one and the socket is not reused', (_name, wire, text) => {
    expect(read(wire)).toEqual({ status: 200, text, keepAlive: false });
  });

  it.each([
    ['the last chunk', chunked('1.1', '', '2\r\nhi\r\n'), '0\r\n\r\n', 'hi'],
    ['the blank line after the last chunk', chunked('1.1', '', '2\r\nhi\r\n0\r\n'), '\r\n', 'hi'],
    ['the trailers', chunked('1.1', '', '2\r\nhi\r\n0\r\n'), 'X-A: 1\r\n\r\n', 'hi'],
    ['the end of the trailers', chunked('1.1', '', '2\r\nhi\r\n0\r\nX-A: 1\r\n'), '\r\n', 'hi'],
    ['the chunk data', chunked('1.1', '', '5\r\nhel'), 'lo\r\n0\r\n\r\n', 'hello'],
  ])('an answer waiting for %s completes when it arrives', (_name, first, rest, text) => {
    const reader = new AnswerReader();
    expect(feed(reader, [first])).toEqual([undefined]);
    expect(reader.atClose()).toBeUndefined();
    expect(feed(reader, [rest])).toEqual([{ status: 200, text, keepAlive: true }]);
  });

  it('an answer without length or chunks is answered at the close only, and never reuses the socket', () => {
    const reader = new AnswerReader();
    const parts = ['HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n\r\n', 'part ', '0\r\n\r\n', 'Zo\xc3'];
    expect(
      feed(
        reader,
        parts.map((part) => Buffer.from(part, 'latin1')),
      ),
    ).toEqual([undefined, undefined, undefined, undefined]);
    reader.push(Buffer.from([0xab]));
    expect(reader.atClose()).toEqual({ status: 200, text: 'part 0\r\n\r\nZoë', keepAlive: false });
  });

  it.each([
    ['nothing arrived', []],
    ['the head is incomplete', ['HTTP/1.1 200 OK\r\nContent-Length: 5\r\n']],
    ['the body is shorter than its length', [ok('', 'hello').slice(0, -1)]],
    ['the last chunk did not arrive', [chunked('1.1', '', '2\r\nhi\r\n')]],
  ])('a close when %s answers nothing (the request failed)', (_name, parts) => {
    const reader = new AnswerReader();
    feed(reader, parts);
    expect(reader.atClose()).toBeUndefined();
  });

  it('started tells whether any byte arrived (aborted vs socket hang up)', () => {
    const reader = new AnswerReader();
    expect(reader.started).toBe(false);
    reader.push(Buffer.from('HTTP/1.'));
    expect(reader.started).toBe(true);
  });

  it.each([
    ['a non-HTTP first line', ['SSH-2.0-OpenSSH_9.6\r\n\r\n'], 'Expected HTTP/'],
    ['HTTP/ not at the start', ['xHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'], 'Expected HTTP/'],
    ['HTTP/2', ['HTTP/2 200\r\n\r\n'], 'Expected HTTP/'],
    ['an empty head', ['\r\n\r\n'], 'Expected HTTP/'],
    [
      'a Content-Length that is no number',
      ['HTTP/1.1 200 OK\r\nContent-Length: five\r\n\r\n'],
      'Invalid content-length',
    ],
    [
      'a negative Content-Length',
      ['HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n'],
      'Invalid content-length',
    ],
    ...['1e1', '0x2', '2.0', '+2', ' ', '2, 2'].map((value): [string, string[], string] => [
      `a Content-Length of "${value}"`,
      [`HTTP/1.1 200 OK\r\nContent-Length: ${value}\r\n\r\nhi`],
      'Invalid content-length',
    ]),
    [
      'two different Content-Lengths',
      ['HTTP/1.1 200 OK\r\nContent-Length: 2\r\ncontent-length: 3\r\n\r\nhi!'],
      'Duplicate Content-Length',
    ],
    [
      'the same Content-Length twice',
      ['HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nhi'],
      'Duplicate Content-Length',
    ],
    ['a chunk size that is no hex', [chunked('1.1', '', 'zz\r\n')], 'Invalid character in chunk size'],
    ...['2x', '+2', '0x2', ''].map((size): [string, string[], string] => [
      `a chunk size of "${size}"`,
      [chunked('1.1', '', `${size}\r\nhi\r\n0\r\n\r\n`)],
      'Invalid character in chunk size',
    ]),
    ['a negative chunk size', [chunked('1.1', '', '-2\r\nhi\r\n')], 'Invalid character in chunk size'],
    ['an unterminated head over 16 KiB', [pad(LIMIT + 100).slice(0, LIMIT + 1)], 'Header overflow'],
    ['a head over 16 KiB in one piece', [pad(LIMIT + 1)], 'Header overflow'],
    [
      'a head over 16 KiB in two pieces',
      [pad(LIMIT + 1).slice(0, LIMIT), pad(LIMIT + 1).slice(LIMIT)],
      'Header overflow',
    ],
  ])('%s fails as node:http fails it', (_name, parts, reason) => {
    expect(failure(...parts)).toMatchObject({
      message: `Parse Error: ${reason}`,
      code: 'HPE_INVALID_CONSTANT',
    });
  });

  it('the head limit counts from the final answer, not from the interim ones before it', () => {
    const head = pad(LIMIT);
    const interim = 'HTTP/1.1 100 Continue\r\n\r\n';
    expect(read(interim + head)).toEqual({ status: 200, text: 'ok', keepAlive: true });
    expect(read(interim + head.slice(0, -10), head.slice(-10))).toEqual({
      status: 200,
      text: 'ok',
      keepAlive: true,
    });
  });
});
