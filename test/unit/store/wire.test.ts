import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { DynamoWire } from '../../../lambda/store/dynamo/wire';
import { marshallInput, unmarshallOutput } from '../../../lambda/store/dynamo/commands';

/**
 * The AWS SDK's own SigV4 signer, with Node's SHA-256. The SDK also signs an `x-amz-content-sha256`
 * header, which SigV4 requires of S3 only; without it (`applyChecksum: false`) the two must agree.
 */
class Sha256 {
  private readonly hash;
  constructor(secret?: Uint8Array | string) {
    this.hash = secret ? createHmac('sha256', secret) : createHash('sha256');
  }
  update(data: Uint8Array | string): void {
    this.hash.update(data);
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.hash.digest());
  }
}

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
    const ours = wire.headers('GetItem', body, now);
    const url = new URL(endpoint);
    const signer = new SignatureV4({
      credentials: given,
      region,
      service: 'dynamodb',
      sha256: Sha256 as unknown as ConstructorParameters<typeof SignatureV4>[0]['sha256'],
      applyChecksum: false,
    });
    const theirs = await signer.sign(
      {
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port ? { port: Number(url.port) } : {}),
        path: '/',
        query: {},
        headers: {
          'content-type': ours['content-type'] ?? '',
          host: url.host,
          'x-amz-target': 'DynamoDB_20120810.GetItem',
        },
        body,
      },
      { signingDate: now },
    );
    expect(ours.authorization).toBe(theirs.headers.authorization);
    expect(ours['x-amz-date']).toBe('20261202T194507Z');
    wire.destroy();
  });

  it('reads credentials from the environment it is given when none are passed', () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'tok' };
    const wire = new DynamoWire({ endpoint: 'http://127.0.0.1:1', region: 'local', env }, timeouts);
    const headers = wire.headers('Query', '{}', new Date('2026-12-02T00:00:00Z'));
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/20261202\/local\/dynamodb\/aws4_request, /,
    );
    expect(headers['x-amz-security-token']).toBe('tok');
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
