import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  MathExpression,
  Metric,
  TreatMissingData,
  type IAlarmAction,
} from 'aws-cdk-lib/aws-cloudwatch';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../lambda/core/metrics';
import { DYNAMODB_ACTIONS } from './skill-function';

/** Alexa waits 8 s for an answer; a slowest invocation of 6 s or more is close to being cut off. */
export const DURATION_ALARM_MS = 6000;
const PERIOD = Duration.minutes(5);

/**
 * The table operations the skill uses, as DynamoDB's per-operation metrics name them (the IAM
 * actions without their prefix: `dynamodb:GetItem` → `GetItem`).
 */
const OPERATIONS_BY_NAME: ReadonlyMap<string, Operation> = new Map(
  Object.values(Operation).map((operation): [string, Operation] => [operation, operation]),
);
export const TABLE_OPERATIONS: Operation[] = DYNAMODB_ACTIONS.map((action) => {
  const operation = OPERATIONS_BY_NAME.get(action.replace('dynamodb:', ''));
  if (!operation) throw new Error(`No DynamoDB metric operation for ${action}`);
  return operation;
});

/** The skill's own count of failed store operations (lambda/core/metrics.ts), all operations together. */
export function storeFailureMetric(): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName: 'StoreFailure',
    dimensionsMap: { service: SERVICE_NAME },
    statistic: 'Sum',
    period: PERIOD,
  });
}

/**
 * A table metric of DynamoDB's (`ThrottledRequests`, `SystemErrors`), summed over the skill's
 * operations. Each operation's series exists only when it had such requests, and metric math gives
 * no value where any operand has none, so every operand is `FILL`ed with 0: otherwise the sum (as
 * CDK's `metric…ForOperations` builds it) would be missing unless every operation failed at once.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html
 */
export function tableOperationsSum(
  table: ITable,
  metricName: 'ThrottledRequests' | 'SystemErrors',
): MathExpression {
  const usingMetrics: Record<string, Metric> = {};
  for (const operation of TABLE_OPERATIONS) {
    usingMetrics[operation.toLowerCase()] = new Metric({
      namespace: 'AWS/DynamoDB',
      metricName,
      dimensionsMap: { TableName: table.tableName, Operation: operation },
      statistic: 'Sum',
      period: PERIOD,
    });
  }
  return new MathExpression({
    expression: Object.keys(usingMetrics)
      .map((id) => `FILL(${id}, 0)`)
      .join(' + '),
    usingMetrics,
    label: `${metricName}, all operations`,
    period: PERIOD,
  });
}

/** Options of {@link SkillAlarms}. */
export interface SkillAlarmsProps {
  fn: IFunction;
  table: ITable;
  /** Where notifications go; without it the alarms only show in the CloudWatch console. */
  alarmEmail?: string;
}

/**
 * Alarms, each over 5 minutes: on the skill function, any error, any throttle, and a slowest
 * invocation near Alexa's 8-second budget; on the store, any failure the skill counted (it answers
 * those politely, so the function's error alarm never sees them), and any throttled request or
 * system error DynamoDB reports for the table. With an e-mail address they notify an SNS topic encrypted
 * with a customer managed KMS key (CloudWatch cannot publish to a topic under the AWS managed SNS
 * key) that accepts TLS connections only.
 */
export class SkillAlarms extends Construct {
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const { fn, table } = props;
    const common = {
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    };
    this.alarms = [
      new Alarm(this, 'Errors', {
        ...common,
        metric: fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        threshold: 1,
        alarmDescription: 'Run Coach: the skill function failed (Alexa heard an error or nothing).',
      }),
      new Alarm(this, 'Throttles', {
        ...common,
        metric: fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        threshold: 1,
        alarmDescription: 'Run Coach: Lambda throttled the skill function (account concurrency).',
      }),
      new Alarm(this, 'Duration', {
        ...common,
        metric: fn.metricDuration({ period: PERIOD, statistic: 'Maximum' }),
        threshold: DURATION_ALARM_MS,
        alarmDescription: `Run Coach: an invocation took ${DURATION_ALARM_MS / 1000} s or more; Alexa gives up at 8 s.`,
      }),
      new Alarm(this, 'StoreFailures', {
        ...common,
        metric: storeFailureMetric(),
        threshold: 1,
        alarmDescription:
          'Run Coach: a DynamoDB call failed or ran out of time; users heard an apology or "I can\'t confirm" (see the operation dimension).',
      }),
      new Alarm(this, 'TableThrottles', {
        ...common,
        metric: tableOperationsSum(table, 'ThrottledRequests'),
        threshold: 1,
        alarmDescription: 'Run Coach: DynamoDB throttled requests to the skill table.',
      }),
      new Alarm(this, 'TableSystemErrors', {
        ...common,
        metric: tableOperationsSum(table, 'SystemErrors'),
        threshold: 1,
        alarmDescription:
          'Run Coach: DynamoDB answered requests to the skill table with system errors (HTTP 500).',
      }),
    ];
    if (props.alarmEmail) {
      const action = this.notify(props.alarmEmail);
      for (const alarm of this.alarms) alarm.addAlarmAction(action);
    }
  }

  private notify(email: string): IAlarmAction {
    const key = new Key(this, 'TopicKey', {
      enableKeyRotation: true,
      description: 'Run Coach alarm topic',
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    const topic = new Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
    topic.addSubscription(new EmailSubscription(email));
    return new SnsAction(topic);
  }
}
