/**
 * The privacy policy states the retention the code applies: what it says users' data is kept for is
 * read from the same constants the store writes its TTLs from and the skill reads back with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAST_LIMIT_DAYS } from '../../../lambda/restdays/dates';
import { ACTIVITY_RETENTION_DAYS, activityExpiresAt } from '../../../lambda/store/schema';

const privacy = readFileSync(join(__dirname, '../../../PRIVACY.md'), 'utf8').replace(/\s+/g, ' ');

describe('the privacy policy', () => {
  it('says rest days and routines expire after the retention the store writes as their TTL', () => {
    expect(privacy).toContain(`expire ${ACTIVITY_RETENTION_DAYS} days after the day they concern`);
    const day = Date.parse('2026-11-24T00:00:00Z') / 1000;
    expect(activityExpiresAt('2026-11-24')).toBe(day + ACTIVITY_RETENTION_DAYS * 86_400);
  });

  it('says how far back the skill reads, which is within that retention', () => {
    expect(privacy).toContain(`never looks further back than ${PAST_LIMIT_DAYS} days`);
    expect(PAST_LIMIT_DAYS).toBeLessThan(ACTIVITY_RETENTION_DAYS);
  });

  it('says how long backups keep deleted data (point-in-time recovery: 35 days)', () => {
    expect(privacy).toMatch(/point-in-time recovery\) keep changes for 35 days/);
  });
});
