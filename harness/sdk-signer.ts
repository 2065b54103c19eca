/**
 * The AWS SDK's own Signature Version 4 signer (`@smithy/signature-v4`, with Node's SHA-256), as the
 * reference the store's DynamoDB wire is checked against: what DynamoDB would compute from a request.
 * The SDK also signs an `x-amz-content-sha256` header, which SigV4 requires of S3 only; without it
 * (`applyChecksum: false`) the two must agree.
 */
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { DynamoCredentials } from '../lambda/store/dynamo/wire';

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

/** A DynamoDB call as it goes over the wire (or as it arrived at a server). */
export interface SignableCall {
  /** `http://host:port` or `https://host`. */
  endpoint: string;
  path: string;
  /** The headers to sign: content-type, host, x-amz-target (and x-amz-security-token, if any). */
  headers: Record<string, string>;
  body: string;
  at: Date;
}

/** The `authorization` header the AWS SDK would send for `call`, as `credentials` in `region`. */
export async function sdkAuthorization(
  call: SignableCall,
  credentials: DynamoCredentials,
  region: string,
): Promise<string | undefined> {
  const url = new URL(call.endpoint);
  const signer = new SignatureV4({
    credentials,
    region,
    service: 'dynamodb',
    sha256: Sha256 as unknown as ConstructorParameters<typeof SignatureV4>[0]['sha256'],
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: call.path,
      query: {},
      headers: call.headers,
      body: call.body,
    },
    { signingDate: call.at },
  );
  return signed.headers.authorization;
}

/** The time an `x-amz-date` header (`20261202T194507Z`) stands for. */
export function amzDateTime(amzDate: string): Date {
  return new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
}
