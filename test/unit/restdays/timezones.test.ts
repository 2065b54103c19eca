import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { createMemoryStore } from '../../../lambda/store/memory';
import { conversation } from '../../../harness/conversation';
import { fixedTimeZone, recordingLogger } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { storedRestDays } from './fixtures';
import { messagePattern } from '../../../harness/messages';

/** Logs "a rest day" at `instant` for a device in `zone`; answers the stored dates. */
async function logAt(instant: string, zone: string | undefined, locale = 'en-US') {
  const store = createMemoryStore();
  const convo = conversation({ store, timeZones: fixedTimeZone(zone) }, { locale });
  convo.clock.set(instant);
  const response = await convo.intent('LogRestDayIntent');
  return { dates: await storedRestDays(store), said: spoken(response) };
}

describe("the user's own today, on both sides of the date line", () => {
  it('11 pm on November 25 in Honolulu logs November 25 (UTC is already the 26th)', async () => {
    expect((await logAt('2026-11-26T09:00:00Z', 'Pacific/Honolulu')).dates).toEqual(['2026-11-25']);
  });

  it('6 am on November 26 in Auckland logs November 26 (UTC is still the 25th)', async () => {
    expect((await logAt('2026-11-25T17:00:00Z', 'Pacific/Auckland')).dates).toEqual(['2026-11-26']);
  });

  it('at one instant, Honolulu and Auckland each log their own (different) today', async () => {
    const instant = '2026-11-26T09:30:00Z';
    expect((await logAt(instant, 'Pacific/Honolulu')).dates).toEqual(['2026-11-25']);
    expect((await logAt(instant, 'Pacific/Auckland')).dates).toEqual(['2026-11-26']);
  });
});

describe('across daylight-saving changes', () => {
  it.each([
    // US clocks go back at 2 am EDT on Sunday, November 1, 2026.
    [
      '11:30 pm EST on Nov 1, after clocks went back',
      '2026-11-02T04:30:00Z',
      'America/New_York',
      '2026-11-01',
    ],
    ['12:30 am EDT on Nov 1, before they did', '2026-11-01T04:30:00Z', 'America/New_York', '2026-11-01'],
    ['11:30 pm EDT on Oct 31', '2026-11-01T03:30:00Z', 'America/New_York', '2026-10-31'],
    // US clocks go forward at 2 am EST on Sunday, March 8, 2026.
    [
      '11:30 pm EDT on Mar 8, after clocks went forward',
      '2026-03-09T03:30:00Z',
      'America/New_York',
      '2026-03-08',
    ],
    // UK clocks go forward at 1 am GMT on Sunday, March 29, 2026.
    ['11:30 pm BST on Mar 29', '2026-03-29T22:30:00Z', 'Europe/London', '2026-03-29'],
    // Auckland's clocks go forward at 2 am on Sunday, September 27, 2026.
    ['12:30 am NZST on Sep 27', '2026-09-26T12:30:00Z', 'Pacific/Auckland', '2026-09-27'],
  ])('%s logs the local date', async (_label, instant, zone, date) => {
    expect((await logAt(instant, zone)).dates).toEqual([date]);
  });
});

describe('week boundaries in the local zone', () => {
  it('11:30 pm on Sunday in New York (Monday in UTC) still counts in the week that ends that Sunday', async () => {
    const convo = conversation({ timeZones: fixedTimeZone('America/New_York') });
    convo.clock.set('2026-11-30T04:30:00Z');
    await convo.intent('LogRestDayIntent');
    const response = await convo.intent('RestDayProgressIntent');
    expect(spoken(response)).toMatch(/Monday, November 23 to today/);
    expect(spoken(response)).toMatch(/Sunday/);
  });

  it('a minute after local midnight on Monday starts a new week', async () => {
    const convo = conversation({ timeZones: fixedTimeZone('America/New_York') });
    convo.clock.set('2026-11-30T04:30:00Z');
    await convo.intent('LogRestDayIntent');
    convo.clock.set('2026-11-30T05:01:00Z');
    const response = await convo.intent('RestDayProgressIntent');
    expect(spoken(response)).toMatch(/today to Sunday, December 6/);
    expect(spoken(response)).toMatch(messagePattern('restdays:weekNone'));
  });
});

describe('a time-zone lookup that is unset, fails, hangs or returns garbage', () => {
  it('unset: falls back to the locale zone (en-US: New York)', async () => {
    // 2 am UTC on the 26th is 9 pm on the 25th in New York.
    expect((await logAt('2026-11-26T02:00:00Z', undefined)).dates).toEqual(['2026-11-25']);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['fails', () => Promise.reject(new Error('403 Forbidden'))],
    ['returns garbage', () => Promise.resolve('Mars/Olympus_Mons')],
    ['returns a non-string', () => Promise.resolve(42)],
  ])('%s: the rest day is still logged, in the fallback zone', async (_label, fetchTimeZone) => {
    const store = createMemoryStore();
    const timeZones = createTimeZoneLookup({
      logger: recordingLogger(),
      clock: { now: () => 0 },
      fetchTimeZone,
    });
    const convo = conversation({ store, timeZones });
    convo.clock.set('2026-11-26T02:00:00Z');
    const response = await convo.intent('LogRestDayIntent');
    expect(spoken(response)).toMatch(messagePattern('restdays:logged', { vars: { day: 'today' } }));
    expect(await storedRestDays(store)).toEqual(['2026-11-25']);
  });

  it('hangs: the deadline passes and the answer comes from the fallback zone', async () => {
    // Only timers are faked: the skill's promise plumbing must keep running.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
    try {
      const store = createMemoryStore();
      const timeZones = createTimeZoneLookup({
        logger: recordingLogger(),
        clock: { now: () => 0 },
        deadlineMs: 1000,
        fetchTimeZone: () => new Promise(() => undefined),
      });
      const convo = conversation({ store, timeZones });
      convo.clock.set('2026-11-26T02:00:00Z');
      const pending = convo.intent('LogRestDayIntent');
      // Move fake time on a second at a time until the answer comes (the deadline is one second).
      const state = { settled: false };
      void pending.finally(() => {
        state.settled = true;
      });
      for (let second = 0; second < 5 && !state.settled; second += 1) {
        await jest.advanceTimersByTimeAsync(1000);
      }
      const response = await pending;
      expect(spoken(response)).toMatch(messagePattern('restdays:logged', { vars: { day: 'today' } }));
      expect(await storedRestDays(store)).toEqual(['2026-11-25']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('looks the zone up once per session: the next turn uses the cached zone', async () => {
    const timeZoneOf = jest.fn(() => Promise.resolve('Pacific/Auckland'));
    const convo = conversation({ timeZones: { timeZoneOf } });
    await convo.intent('RestDayProgressIntent'); // ends the session, so open one with a question
    await convo.intent('LogRestDayIntent', { date: { value: '2026-W48' } });
    await convo.intent('LogRestDayIntent', { date: { value: '2026-11-24' } });
    expect(timeZoneOf).toHaveBeenCalledTimes(2);
  });
});
