/**
 * Profile items read back into domain values: pure functions, defensive about what an item holds
 * (an item written by an older version, or by a one-shot request, lacks launch data).
 */
import type { LaunchRecord, PausedRoutine, Profile } from '../port';
import { CREATED_BY, HANDED_OVER } from './attributes';

/** A paused routine as stored, if it has every field it needs. */
export function parsePaused(raw: unknown): PausedRoutine | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { routineId, length, step, offset, easier, pausedAt } = raw as Record<string, unknown>;
  if (
    typeof routineId !== 'string' ||
    typeof length !== 'string' ||
    typeof step !== 'number' ||
    typeof offset !== 'number' ||
    typeof pausedAt !== 'string'
  ) {
    return undefined;
  }
  const ids = Array.isArray(easier) ? easier.filter((e): e is string => typeof e === 'string') : [];
  return { routineId, length, step, offset, easier: ids, pausedAt };
}

/** The weekly goal stored on a profile item, if it is a sensible whole number. */
export function parseRestDayGoal(item: Record<string, unknown> | undefined): number | undefined {
  const goal = item?.restDayGoal;
  return typeof goal === 'number' && Number.isInteger(goal) && goal > 0 && goal <= 7 ? goal : undefined;
}

/**
 * The profile an item holds; `undefined` only when there is no item. An item without launch data
 * (made by a one-shot request that saved a routine or a goal) is a profile with no launch yet.
 */
export function parseProfile(item: Record<string, unknown> | undefined): Profile | undefined {
  if (!item) return undefined;
  const { firstSeenAt, lastVisitAt, launchCount, painReportedAt } = item;
  const pausedRoutine = parsePaused(item.pausedRoutine);
  const count = typeof launchCount === 'number' && Number.isInteger(launchCount) ? launchCount : 0;
  return {
    ...(typeof firstSeenAt === 'string' ? { firstSeenAt } : {}),
    ...(typeof lastVisitAt === 'string' ? { lastVisitAt } : {}),
    launchCount: Math.max(0, count),
    restDayGoal: parseRestDayGoal(item),
    ...(pausedRoutine ? { pausedRoutine } : {}),
    ...(typeof painReportedAt === 'string' ? { painReportedAt } : {}),
  };
}

/**
 * The record of a launch whose write returned the item as it was before (`before`, `undefined`
 * when there was none: the user's first contact).
 */
export function launchRecord(before: Record<string, unknown> | undefined, now: string): LaunchRecord {
  const previous = parseProfile(before);
  return {
    firstContact: previous === undefined,
    previous,
    current: {
      firstSeenAt: previous?.firstSeenAt ?? now,
      lastVisitAt: now,
      launchCount: (previous?.launchCount ?? 0) + 1,
      restDayGoal: previous?.restDayGoal,
      ...(previous?.painReportedAt ? { painReportedAt: previous.painReportedAt } : {}),
    },
  };
}

/**
 * The record of a retried launch whose first attempt landed, rebuilt from `written`, the item that
 * attempt left: it created the item iff its `createdBy` is this launch's id (first contact), it
 * counted one launch, and it handed over the routine it kept in `handedOver`. Without the item (the
 * store would not show it), the launch counts as a first contact: an extra disclaimer rather than
 * a missed one.
 */
export function replayedLaunch(
  written: Record<string, unknown> | undefined,
  launchId: string,
  now: string,
): LaunchRecord {
  const profile = parseProfile(written);
  if (!written || !profile || profile.launchCount < 1) {
    return {
      firstContact: true,
      previous: undefined,
      current: { firstSeenAt: now, lastVisitAt: now, launchCount: 1 },
    };
  }
  const current: Profile = { ...profile };
  delete current.pausedRoutine;
  if (written[CREATED_BY] === launchId) return { firstContact: true, previous: undefined, current };
  const handedOver = parsePaused(written[HANDED_OVER]);
  const previous: Profile = {
    ...(current.firstSeenAt === undefined || profile.launchCount === 1
      ? {}
      : { firstSeenAt: current.firstSeenAt }),
    launchCount: profile.launchCount - 1,
    restDayGoal: current.restDayGoal,
    ...(current.painReportedAt ? { painReportedAt: current.painReportedAt } : {}),
    ...(handedOver ? { pausedRoutine: handedOver } : {}),
  };
  return { firstContact: false, previous, current };
}
