/**
 * The Lambda entry. It only wires: reads the environment once, builds the clients once per cold
 * start, and hands them to {@link createSkill}.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { systemClock } from './core/deps';
import { ConfigError } from './core/errors';
import { createTimeZoneLookup } from './platform/timezone';
import { createDocumentClient, createDynamoStore } from './store/dynamo';
import { createSkill } from './skill';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new ConfigError('TABLE_NAME is not set: it names the DynamoDB table the skill uses');

const logger = new Logger({ serviceName: 'run-coach' });

export const { handler } = createSkill({
  store: createDynamoStore(createDocumentClient(), tableName),
  clock: systemClock,
  random: Math.random,
  logger,
  timeZones: createTimeZoneLookup({ logger, clock: systemClock }),
  skillId: process.env.SKILL_ID || undefined,
});
