import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { consoleClock } from '../../../tools/console/engine';
import { quietLogger } from '../../../tools/console/runtime';
import { startSettingsServer, type SettingsServer } from '../../../tools/console/settings-server';

let server: SettingsServer;

beforeEach(async () => {
  server = await startSettingsServer('Europe/Berlin');
});
afterEach(async () => {
  await server.stop();
});

describe('the local Settings API', () => {
  it("answers the skill's own time-zone lookup through the ASK SDK's DefaultApiClient over http", async () => {
    const lookup = createTimeZoneLookup({ logger: quietLogger(), clock: consoleClock(0) });
    const zone = await lookup.timeZoneOf({
      deviceId: 'amzn1.ask.device.CONSOLE',
      apiEndpoint: server.url,
      apiAccessToken: 'token',
    });
    expect(zone).toBe('Europe/Berlin');
    expect(server.calls).toEqual(['GET /v2/devices/amzn1.ask.device.CONSOLE/settings/System.timeZone']);
  });

  it('listens on loopback and answers the JSON string', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/v2/devices/d/settings/System.timeZone`, {
      headers: { authorization: 'Bearer t' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toBe('Europe/Berlin');
  });

  it('refuses calls without a token and settings it does not know', async () => {
    const noToken = await fetch(`${server.url}/v2/devices/d/settings/System.timeZone`);
    expect(noToken.status).toBe(401);
    const other = await fetch(`${server.url}/v2/devices/d/settings/System.distanceUnits`, {
      headers: { authorization: 'Bearer t' },
    });
    expect(other.status).toBe(404);
  });

  it('reports a busy port', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startSettingsServer('UTC', port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
