/**
 * DynamoDB's HTTP API, spoken directly: one signed POST per call (AWS JSON 1.0 protocol, Signature
 * Version 4) on a keep-alive connection, with the connection and request timeouts of
 * {@link DynamoLimits} and the caller's abort signal. It replaces the AWS SDK's client for the few
 * calls the store makes: the SDK resolves a middleware stack of some twenty steps per call and, with
 * its default credential chain, brings some 330 KiB into the bundle; this is a few hundred lines.
 *
 * Errors keep the SDK's shapes, which the store reads (dynamo/failures.ts): a service error carries
 * its `name` (the `__type` after `#`), `message` and `$metadata.httpStatusCode`; a network error is
 * Node's own (with its `code`); a timeout is a `TimeoutError` and an abort an `AbortError`, with the
 * SDK's HTTP handler's messages.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.LowLevelAPI.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
import { createHash, createHmac } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

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

/** The two timeouts every attempt runs under (ms). */
export interface WireTimeouts {
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
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

/** One service endpoint: signs and sends JSON calls, one keep-alive agent per client. */
export class DynamoWire {
  private readonly url: URL;
  private readonly region: string;
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;
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
    const secure = this.url.protocol === 'https:';
    const agentOptions = { keepAlive: true, maxSockets: 50 };
    this.agent = secure ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
    this.send = secure ? httpsRequest : httpRequest;
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
    return new Promise((resolve, reject) => {
      if (abortSignal?.aborted) {
        reject(abortError(abortSignal));
        return;
      }
      const body = JSON.stringify(input);
      const timers: NodeJS.Timeout[] = [];
      // The first outcome settles the call; a later one (the `error` a destroyed request emits, an
      // answer after a timeout) finds the promise settled and changes nothing.
      const finish = (settle: () => void) => {
        for (const timer of timers) clearTimeout(timer);
        abortSignal?.removeEventListener('abort', onAbort);
        settle();
      };
      const fail = (error: Error) => {
        finish(() => {
          reject(error);
        });
        request.destroy();
      };
      const onAbort = () => {
        fail(abortError(abortSignal));
      };
      const request = this.send(
        {
          protocol: this.url.protocol,
          hostname: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          agent: this.agent,
          headers: {
            ...this.headers(operation, body, new Date(), credentials),
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          readBody(response).then(
            (text) => {
              finish(() => {
                settleAnswer(response.statusCode ?? 0, text, resolve, reject);
              });
            },
            // Node's own error, as it is (ECONNRESET when the connection drops in mid-answer).
            fail,
          );
        },
      );
      request.on('error', (error) => {
        finish(() => {
          reject(error);
        });
      });
      abortSignal?.addEventListener('abort', onAbort);
      const { connectionTimeoutMs, requestTimeoutMs } = this.timeouts;
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
      request.on('socket', (socket) => {
        if (!socket.connecting) return;
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
      });
      request.end(body);
    });
  }

  /** Closes the kept-alive connections. */
  destroy(): void {
    this.agent.destroy();
  }
}

/** The whole answer as text; rejects with the answer's `error` (an `Error`). */
function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    // A connection lost before the end of the answer: Node's ECONNRESET (message `aborted`).
    response.on('error', reject);
  });
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

function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  const error = new Error(typeof reason === 'string' ? reason : 'Request aborted');
  error.name = 'AbortError';
  if (reason instanceof Error) error.cause = reason;
  return error;
}
