import type { LaunchRecord, ProfileStore, Profile, Store } from './port';

/**
 * An in-memory store for handler unit tests and the console's `--memory` mode. It is not the proof
 * that storage works: the DynamoDB implementation is tested against DynamoDB Local and dynalite.
 */
export function createMemoryStore(): Store {
  const profiles = new Map<string, Profile>();
  const profileStore: ProfileStore = {
    recordLaunch(userId: string, at: Date): Promise<LaunchRecord> {
      const previous = profiles.get(userId);
      const now = at.toISOString();
      const current: Profile = {
        firstSeenAt: previous?.firstSeenAt ?? now,
        lastVisitAt: now,
        launchCount: (previous?.launchCount ?? 0) + 1,
      };
      profiles.set(userId, current);
      return Promise.resolve({ previous, current });
    },
  };
  return { profiles: profileStore };
}
