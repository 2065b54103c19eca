import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { KeepAliveOrigin } from '../../../lambda/store/dynamo/keep-alive';

const timeouts = { connectionTimeoutMs: 500, requestTimeoutMs: 400 };
const headers = { host: 'local', 'content-type': 'application/x-amz-json-1.0' };

/** A loopback server that answers each request with `answer(n)`'s bytes; counts connections. */
async function rawServer(answer: (request: number, socket: Socket) => string | undefined) {
  let connections = 0;
  let requests = 0;
  const received: string[] = [];
  const server: Server = createServer((socket) => {
    connections += 1;
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk.toString('utf8'));
      requests += 1;
      const bytes = answer(requests, socket);
      if (bytes !== undefined) socket.write(bytes);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = new KeepAliveOrigin(new URL(`http://127.0.0.1:${port}`));
  return {
    origin,
    received,
    connections: () => connections,
    stop: async () => {
      origin.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

const json = (body: string, extra = '') =>
  `HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.0\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

describe('POSTs on kept-alive sockets', () => {
  it('sends request line, headers and body in one request and reuses the socket for the next', async () => {
    const server = await rawServer(() => json('{"ok":"é"}'));
    const first = await server.origin.post('/', headers, '{"a":1}', timeouts);
    const second = await server.origin.post('/', headers, '{"b":2}', timeouts);
    expect(first).toEqual({ status: 200, text: '{"ok":"é"}' });
    expect(second.text).toBe('{"ok":"é"}');
    expect(server.connections()).toBe(1);
    expect(server.received[0]).toBe(
      'POST / HTTP/1.1\r\nhost: local\r\ncontent-type: application/x-amz-json-1.0\r\n' +
        'content-length: 7\r\nconnection: keep-alive\r\n\r\n{"a":1}',
    );
    await server.stop();
  });

  it('reads a chunked answer, skips an interim answer, and reads one that ends with the connection', async () => {
    const server = await rawServer((n, socket) => {
      if (n === 1)
        return 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 400 Bad Request\r\ntransfer-encoding: chunked\r\n\r\n4\r\n{"a"\r\n3\r\n:1}\r\n0\r\n\r\n';
      socket.end('HTTP/1.1 500 Internal Server Error\r\n\r\n{"down":true}');
      return undefined;
    });
    expect(await server.origin.post('/', headers, '{}', timeouts)).toEqual({ status: 400, text: '{"a":1}' });
    expect(await server.origin.post('/', headers, '{}', timeouts)).toEqual({
      status: 500,
      text: '{"down":true}',
    });
    // The connection that ended is not reused: the next call opens another.
    expect((await server.origin.post('/', headers, '{}', timeouts)).status).toBe(500);
    expect(server.connections()).toBe(2);
    await server.stop();
  });

  it('opens a new socket when the server closed the idle one', async () => {
    const server = await rawServer((_n, socket) => {
      setTimeout(() => socket.end(), 10);
      return json('{}');
    });
    await server.origin.post('/', headers, '{}', timeouts);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await server.origin.post('/', headers, '{}', timeouts)).status).toBe(200);
    expect(server.connections()).toBe(2);
    await server.stop();
  });

  it('fails as node:http does when the connection closes before or during the answer', async () => {
    const server = await rawServer((n, socket) => {
      if (n === 1) socket.destroy();
      else socket.end('HTTP/1.1 200 OK\r\ncontent-length: 50\r\n\r\n{"cut');
      return undefined;
    });
    await expect(server.origin.post('/', headers, '{}', timeouts)).rejects.toMatchObject({
      message: 'socket hang up',
      code: 'ECONNRESET',
    });
    await expect(server.origin.post('/', headers, '{}', timeouts)).rejects.toMatchObject({
      message: 'aborted',
      code: 'ECONNRESET',
    });
    await server.stop();
  });

  it('gives up at the request timeout and on abort, with the AWS SDK handler errors', async () => {
    const server = await rawServer(() => undefined);
    await expect(server.origin.post('/', headers, '{}', timeouts)).rejects.toMatchObject({
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
      message: 'a request has exceeded the configured 400 ms requestTimeout.',
    });
    const controller = new AbortController();
    const call = server.origin.post('/', headers, '{}', timeouts, controller.signal);
    controller.abort(new Error('deadline'));
    await expect(call).rejects.toMatchObject({ name: 'AbortError', cause: new Error('deadline') });
    await server.stop();
  });

  it("passes on the socket's own error when nothing listens", async () => {
    const server = await rawServer(() => undefined);
    await server.stop();
    await expect(server.origin.post('/', headers, '{}', timeouts)).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('an abort before the call sends nothing and opens no connection', async () => {
    const server = await rawServer(() => json('{}'));
    const controller = new AbortController();
    controller.abort('turn over');
    await expect(server.origin.post('/', headers, '{}', timeouts, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
      message: 'turn over',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.connections()).toBe(0);
    await server.stop();
  });

  it('refuses a header value that would split the request, before anything is sent', async () => {
    const server = await rawServer(() => json('{}'));
    await expect(
      server.origin.post('/', { ...headers, 'x-amz-target': 'GetItem\r\nx-evil: 1' }, '{}', timeouts),
    ).rejects.toThrow(new TypeError('Invalid character in header content ["x-amz-target"]'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.connections()).toBe(0);
    expect(server.received).toEqual([]);
    await server.stop();
  });

  it('does not reuse a socket whose answer said "connection: close", even if the server keeps it open', async () => {
    const server = await rawServer(() => json('{}', 'Connection: Close\r\n'));
    await server.origin.post('/', headers, '{}', timeouts);
    await server.origin.post('/', headers, '{}', timeouts);
    expect(server.connections()).toBe(2);
    await server.stop();
  });

  it('fails an answer that is not HTTP as node:http does', async () => {
    const server = await rawServer(() => 'SSH-2.0-OpenSSH\r\n\r\n');
    await expect(server.origin.post('/', headers, '{}', timeouts)).rejects.toMatchObject({
      message: 'Parse Error: Expected HTTP/',
      code: 'HPE_INVALID_CONSTANT',
    });
    await server.stop();
  });

  it('drops an idle socket that receives bytes or an error, and answers the next call on a new one', async () => {
    const idle: Socket[] = [];
    const server = await rawServer((_n, socket) => {
      idle.push(socket);
      return json('{}');
    });
    await server.origin.post('/', headers, '{}', timeouts);
    const dropped = once(idle[0] as Socket, 'close');
    idle[0]?.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}');
    await dropped; // the client closed it
    expect((await server.origin.post('/', headers, '{}', timeouts)).status).toBe(200);
    idle[1]?.resetAndDestroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await server.origin.post('/', headers, '{}', timeouts)).status).toBe(200);
    expect(server.connections()).toBe(3);
    await server.stop();
  });

  it('keeps at most 50 idle sockets: after 51 calls at once, one is closed', async () => {
    let closed = 0;
    const server = await rawServer((_n, socket) => {
      socket.once('close', () => (closed += 1));
      return json('{}');
    });
    await Promise.all(Array.from({ length: 51 }, () => server.origin.post('/', headers, '{}', timeouts)));
    for (let waited = 0; closed === 0 && waited < 2000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.connections()).toBe(51);
    expect(closed).toBe(1);
    await server.stop();
  });
});
