import { Deadline } from '../../../lambda/core/deadline';
import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { fixedClock, recordingLogger } from '../../../harness/skill';

const device = { deviceId: 'device-1', apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 'token' };

describe('time-zone lookup', () => {
  it('answers the Settings API zone and caches it', async () => {
    const fetchTimeZone = jest.fn(() => Promise.resolve('Pacific/Auckland'));
    const lookup = createTimeZoneLookup({ logger: recordingLogger(), clock: fixedClock(), fetchTimeZone });
    expect(await lookup.timeZoneOf(device)).toBe('Pacific/Auckland');
    expect(await lookup.timeZoneOf(device)).toBe('Pacific/Auckland');
    expect(fetchTimeZone).toHaveBeenCalledTimes(1);
  });

  it('asks again once the cached answer is old', async () => {
    const clock = fixedClock();
    const fetchTimeZone = jest.fn(() => Promise.resolve('Europe/London'));
    const lookup = createTimeZoneLookup({
      logger: recordingLogger(),
      clock,
      fetchTimeZone,
      cacheTtlMs: 1000,
    });
    await lookup.timeZoneOf(device);
    clock.advance(1001);
    await lookup.timeZoneOf(device);
    expect(fetchTimeZone).toHaveBeenCalledTimes(2);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['fails', () => Promise.reject(new Error('403'))],
    ['returns garbage', () => Promise.resolve('Not/AZone')],
    ['returns a non-string', () => Promise.resolve({ zone: 'UTC' })],
  ])('answers undefined when the API %s', async (_label, fetchTimeZone) => {
    const lookup = createTimeZoneLookup({ logger: recordingLogger(), clock: fixedClock(), fetchTimeZone });
    expect(await lookup.timeZoneOf(device)).toBeUndefined();
  });

  it('gives up at the deadline when the API hangs', async () => {
    jest.useFakeTimers();
    try {
      const lookup = createTimeZoneLookup({
        logger: recordingLogger(),
        clock: fixedClock(),
        deadlineMs: 1000,
        fetchTimeZone: () => new Promise(() => undefined),
      });
      const answer = lookup.timeZoneOf(device);
      await jest.advanceTimersByTimeAsync(1000);
      await expect(answer).resolves.toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });

  it('aborts the call it gave up on, so no request outlives the lookup', async () => {
    jest.useFakeTimers();
    try {
      const signals: AbortSignal[] = [];
      const lookup = createTimeZoneLookup({
        logger: recordingLogger(),
        clock: fixedClock(),
        deadlineMs: 500,
        fetchTimeZone: (_device, signal) => {
          signals.push(signal);
          return new Promise(() => undefined);
        },
      });
      const answer = lookup.timeZoneOf(device);
      expect(signals.map((s) => s.aborted)).toEqual([false]);
      await jest.advanceTimersByTimeAsync(500);
      await expect(answer).resolves.toBeUndefined();
      expect(signals.map((s) => s.aborted)).toEqual([true]);
    } finally {
      jest.useRealTimers();
    }
  });

  it("gives up when the turn's deadline comes before its own, and remembers that failure", async () => {
    jest.useFakeTimers();
    try {
      const clock = fixedClock();
      const fetchTimeZone = jest.fn(() => new Promise<unknown>(() => undefined));
      const lookup = createTimeZoneLookup({
        logger: recordingLogger(),
        clock,
        deadlineMs: 1000,
        fetchTimeZone,
      });
      let settled = false;
      const answer = lookup.timeZoneOf(device, { deadline: Deadline.after(clock, 300) }).finally(() => {
        settled = true;
      });
      await jest.advanceTimersByTimeAsync(299);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      await expect(answer).resolves.toBeUndefined();
      expect(fetchTimeZone).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('with no time left in the turn, does not call at all and remembers nothing', async () => {
    const clock = fixedClock();
    const fetchTimeZone = jest.fn(() => Promise.resolve<unknown>('Europe/Paris'));
    const lookup = createTimeZoneLookup({ logger: recordingLogger(), clock, fetchTimeZone });
    expect(await lookup.timeZoneOf(device, { deadline: Deadline.after(clock, 0) })).toBeUndefined();
    expect(fetchTimeZone).not.toHaveBeenCalled();
    expect(await lookup.timeZoneOf(device, { deadline: Deadline.after(clock, 500) })).toBe('Europe/Paris');
  });

  it('remembers a failure for a while, then asks again', async () => {
    const clock = fixedClock();
    const fetchTimeZone = jest
      .fn<Promise<unknown>, []>()
      .mockRejectedValueOnce(new Error('503'))
      .mockResolvedValue('Pacific/Honolulu');
    const lookup = createTimeZoneLookup({
      logger: recordingLogger(),
      clock,
      fetchTimeZone,
      failureTtlMs: 1000,
    });
    expect(await lookup.timeZoneOf(device)).toBeUndefined();
    expect(await lookup.timeZoneOf(device)).toBeUndefined();
    expect(fetchTimeZone).toHaveBeenCalledTimes(1);
    clock.advance(1001);
    expect(await lookup.timeZoneOf(device)).toBe('Pacific/Honolulu');
  });
});
