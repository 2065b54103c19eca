/**
 * The store's DynamoDB wire when the network or the caller cuts a call short, against loopback
 * stand-ins: the timeouts, the caller's abort, a connection refused or dropped mid-answer, and the
 * kept-alive connection. The errors keep the AWS SDK's shapes, which dynamo/failures.ts reads to
 * decide what to retry. The timeouts are tens of milliseconds, so no test waits long.
 */
import { getEventListeners } from 'node:events';
import { DynamoWire, type WireTimeouts } from '../../../lambda/store/dynamo/wire';
import { freePort } from '../../../harness/dynamo';
import { hang, reply, startDynamoStandIn, startUnansweredListener, type Answer } from './wire-server';

const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };
const roomy: WireTimeouts = { connectionTimeoutMs: 1000, requestTimeoutMs: 2000 };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function wireAt(endpoint: string, timeouts: WireTimeouts = roomy): DynamoWire {
  const wire = new DynamoWire({ endpoint, region: 'local', credentials }, timeouts);
  cleanups.push(() => {
    wire.destroy();
  });
  return wire;
}

async function wireTo(answer: Answer, timeouts: WireTimeouts = roomy) {
  const server = await startDynamoStandIn(answer);
  cleanups.push(() => server.stop());
  return { wire: wireAt(server.endpoint, timeouts), server };
}

/** The rejection of `call`. */
function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => new Error('the call was answered'),
    (error: unknown) => error,
  );
}

describe('the DynamoDB wire, cut short', () => {
  it('gives up on an unanswered call at the request timeout and drops its connection', async () => {
    const { wire, server } = await wireTo(hang, { connectionTimeoutMs: 1000, requestTimeoutMs: 30 });

    const error = await failureOf(wire.call('GetItem', {}));

    expect(error).toMatchObject({
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
      message: 'a request has exceeded the configured 30 ms requestTimeout.',
    });
    await (
      await server.call(1)
    ).closed;
  });

  it('gives up on a connection never established at the connection timeout', async () => {
    const listener = await startUnansweredListener();
    cleanups.push(() => listener.stop());
    const wire = wireAt(listener.endpoint, { connectionTimeoutMs: 30, requestTimeoutMs: 2000 });

    const error = await failureOf(wire.call('GetItem', {}));

    expect(error).toMatchObject({
      name: 'TimeoutError',
      message:
        'the request socket did not establish a connection with the server within the configured timeout of 30 ms.',
    });
    expect(error).not.toHaveProperty('code');
  });

  it('waits past the connection timeout for a slow answer, on a new and on a kept-alive connection', async () => {
    const { wire, server } = await wireTo(reply(200, { Count: 1 }, 150), {
      connectionTimeoutMs: 50,
      requestTimeoutMs: 2000,
    });

    await expect(wire.call('Query', {})).resolves.toEqual({ Count: 1 });
    await expect(wire.call('Query', {})).resolves.toEqual({ Count: 1 });
    expect(server.connections).toBe(1);
  });

  it('keeps one connection for successive calls, and closes it on destroy()', async () => {
    const { wire, server } = await wireTo(reply(200));

    for (let n = 0; n < 3; n += 1) await wire.call('GetItem', {});
    expect(server.connections).toBe(1);

    const closed = (await server.call(3)).closed.then(() => 'closed');
    wire.destroy();
    const bound = new Promise((resolve) => setTimeout(resolve, 1000, 'still open').unref());
    await expect(Promise.race([closed, bound])).resolves.toBe('closed');
  });

  it("rejects with Node's own error when the connection is refused", async () => {
    const wire = wireAt(`http://127.0.0.1:${await freePort()}`);
    await expect(wire.call('GetItem', {})).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('rejects with ECONNRESET when the connection drops in the middle of an answer', async () => {
    const { wire } = await wireTo((_call, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('{"Items":[', () => {
        setTimeout(() => response.socket?.destroy(), 10).unref();
      });
    });
    await expect(wire.call('Query', {})).rejects.toMatchObject({ code: 'ECONNRESET', message: 'aborted' });
  });
});

describe("the DynamoDB wire and the caller's abort signal", () => {
  it('sends nothing when the signal has already fired', async () => {
    const { wire, server } = await wireTo(reply(200));
    const reason = new Error('the turn is over');

    const error = await failureOf(wire.call('PutItem', {}, AbortSignal.abort(reason)));

    expect(error).toMatchObject({ name: 'AbortError', message: 'Request aborted', cause: reason });
    expect(server.calls).toHaveLength(0);
  });

  it('ends a call in flight when the signal fires, with its reason as cause, and drops its connection', async () => {
    const { wire, server } = await wireTo(hang);
    const controller = new AbortController();
    const calling = failureOf(wire.call('PutItem', {}, controller.signal));
    const call = await server.call(1);
    const reason = new Error('deadline');

    controller.abort(reason);

    const error = await calling;
    expect(error).toMatchObject({ name: 'AbortError', message: 'Request aborted', cause: reason });
    await call.closed;
  });

  it('takes a string reason as its message', async () => {
    const { wire, server } = await wireTo(hang);
    const controller = new AbortController();
    const calling = failureOf(wire.call('PutItem', {}, controller.signal));
    await server.call(1);

    controller.abort('operation budget spent');

    const error = await calling;
    expect(error).toMatchObject({ name: 'AbortError', message: 'operation budget spent' });
    expect(error).not.toHaveProperty('cause');
  });

  it('leaves no listener on the signal once a call has ended', async () => {
    const { wire } = await wireTo(reply(400, { __type: 'ValidationException' }));
    const signal = new AbortController().signal;

    await failureOf(wire.call('GetItem', {}, signal));
    await failureOf(wire.call('GetItem', {}, signal));

    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });
});
