/**
 * A tiny stand-in for the Alexa Settings API on loopback, so the skill's own time-zone call (through
 * the ASK SDK's `DefaultApiClient`) really goes over HTTP and gets the console's `--timezone`.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-settings-api-reference.html
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running settings server. */
export interface SettingsServer {
  /** Put this in the envelope's `context.System.apiEndpoint`. */
  url: string;
  /** Requests answered so far, as "GET /v2/devices/…" lines. */
  calls: string[];
  stop(): Promise<void>;
}

const TIME_ZONE_PATH = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;

/** Starts the server on 127.0.0.1 on a free port (or `port`); it answers the device's `timeZone`. */
export async function startSettingsServer(timeZone: string, port = 0): Promise<SettingsServer> {
  const calls: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    calls.push(`${request.method ?? 'GET'} ${path}`);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (!/^Bearer \S+/.test(request.headers.authorization ?? '')) {
      send(401, { type: 'INVALID_ACCESS_TOKEN', message: 'No access token' });
    } else if (request.method === 'GET' && TIME_ZONE_PATH.test(path)) {
      send(200, timeZone);
    } else {
      send(404, { type: 'NOT_FOUND', message: 'The console answers only System.timeZone' });
    }
  });
  server.listen(port, '127.0.0.1');
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]: unknown[]) => {
      throw error instanceof Error ? error : new Error(String(error));
    }),
  ]);
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    calls,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
