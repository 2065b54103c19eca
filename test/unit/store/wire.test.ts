import {
  ConditionalCheckFailedException,
  DynamoWire,
  isConditionalCheckFailed,
} from '../../../lambda/store/dynamo/wire';
import { marshallInput, unmarshallOutput } from '../../../lambda/store/dynamo/commands';
import { sdkAuthorization } from '../../../harness/sdk-signer';

const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const timeouts = { connectionTimeoutMs: 500, requestTimeoutMs: 1200 };

describe('the DynamoDB wire', () => {
  it.each([
    ['https://dynamodb.eu-west-1.amazonaws.com', 'eu-west-1', undefined],
    ['http://127.0.0.1:8000', 'local', 'session-token-value'],
  ])('signs a call as the AWS SDK does (%s)', async (endpoint, region, sessionToken) => {
    const given = sessionToken ? { ...credentials, sessionToken } : credentials;
    const wire = new DynamoWire({ endpoint, region, credentials: given }, timeouts);
    const body = JSON.stringify({ TableName: 't', Key: { pk: { S: 'USER#1' }, sk: { S: 'PROFILE' } } });
    const now = new Date('2026-12-02T19:45:07.123Z');
    const ours = wire.headers('GetItem', body, now, given);
    const theirs = await sdkAuthorization(
      {
        endpoint,
        path: '/',
        headers: {
          'content-type': ours['content-type'] ?? '',
          host: new URL(endpoint).host,
          'x-amz-target': 'DynamoDB_20120810.GetItem',
        },
        body,
        at: now,
      },
      given,
      region,
    );
    expect(ours.authorization).toBe(theirs);
    expect(ours['x-amz-date']).toBe('20261202T194507Z');
    wire.destroy();
  });

  it('marshals document inputs and unmarshals outputs as lib-dynamodb does', () => {
    expect(
      marshallInput({
        TableName: 't',
        Key: { pk: 'a', n: 2 },
        ExpressionAttributeValues: { ':v': ['x'], ':u': undefined },
        RequestItems: {
          t: [{ PutRequest: { Item: { pk: 'b', ok: true } } }, { DeleteRequest: { Key: { pk: 'c' } } }],
        },
      }),
    ).toEqual({
      TableName: 't',
      Key: { pk: { S: 'a' }, n: { N: '2' } },
      ExpressionAttributeValues: { ':v': { L: [{ S: 'x' }] } },
      RequestItems: {
        t: [
          { PutRequest: { Item: { pk: { S: 'b' }, ok: { BOOL: true } } } },
          { DeleteRequest: { Key: { pk: { S: 'c' } } } },
        ],
      },
    });
    expect(
      unmarshallOutput(
        {
          Items: [{ pk: { S: 'a' } }],
          LastEvaluatedKey: { pk: { S: 'a' } },
          Count: 1,
          Attributes: { n: { N: '3' } },
        },
        200,
      ),
    ).toEqual({
      Items: [{ pk: 'a' }],
      LastEvaluatedKey: { pk: 'a' },
      Count: 1,
      Attributes: { n: 3 },
      $metadata: { httpStatusCode: 200 },
    });
  });
});

describe('where the DynamoDB wire calls, as whom', () => {
  const at = new Date('2026-12-02T08:00:00Z');
  /** The host a wire with `config` calls, and the region its signature names. */
  function target(config: ConstructorParameters<typeof DynamoWire>[0]) {
    const wire = new DynamoWire(config, timeouts);
    const headers = wire.headers('GetItem', '{}', at, credentials);
    wire.destroy();
    return {
      host: headers.host,
      region: /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(headers.authorization ?? '')?.[1],
    };
  }

  it.each([
    ['nothing set', {}, { host: 'dynamodb.us-east-1.amazonaws.com', region: 'us-east-1' }],
    [
      'AWS_REGION (before AWS_DEFAULT_REGION)',
      { env: { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-central-1' } },
      { host: 'dynamodb.eu-west-1.amazonaws.com', region: 'eu-west-1' },
    ],
    [
      'AWS_DEFAULT_REGION',
      { env: { AWS_DEFAULT_REGION: 'eu-central-1' } },
      { host: 'dynamodb.eu-central-1.amazonaws.com', region: 'eu-central-1' },
    ],
    [
      'AWS_ENDPOINT_URL_DYNAMODB (before AWS_ENDPOINT_URL)',
      {
        env: {
          AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8000',
          AWS_ENDPOINT_URL: 'http://127.0.0.1:9000',
        },
      },
      { host: '127.0.0.1:8000', region: 'us-east-1' },
    ],
    [
      'AWS_ENDPOINT_URL',
      { env: { AWS_REGION: 'local', AWS_ENDPOINT_URL: 'http://127.0.0.1:9000' } },
      { host: '127.0.0.1:9000', region: 'local' },
    ],
    [
      'a region and an endpoint given (before the environment)',
      {
        region: 'ap-south-1',
        endpoint: 'http://127.0.0.1:7000',
        env: { AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8000' },
      },
      { host: '127.0.0.1:7000', region: 'ap-south-1' },
    ],
  ])('with %s', (_what, config, expected) => {
    expect(target(config)).toEqual(expected);
  });

  it.each([
    ['no secret', { AWS_ACCESS_KEY_ID: 'AKID' }],
    ['no key id', { AWS_SECRET_ACCESS_KEY: 'secret' }],
  ])('refuses to call without credentials in the environment (%s)', async (_what, env) => {
    const wire = new DynamoWire({ endpoint: 'http://127.0.0.1:1', region: 'local', env }, timeouts);
    await expect(wire.call('GetItem', {})).rejects.toMatchObject({
      name: 'CredentialsProviderError',
      message: 'No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are unset',
    });
    wire.destroy();
  });

  it('signs each day and each secret with its own key', async () => {
    const wire = new DynamoWire({ endpoint: 'http://127.0.0.1:8000', region: 'local' }, timeouts);
    const rotated = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'rotated-secret' };
    for (const [now, signer] of [
      [new Date('2026-12-02T23:59:59Z'), credentials],
      [new Date('2026-12-02T23:59:58Z'), credentials],
      [new Date('2026-12-03T00:00:01Z'), credentials],
      [new Date('2026-12-03T00:00:02Z'), rotated],
    ] as const) {
      const ours = wire.headers('Query', '{}', now, signer);
      const theirs = await sdkAuthorization(
        {
          endpoint: 'http://127.0.0.1:8000',
          path: '/',
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            host: '127.0.0.1:8000',
            'x-amz-target': 'DynamoDB_20120810.Query',
          },
          body: '{}',
          at: now,
        },
        signer,
        'local',
      );
      expect(ours.authorization).toBe(theirs);
    }
    wire.destroy();
  });
});

describe('a failed condition', () => {
  it.each([
    ['an item', { pk: { S: 'USER#1' } }, { pk: { S: 'USER#1' } }],
    ['null', null, undefined],
    ['a list', [{ pk: { S: 'USER#1' } }], undefined],
    ['a string', 'USER#1', undefined],
  ])('keeps the item as it stood only when DynamoDB sent one (%s)', (_what, item, expected) => {
    const error = new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: { httpStatusCode: 400 },
      Item: item,
    });
    expect(error).toMatchObject({
      name: 'ConditionalCheckFailedException',
      $metadata: { httpStatusCode: 400 },
    });
    expect(error.Item).toEqual(expected);
  });

  it.each([
    ["the wire's", new ConditionalCheckFailedException({ message: 'm', $metadata: {} }), true],
    [
      "the AWS SDK's (an Error of that name)",
      Object.assign(new Error('m'), { name: 'ConditionalCheckFailedException' }),
      true,
    ],
    ['another service error', Object.assign(new Error('m'), { name: 'ValidationException' }), false],
    ['a plain object of that name', { name: 'ConditionalCheckFailedException' }, false],
  ])('is told apart from other failures (%s)', (_what, error, expected) => {
    expect(isConditionalCheckFailed(error)).toBe(expected);
  });
});
