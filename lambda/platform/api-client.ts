/**
 * The HTTP client the ASK SDK's service clients (the Settings API's UPS client) send through, in
 * place of its `DefaultApiClient`, which has no timeout and no way to stop a call: a call it makes
 * to an Alexa API that never answers keeps its socket open for as long as the API does, in every
 * later invocation of a warm Lambda container, and keeps a test process from exiting. This one is
 * made per call with that call's abort signal: when the lookup gives up (its deadline or the
 * turn's), the request and its socket are destroyed. An answer larger than a setting can be is cut
 * off too.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-settings-api-reference.html
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { services } from 'ask-sdk-model';

/** The largest answer read: a setting (a time zone) is a few dozen bytes. */
export const MAX_ANSWER_BYTES = 64 * 1024;

/** An Alexa API call that did not end in an answer: aborted, refused, reset or too large. */
export class ApiCallError extends Error {
  override readonly name = 'ApiCallError';
}

function headersOf(request: services.ApiClientRequest): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, value } of request.headers) (headers[key] ??= []).push(value);
  return headers;
}

function answerHeaders(response: IncomingMessage): { key: string; value: string }[] {
  return Object.entries(response.headers).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => ({ key, value: v })),
  );
}

/** An ASK SDK `ApiClient` whose one call ends when `signal` aborts (or was aborted already). */
export class AbortableApiClient implements services.ApiClient {
  constructor(
    private readonly signal: AbortSignal,
    private readonly maxAnswerBytes = MAX_ANSWER_BYTES,
  ) {}

  /** Sends `request`; resolves any HTTP answer (the service client reads its status), rejects the rest. */
  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) {
        reject(new ApiCallError('The call was aborted before it was sent'));
        return;
      }
      const url = new URL(request.url);
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const call = send(
        url,
        { method: request.method, headers: headersOf(request), signal: this.signal },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > this.maxAnswerBytes) {
              call.destroy(new ApiCallError(`The answer is larger than ${this.maxAnswerBytes} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          response.on('end', () => {
            resolve({
              statusCode: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: answerHeaders(response),
            });
          });
          response.on('error', (error) => {
            reject(new ApiCallError(error.message));
          });
        },
      );
      call.on('error', (error) => {
        reject(new ApiCallError(error.name === 'AbortError' ? 'The call was aborted' : error.message));
      });
      if (request.body) call.write(request.body);
      call.end();
    });
  }
}
