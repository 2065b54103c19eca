/**
 * The storage port: what the skill needs from storage, in domain terms. The DynamoDB implementation
 * (`dynamo.ts`) is the real one; `memory.ts` is a fake for handler unit tests. Every method may reject
 * with `StoreUnavailableError`, meaning nothing was written.
 */

/** What the skill remembers about a user between sessions. */
export interface Profile {
  /** ISO-8601 instant of the first launch. */
  firstSeenAt: string;
  /** ISO-8601 instant of the latest launch. */
  lastVisitAt: string;
  launchCount: number;
}

/** The profile before and after a launch was recorded. */
export interface LaunchRecord {
  /** `undefined` on the user's first launch. */
  previous: Profile | undefined;
  current: Profile;
}

/** Profile storage. */
export interface ProfileStore {
  /** Records a launch at `at` in one write and returns the profile as it was before and after. */
  recordLaunch(userId: string, at: Date): Promise<LaunchRecord>;
}

/** The whole port, one repository per kind of data. */
export interface Store {
  profiles: ProfileStore;
}
