import type { LocalDynamo } from '../../harness/dynamo';

/** Stops what global-setup.ts started. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __runCoachBackends?: LocalDynamo[] }).__runCoachBackends ?? [];
  await Promise.all(started.map((backend) => backend.stop()));
}
