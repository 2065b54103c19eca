/**
 * The Settings API client ends what it starts: a call the time-zone lookup gave up on is aborted,
 * its socket closed at once (not left open for as long as the API keeps it, in a warm Lambda
 * container or a test process), and an answer too large for a setting is cut off.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { AbortableApiClient, ApiCallError, MAX_ANSWER_BYTES } from '../../../lambda/platform/api-client';
import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { recordingLogger } from '../../../harness/skill';

const clock = { now: () => Date.now() };

/** A server that never answers, and the sockets it has open. */
async function silentServer(): Promise<{ server: Server; endpoint: string; open: Set<Socket> }> {
  const open = new Set<Socket>();
  const server = createServer(() => undefined);
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, endpoint: `http://127.0.0.1:${port}`, open };
}

async function closed(server: Server, open: Set<Socket>): Promise<void> {
  for (const socket of open) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
}

const waitFor = async (condition: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !condition() && Date.now() < end;)
    await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('the Settings API client', () => {
  it('closes the connection of a call the lookup gave up on, at its deadline', async () => {
    const { server, endpoint, open } = await silentServer();
    const lookup = createTimeZoneLookup({ logger: recordingLogger(), clock, deadlineMs: 200 });
    const device = { deviceId: 'amzn1.ask.device.X', apiEndpoint: endpoint, apiAccessToken: 'token' };
    await expect(lookup.timeZoneOf(device)).resolves.toBeUndefined();
    // The server still holds its end open; the client's end was destroyed, so the socket closes.
    await waitFor(() => open.size === 0, 1000);
    const left = open.size;
    await closed(server, open);
    expect(left).toBe(0);
  });

  it('rejects at once with an aborted signal, and mid-call when the signal aborts', async () => {
    const { server, endpoint, open } = await silentServer();
    const request = { method: 'GET', url: `${endpoint}/v2/x`, headers: [{ key: 'a', value: 'b' }] };
    await expect(new AbortableApiClient(AbortSignal.abort()).invoke(request)).rejects.toBeInstanceOf(
      ApiCallError,
    );
    const controller = new AbortController();
    const call = new AbortableApiClient(controller.signal).invoke(request);
    await waitFor(() => open.size === 1, 1000);
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(ApiCallError);
    await closed(server, open);
  });

  it('cuts off an answer larger than a setting can be', async () => {
    const server = createServer((_request, response) => {
      response.end('x'.repeat(MAX_ANSWER_BYTES + 1));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const call = new AbortableApiClient(new AbortController().signal).invoke({
      method: 'GET',
      url: `http://127.0.0.1:${port}/`,
      headers: [],
    });
    await expect(call).rejects.toBeInstanceOf(ApiCallError);
    await new Promise((resolve) => server.close(resolve));
  });
});
