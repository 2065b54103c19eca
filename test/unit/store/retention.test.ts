import { PAST_LIMIT_DAYS } from '../../../lambda/restdays/dates';
import {
  ACTIVITY_RETENTION_DAYS,
  activityExpiresAt,
  ERASED_MARKER_RETENTION_DAYS,
  erasedMarkerExpiresAt,
} from '../../../lambda/store/schema';

describe('retention', () => {
  it('keeps activity longer than the skill can still use it (60 days back)', () => {
    expect(ACTIVITY_RETENTION_DAYS).toBe(90);
    expect(ACTIVITY_RETENTION_DAYS).toBeGreaterThan(PAST_LIMIT_DAYS + 1);
  });

  it('an activity item expires at midnight UTC, 90 days after its day, in epoch seconds', () => {
    expect(activityExpiresAt('2026-11-24')).toBe(Date.parse('2027-02-22T00:00:00Z') / 1000);
    expect(activityExpiresAt('2028-02-29')).toBe(Date.parse('2028-05-29T00:00:00Z') / 1000);
  });

  it('refuses what is not a date rather than writing a TTL that never expires', () => {
    expect(() => activityExpiresAt('2099-99-99')).toThrow(RangeError);
    expect(() => activityExpiresAt('yesterday')).toThrow(RangeError);
    expect(() => activityExpiresAt('yesterday')).toThrow('Not a YYYY-MM-DD date: yesterday');
  });

  it("an erased user's marker expires 7 days after the erasure", () => {
    const now = Date.parse('2026-11-25T18:00:00.500Z');
    expect(ERASED_MARKER_RETENTION_DAYS).toBe(7);
    expect(erasedMarkerExpiresAt(now)).toBe(Date.parse('2026-12-02T18:00:00Z') / 1000);
  });
});
