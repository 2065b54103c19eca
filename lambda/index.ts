/**
 * The Lambda entry. It only wires: reads the environment once, builds the clients once per cold
 * start, and hands them to {@link createSkill}.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { systemClock } from './core/deps';
import { ConfigError } from './core/errors';
import { METRICS_NAMESPACE, powertoolsMetrics, SERVICE_NAME } from './core/metrics';
import { createTimeZoneLookup } from './platform/timezone';
import { createDocumentClient, createDynamoStore } from './store/dynamo';
import { createSkill } from './skill';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new ConfigError('TABLE_NAME is not set: it names the DynamoDB table the skill uses');
const skillId = process.env.SKILL_ID;
if (!skillId) {
  throw new ConfigError(
    'SKILL_ID is not set: without the Alexa skill ID, requests and SkillDisabled events of any skill would be served',
  );
}

const logger = new Logger({ serviceName: SERVICE_NAME });
const metrics = powertoolsMetrics(new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }));

export const { handler } = createSkill({
  store: createDynamoStore(createDocumentClient({ env: process.env }), tableName, {
    clock: systemClock,
    metrics,
  }),
  clock: systemClock,
  random: Math.random,
  logger,
  metrics,
  timeZones: createTimeZoneLookup({ logger, clock: systemClock }),
  skillId,
});
