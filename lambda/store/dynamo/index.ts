import { systemClock, type Clock, type Random } from '../../core/deps';
import type { SkillMetrics } from '../../core/metrics';
import type { Store } from '../port';
import { DynamoActivityStore } from './activity';
import { DEFAULT_LIMITS, type DynamoLimits } from './client';
import type { EraserSettings } from './erase';
import { DynamoProfileStore } from './profiles';
import { Table, type DocumentSender } from './table';

export { createDocumentClient, DEFAULT_LIMITS, type DynamoLimits } from './client';
export { DELETE_CONCURRENCY } from './erase';

/** Options of {@link createDynamoStore}; every one has a production default. */
export interface DynamoStoreOptions {
  /** Attempts, timeouts and budgets (default {@link DEFAULT_LIMITS}); give only what differs. */
  limits?: Partial<DynamoLimits>;
  /** The clock deadlines and TTLs are read from (default: the system clock). */
  clock?: Clock;
  /** Spreads retries (default `Math.random`). */
  random?: Random;
  /** Where the store counts its failures (`StoreFailure`, `UnconfirmedSave`); default: nowhere. */
  metrics?: SkillMetrics;
  /** Erasure tuning: page size and batches in flight. */
  erase?: EraserSettings;
}

/** The DynamoDB implementation of the storage port, on an existing table. */
export function createDynamoStore(
  doc: DocumentSender,
  tableName: string,
  options: DynamoStoreOptions = {},
): Store {
  const table = new Table(doc, tableName, {
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    clock: options.clock ?? systemClock,
    random: options.random ?? Math.random,
    metrics: options.metrics,
  });
  return {
    profiles: new DynamoProfileStore(table),
    activity: new DynamoActivityStore(table, options.erase),
  };
}
export {
  BatchWriteCommand,
  DeleteCommand,
  DocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DocumentSender,
} from './commands';
