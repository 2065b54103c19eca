/**
 * DynamoDB's HTTP API, spoken directly: one signed POST per call (AWS JSON 1.0 protocol, Signature
 * Version 4) on a keep-alive connection (./keep-alive.ts), with the connection and request timeouts
 * of {@link DynamoLimits} and the caller's abort signal. It replaces the AWS SDK's client for the few
 * calls the store makes: the SDK resolves a middleware stack of some twenty steps per call and, with
 * its default credential chain, brings some 330 KiB into the bundle; this is a few hundred lines.
 *
 * Errors keep the SDK's shapes, which the store reads (dynamo/failures.ts): a service error carries
 * its `name` (the `__type` after `#`), `message` and `$metadata.httpStatusCode`; a network error is
 * Node's own (with its `code`); a timeout is a `TimeoutError` and an abort an `AbortError`, with the
 * SDK's HTTP handler's messages (./keep-alive.ts).
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.LowLevelAPI.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
import { createHash, createHmac } from 'node:crypto';
import { abortError, KeepAliveOrigin, type WireTimeouts } from './keep-alive';

export type { WireTimeouts } from './keep-alive';

/** Static credentials (in Lambda: the function role's, from the environment). */
export interface DynamoCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * Where and as whom to call. Each default is what the AWS SDK would read from the environment in
 * Lambda: `AWS_REGION`, `AWS_ENDPOINT_URL_DYNAMODB` (or `AWS_ENDPOINT_URL`), and the
 * `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN` the runtime sets.
 */
export interface DynamoConfig {
  region?: string;
  endpoint?: string;
  /** Fixed credentials, or a provider of them (e.g. the AWS SDK's `defaultProvider()` in tools). */
  credentials?: DynamoCredentials | (() => Promise<DynamoCredentials>);
  /** The environment the defaults are read from (lambda/index.ts passes `process.env`); default none. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** DynamoDB refused a write's condition; `Item` is the item as it stood, when asked for. */
export class ConditionalCheckFailedException extends Error {
  override readonly name = 'ConditionalCheckFailedException';
  readonly $metadata: { httpStatusCode?: number };
  readonly Item?: Record<string, unknown>;

  constructor(options: { message: string; $metadata: { httpStatusCode?: number }; Item?: unknown }) {
    super(options.message);
    this.$metadata = options.$metadata;
    if (isRecord(options.Item)) this.Item = options.Item;
  }
}

/** Whether `error` is a failed condition (this module's, or the AWS SDK's class of that name). */
export function isConditionalCheckFailed(
  error: unknown,
): error is { name: string; Item?: Record<string, unknown> } {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Strings are hashed as UTF-8 (Node's default for a string).
const sha256Hex = (data: string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** One service endpoint: signs and sends JSON calls, on the kept-alive sockets of one origin per client. */
export class DynamoWire {
  private readonly url: URL;
  private readonly region: string;
  private readonly origin: KeepAliveOrigin;
  /** The signing key of the day (it depends on the date, region, service and secret only). */
  private signingKey: { scope: string; secret: string; key: Buffer } | undefined;

  constructor(
    config: DynamoConfig,
    private readonly timeouts: WireTimeouts,
  ) {
    const env = config.env ?? {};
    this.env = env;
    this.region = config.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
    this.url = new URL(
      config.endpoint ??
        env.AWS_ENDPOINT_URL_DYNAMODB ??
        env.AWS_ENDPOINT_URL ??
        `https://dynamodb.${this.region}.amazonaws.com`,
    );
    this.origin = new KeepAliveOrigin(this.url);
    this.credentials = config.credentials;
  }

  private readonly credentials: DynamoConfig['credentials'];
  private readonly env: Readonly<Record<string, string | undefined>>;

  /**
   * The credentials of a call: the provider's, the given ones, else the environment's (read at each
   * call, as the SDK's `fromEnv` does).
   */
  private async credentialsOfCall(): Promise<DynamoCredentials> {
    const given = this.credentials;
    if (typeof given === 'function') return given();
    if (given) return given;
    const accessKeyId = this.env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = this.env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey)
      throw Object.assign(
        new Error('No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are unset'),
        {
          name: 'CredentialsProviderError',
        },
      );
    const sessionToken = this.env.AWS_SESSION_TOKEN;
    return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
  }

  /** The headers of a POST of `body` as `operation`, at `now`, signed with `credentials`. */
  headers(
    operation: string,
    body: string,
    now: Date,
    credentials: DynamoCredentials,
  ): Record<string, string> {
    const amzDate = now.toISOString().replace(/[-:]|\.\d{3}/g, '');
    const day = amzDate.slice(0, 8);
    const scope = `${day}/${this.region}/dynamodb/aws4_request`;
    const headers: Record<string, string> = {
      'content-type': 'application/x-amz-json-1.0',
      host: this.url.host,
      'x-amz-date': amzDate,
      ...(credentials.sessionToken ? { 'x-amz-security-token': credentials.sessionToken } : {}),
      'x-amz-target': `DynamoDB_20120810.${operation}`,
    };
    const names = Object.keys(headers).sort();
    const signedHeaders = names.join(';');
    const canonical = [
      'POST',
      // A URL of http: or https: always has a path, `/` at least.
      this.url.pathname,
      '',
      ...names.map((name) => `${name}:${headers[name] ?? ''}`),
      '',
      signedHeaders,
      sha256Hex(body),
    ].join('\n');
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
    const signature = createHmac('sha256', this.keyFor(scope, day, credentials.secretAccessKey))
      .update(toSign, 'utf8')
      .digest('hex');
    headers.authorization =
      `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, ` +
      `SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return headers;
  }

  private keyFor(scope: string, day: string, secret: string): Buffer {
    const cached = this.signingKey;
    if (cached && cached.scope === scope && cached.secret === secret) return cached.key;
    const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), this.region), 'dynamodb'), 'aws4_request');
    this.signingKey = { scope, secret, key };
    return key;
  }

  /**
   * Calls `operation` with the JSON `input`; resolves with the JSON answer, rejects with the
   * service's error (see the module comment), a network error, a timeout or an abort.
   */
  async call(operation: string, input: unknown, abortSignal?: AbortSignal): Promise<Record<string, unknown>> {
    const credentials = await this.credentialsOfCall();
    if (abortSignal?.aborted) throw abortError(abortSignal);
    const body = JSON.stringify(input);
    const { status, text } = await this.origin.post(
      this.url.pathname,
      this.headers(operation, body, new Date(), credentials),
      body,
      this.timeouts,
      abortSignal,
    );
    return new Promise((resolve, reject) => {
      settleAnswer(status, text, resolve, reject);
    });
  }

  /** Closes the kept-alive connections. */
  destroy(): void {
    this.origin.destroy();
  }
}

function settleAnswer(
  status: number,
  text: string,
  resolve: (value: Record<string, unknown>) => void,
  reject: (error: Error) => void,
): void {
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = undefined;
  }
  const json = isRecord(parsed) ? parsed : {};
  if (status >= 200 && status < 300 && parsed !== undefined) {
    resolve(json);
    return;
  }
  const $metadata = { httpStatusCode: status };
  const type = typeof json.__type === 'string' ? json.__type : '';
  const name = type.split('#').pop() || (status >= 500 ? 'InternalServerError' : `HTTP${status}`);
  const message =
    typeof json.message === 'string'
      ? json.message
      : typeof json.Message === 'string'
        ? json.Message
        : `DynamoDB answered ${status}`;
  if (name === 'ConditionalCheckFailedException') {
    reject(new ConditionalCheckFailedException({ message, $metadata, Item: json.Item }));
    return;
  }
  reject(Object.assign(new Error(message), { name, $metadata, $fault: status >= 500 ? 'server' : 'client' }));
}
