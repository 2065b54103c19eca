/**
 * The store's DynamoDB wire against a loopback stand-in for DynamoDB's endpoint: what each call
 * puts on the wire (one signed POST of the JSON protocol) and what the store gets back from each
 * kind of answer (the AWS SDK's error shapes, which dynamo/failures.ts reads).
 */
import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import {
  ConditionalCheckFailedException,
  DynamoWire,
  type DynamoCredentials,
} from '../../../lambda/store/dynamo/wire';
import { amzDateTime, sdkAuthorization } from '../../../harness/sdk-signer';
import { reply, startDynamoStandIn, type DynamoStandIn, type ReceivedCall } from './wire-server';

const timeouts = { connectionTimeoutMs: 1000, requestTimeoutMs: 2000 };
const credentials = {
  accessKeyId: 'AKIDLOCAL',
  secretAccessKey: 'local-secret',
  sessionToken: 'local-token',
};

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A wire (`config` over the test's credentials) to a stand-in answering with `answer`. */
async function wireTo(answer = reply(200), config: ConstructorParameters<typeof DynamoWire>[0] = {}) {
  const server = await startDynamoStandIn(answer);
  const wire = new DynamoWire(
    { endpoint: server.endpoint, region: 'local', credentials, ...config },
    timeouts,
  );
  cleanups.push(
    () => {
      wire.destroy();
    },
    () => server.stop(),
  );
  return { wire, server };
}

/** What the AWS SDK would have signed for `call` as it arrived. */
function sdkSignatureOf(server: DynamoStandIn, call: ReceivedCall, signer: DynamoCredentials) {
  const header = (name: string) => call.headers[name] as string;
  const signed = ['content-type', 'host', 'x-amz-target', 'x-amz-security-token'].filter((name) =>
    header(name),
  );
  return sdkAuthorization(
    {
      endpoint: server.endpoint,
      path: call.url,
      headers: Object.fromEntries(signed.map((name) => [name, header(name)])),
      body: call.body,
      at: amzDateTime(header('x-amz-date')),
    },
    signer,
    'local',
  );
}

describe('the DynamoDB wire, as DynamoDB sees it', () => {
  it('sends each call as one signed POST of the JSON protocol', async () => {
    const item = { pk: { S: 'USER#1' }, name: { S: 'Zoë' } };
    const answer = { Attributes: { name: { S: 'Zoë' } }, ConsumedCapacity: { CapacityUnits: 1 } };
    const { wire, server } = await wireTo(reply(200, answer));
    const input = { TableName: 'run-coach', Item: item };

    await expect(wire.call('PutItem', input)).resolves.toEqual(answer);

    expect(server.calls).toHaveLength(1);
    const [call] = server.calls as [ReceivedCall];
    expect(call).toMatchObject({ method: 'POST', url: '/' });
    expect(JSON.parse(call.body)).toEqual(input);
    expect(call.headers).toMatchObject({
      host: new URL(server.endpoint).host,
      'content-type': 'application/x-amz-json-1.0',
      'content-length': String(Buffer.byteLength(JSON.stringify(input))),
      'x-amz-target': 'DynamoDB_20120810.PutItem',
      'x-amz-security-token': 'local-token',
    });
    expect(call.headers.authorization).toBe(await sdkSignatureOf(server, call, credentials));
  });

  it('asks its credential provider for every call, and signs with what it gets', async () => {
    const given: DynamoCredentials[] = [];
    const provider = () => {
      const next = { accessKeyId: `AKID${given.length}`, secretAccessKey: `rotated-${given.length}` };
      given.push(next);
      return Promise.resolve(next);
    };
    const { wire: calling, server } = await wireTo(reply(200), { credentials: provider });

    await calling.call('GetItem', { TableName: 't' });
    await calling.call('GetItem', { TableName: 't' });

    expect(given).toHaveLength(2);
    const [first, second] = server.calls as [ReceivedCall, ReceivedCall];
    expect(first.headers.authorization).toBe(await sdkSignatureOf(server, first, given[0]!));
    expect(second.headers.authorization).toBe(await sdkSignatureOf(server, second, given[1]!));
    expect(second.headers['x-amz-security-token']).toBeUndefined();
  });

  it("reads the environment's credentials at every call (a rotated key is used at once)", async () => {
    const env: Record<string, string> = {
      AWS_ACCESS_KEY_ID: 'AKIDENV1',
      AWS_SECRET_ACCESS_KEY: 'env-secret-1',
    };
    const { wire: calling, server } = await wireTo(reply(200), { credentials: undefined, env });

    await calling.call('Query', {});
    env.AWS_ACCESS_KEY_ID = 'AKIDENV2';
    env.AWS_SECRET_ACCESS_KEY = 'env-secret-2';
    env.AWS_SESSION_TOKEN = 'env-token';
    await calling.call('Query', {});

    const [first, second] = server.calls as [ReceivedCall, ReceivedCall];
    expect(first.headers['x-amz-security-token']).toBeUndefined();
    expect(first.headers.authorization).toBe(
      await sdkSignatureOf(server, first, { accessKeyId: 'AKIDENV1', secretAccessKey: 'env-secret-1' }),
    );
    expect(second.headers['x-amz-security-token']).toBe('env-token');
    expect(second.headers.authorization).toBe(
      await sdkSignatureOf(server, second, {
        accessKeyId: 'AKIDENV2',
        secretAccessKey: 'env-secret-2',
        sessionToken: 'env-token',
      }),
    );
  });

  it('speaks TLS to an https endpoint', async () => {
    // A TCP listener, not DynamoDB: it only records the first bytes (a TLS ClientHello begins with a
    // handshake record, 0x16 0x03) and hangs up.
    const firstBytes: Buffer[] = [];
    const tcp = createServer((socket: Socket) => {
      socket.once('data', (data: Buffer) => {
        firstBytes.push(data);
        socket.destroy();
      });
    });
    tcp.listen(0, '127.0.0.1');
    await once(tcp, 'listening');
    const { port } = tcp.address() as AddressInfo;
    const wire = new DynamoWire(
      { endpoint: `https://127.0.0.1:${port}`, region: 'local', credentials },
      timeouts,
    );
    cleanups.push(() => {
      wire.destroy();
    });

    await expect(wire.call('GetItem', {})).rejects.toMatchObject({ code: 'ECONNRESET' });

    tcp.close();
    expect(firstBytes).toHaveLength(1);
    expect([...firstBytes[0]!.subarray(0, 2)]).toEqual([0x16, 0x03]);
  });
});

describe('what the wire makes of DynamoDB’s answers', () => {
  it.each([
    ['an empty 200', 200, '', {}],
    ['a 200 with a JSON list (no members)', 200, '[]', {}],
  ])('resolves %s as no members', async (_what, status, body, expected) => {
    const { wire: calling } = await wireTo(reply(status, body));
    await expect(calling.call('DeleteItem', {})).resolves.toEqual(expected);
  });

  it.each([
    [
      'a service error: its type after #, its message',
      400,
      {
        __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',
        message: 'Requested resource not found',
      },
      { name: 'ResourceNotFoundException', message: 'Requested resource not found', $fault: 'client' },
    ],
    [
      'a type without # and a capitalised Message',
      400,
      { __type: 'ValidationException', Message: 'One or more parameter values were invalid' },
      { name: 'ValidationException', message: 'One or more parameter values were invalid', $fault: 'client' },
    ],
    [
      'members of the wrong kind (no type, the string message)',
      400,
      { __type: 42, message: 7, Message: 'Throughput exceeds the current capacity' },
      { name: 'HTTP400', message: 'Throughput exceeds the current capacity', $fault: 'client' },
    ],
    ['a bare 413', 413, '', { name: 'HTTP413', message: 'DynamoDB answered 413', $fault: 'client' }],
    [
      'a 300 (not a success)',
      300,
      {},
      { name: 'HTTP300', message: 'DynamoDB answered 300', $fault: 'client' },
    ],
    [
      'a 200 that is not JSON',
      200,
      '<html>gateway</html>',
      { name: 'HTTP200', message: 'DynamoDB answered 200', $fault: 'client' },
    ],
    [
      'a 500 without a type',
      500,
      {},
      { name: 'InternalServerError', message: 'DynamoDB answered 500', $fault: 'server' },
    ],
    [
      'a 503 that is not JSON',
      503,
      'Service Unavailable',
      { name: 'InternalServerError', message: 'DynamoDB answered 503', $fault: 'server' },
    ],
    [
      'a 500 with a type',
      500,
      { __type: 'com.amazon.coral.service#InternalFailure', message: 'Internal failure' },
      { name: 'InternalFailure', message: 'Internal failure', $fault: 'server' },
    ],
  ])('rejects %s', async (_what, status, body, expected) => {
    const { wire: calling } = await wireTo(reply(status, body));
    const error = await calling.call('UpdateItem', {}).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ ...expected, $metadata: { httpStatusCode: status } });
  });

  it('rejects a failed condition as ConditionalCheckFailedException, with the item as it stood', async () => {
    const item = { pk: { S: 'USER#1' }, version: { N: '3' } };
    const { wire: calling } = await wireTo(
      reply(400, {
        __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
        message: 'The conditional request failed',
        Item: item,
      }),
    );
    const error = await calling.call('PutItem', {}).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect(error).toMatchObject({
      name: 'ConditionalCheckFailedException',
      message: 'The conditional request failed',
      $metadata: { httpStatusCode: 400 },
      Item: item,
    });
  });
});
