import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

/** Alexa waits 8 s for an answer; a slowest invocation of 6 s or more is close to being cut off. */
export const DURATION_ALARM_MS = 6000;
const PERIOD = Duration.minutes(5);

/** Options of {@link SkillAlarms}. */
export interface SkillAlarmsProps {
  fn: IFunction;
  /** Where notifications go; without it the alarms only show in the CloudWatch console. */
  alarmEmail?: string;
}

/**
 * Alarms on the skill function: any error, any throttle, and a slowest invocation near Alexa's
 * 8-second budget, each over 5 minutes. With an e-mail address they notify an SNS topic encrypted
 * with a customer managed KMS key (CloudWatch cannot publish to a topic under the AWS managed SNS
 * key) that accepts TLS connections only.
 */
export class SkillAlarms extends Construct {
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const { fn } = props;
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
