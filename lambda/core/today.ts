import type { HandlerInput } from 'ask-sdk-core';
import { dateInZone, isValidZone } from './calendar';
import type { SkillDeps } from './deps';
import { deviceRefOf, localeOf } from './request';
import { setSlice, sliceOf } from './session';

/** The user's local day and the zone it was computed in. */
export interface LocalNow {
  /** `YYYY-MM-DD` in the user's zone. */
  date: string;
  /** IANA zone used. */
  zone: string;
  /** `true` when the device's zone was unavailable and the locale's default zone was used. */
  assumedZone: boolean;
  /** The instant (milliseconds since the epoch) the date was taken at. */
  now: number;
}

/** Zones assumed when the device's zone cannot be had, by locale. */
const LOCALE_DEFAULT_ZONES: Record<string, string> = {
  'en-US': 'America/New_York',
  'en-CA': 'America/Toronto',
  'en-GB': 'Europe/London',
  'en-AU': 'Australia/Sydney',
  'en-IN': 'Asia/Kolkata',
};

const ZONE_KEY = 'zone';

/**
 * The user's local date, in the device's time zone (Alexa Settings API, looked up once per session
 * and cached in the session attributes), never the server's UTC date.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-settings-api-reference.html
 */
export async function localNow(input: HandlerInput, deps: SkillDeps): Promise<LocalNow> {
  const now = deps.clock.now();
  let zone = sliceOf(input, ZONE_KEY, (raw) =>
    typeof raw === 'string' && isValidZone(raw) ? raw : undefined,
  );
  const device = zone ? undefined : deviceRefOf(input);
  if (device) {
    zone = await deps.timeZones.timeZoneOf(device);
    if (zone) setSlice(input, ZONE_KEY, zone);
  }
  const assumedZone = zone === undefined;
  const usedZone = zone ?? LOCALE_DEFAULT_ZONES[localeOf(input)] ?? 'America/New_York';
  return { date: dateInZone(now, usedZone), zone: usedZone, assumedZone, now };
}
