import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { startSettingsApi, type SettingsApi } from '../../../harness/loopback';
import { fixedClock, recordingLogger } from '../../../harness/skill';

let server: SettingsApi;

beforeEach(async () => {
  server = await startSettingsApi({ kind: 'zone', zone: 'Europe/Berlin' });
});
afterEach(async () => {
  await server.stop();
});

describe('the local Settings API (the console and the fault suites use it)', () => {
  it("answers the skill's own time-zone lookup through the ASK SDK's DefaultApiClient over http", async () => {
    const lookup = createTimeZoneLookup({ logger: recordingLogger(), clock: fixedClock() });
    const zone = await lookup.timeZoneOf({
      deviceId: 'amzn1.ask.device.CONSOLE',
      apiEndpoint: server.endpoint,
      apiAccessToken: 'token',
    });
    expect(zone).toBe('Europe/Berlin');
    expect(server.calls).toEqual(['GET /v2/devices/amzn1.ask.device.CONSOLE/settings/System.timeZone']);
  });

  it('listens on loopback and answers the JSON string', async () => {
    expect(server.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.endpoint}/v2/devices/d/settings/System.timeZone`, {
      headers: { authorization: 'Bearer t' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toBe('Europe/Berlin');
    expect(server.requests).toBe(1);
  });

  it('refuses calls without a token and settings it does not know', async () => {
    const noToken = await fetch(`${server.endpoint}/v2/devices/d/settings/System.timeZone`);
    expect(noToken.status).toBe(401);
    const other = await fetch(`${server.endpoint}/v2/devices/d/settings/System.distanceUnits`, {
      headers: { authorization: 'Bearer t' },
    });
    expect(other.status).toBe(404);
  });

  it('reports a busy port', async () => {
    const port = Number(new URL(server.endpoint).port);
    await expect(startSettingsApi({ kind: 'zone', zone: 'UTC' }, { port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });
});
