import { services } from 'ask-sdk-model';
import { isValidZone } from '../core/calendar';
import type { Clock, DeviceRef, SkillLogger, TimeZoneLookup } from '../core/deps';
import { AbortableApiClient } from './api-client';

/** Options of {@link createTimeZoneLookup}. */
export interface TimeZoneLookupOptions {
  logger: SkillLogger;
  clock: Clock;
  /** Give up on the Settings API after this long; the caller then uses its fallback. */
  deadlineMs?: number;
  /** Keep a device's answer this long. */
  cacheTtlMs?: number;
  /** Remember a failed, slow or unset answer this long, so a broken lookup is not retried every turn. */
  failureTtlMs?: number;
  /** Remember at most this many devices (oldest forgotten first). */
  cacheSize?: number;
  /**
   * The call itself; defaults to the ASK SDK's Settings API client. `signal` aborts when the lookup
   * gives up on it: the call should stop there (the default one destroys its request and socket).
   */
  fetchTimeZone?: (device: DeviceRef, signal: AbortSignal) => Promise<unknown>;
}

/**
 * The Alexa Settings API call, through the ASK SDK's UPS client on an {@link AbortableApiClient} (the
 * SDK's `DefaultApiClient` has no timeout and cannot be stopped): the lookup's deadline ends it.
 */
function settingsApiTimeZone(device: DeviceRef, signal: AbortSignal): Promise<unknown> {
  const client = new services.ups.UpsServiceClient({
    apiClient: new AbortableApiClient(signal),
    apiEndpoint: device.apiEndpoint,
    authorizationValue: device.apiAccessToken,
  });
  return client.getSystemTimeZone(device.deviceId);
}

/**
 * Looks up a device's time zone through the Alexa Settings API
 * (https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-settings-api-reference.html) with a
 * deadline (its own `deadlineMs`, cut to what the caller's deadline leaves) and a per-container
 * cache. Unset, slow, failing or invalid answers resolve `undefined`; with no time left it does not
 * call at all (and remembers nothing, so the next turn asks).
 */
export function createTimeZoneLookup(options: TimeZoneLookupOptions): TimeZoneLookup {
  const { logger, clock, deadlineMs = 1000, cacheTtlMs = 60 * 60 * 1000, cacheSize = 10_000 } = options;
  const failureTtlMs = options.failureTtlMs ?? 5 * 60 * 1000;
  const fetchTimeZone = options.fetchTimeZone ?? settingsApiTimeZone;
  const cache = new Map<string, { zone: string | undefined; until: number }>();
  const remember = (deviceId: string, zone: string | undefined, ttlMs: number) => {
    cache.delete(deviceId);
    cache.set(deviceId, { zone, until: clock.now() + ttlMs });
    if (cache.size > cacheSize) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    return zone;
  };

  return {
    async timeZoneOf(device, callOptions) {
      const cached = cache.get(device.deviceId);
      if (cached && cached.until > clock.now()) return cached.zone;
      // The lookup's own limit, or what the turn has left, whichever is shorter.
      const waitMs = Math.min(deadlineMs, callOptions?.deadline?.remainingMs() ?? deadlineMs);
      if (waitMs <= 0) {
        logger.warn('Time zone lookup skipped: no time left in the turn');
        return undefined;
      }
      let timer: NodeJS.Timeout | undefined;
      const call = new AbortController();
      const deadline = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => {
          resolve('timeout');
        }, waitMs);
      });
      try {
        const answer = await Promise.race([fetchTimeZone(device, call.signal), deadline]);
        if (answer === 'timeout') {
          logger.warn('Time zone lookup timed out', { deadlineMs: waitMs });
          return remember(device.deviceId, undefined, failureTtlMs);
        }
        if (typeof answer !== 'string' || !isValidZone(answer)) {
          logger.warn('Time zone lookup returned no valid zone', { answerType: typeof answer });
          return remember(device.deviceId, undefined, failureTtlMs);
        }
        return remember(device.deviceId, answer, cacheTtlMs);
      } catch (error) {
        logger.warn('Time zone lookup failed', { error: error instanceof Error ? error.name : typeof error });
        return remember(device.deviceId, undefined, failureTtlMs);
      } finally {
        clearTimeout(timer);
        // Whatever ended the wait, the call ends with it: no request or socket outlives the lookup.
        call.abort();
      }
    },
  };
}
