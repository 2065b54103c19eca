/**
 * The store's alarms: the skill's own StoreFailure count (it answers DynamoDB failures politely, so
 * the function's error alarm never sees them), and DynamoDB's throttles and system errors on the
 * table, summed over every operation the skill uses with missing series counted as 0.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../lambda/core/metrics';
import { TABLE_OPERATIONS } from '../../infra/alarms';
import { DYNAMODB_ACTIONS } from '../../infra/skill-function';
import { ALARM_EMAIL, expectResource, SKILL_ID, synth, type Synth } from './synth';

function idOf(s: Synth, type: string): string {
  const ids = Object.keys(s.template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

describe('store alarms', () => {
  let s: Synth;
  let topicId: string;
  let tableId: string;
  beforeAll(() => {
    s = synth({ skillId: SKILL_ID, alarmEmail: ALARM_EMAIL });
    topicId = idOf(s, 'AWS::SNS::Topic');
    tableId = idOf(s, 'AWS::DynamoDB::Table');
  });

  it('alarms on any StoreFailure the skill counted (all operations, service dimension), to the topic', () => {
    expectResource(s, 'AWS::CloudWatch::Alarm', {
      Namespace: METRICS_NAMESPACE,
      MetricName: 'StoreFailure',
      Dimensions: [{ Name: 'service', Value: SERVICE_NAME }],
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: topicId }],
    });
  });

  it('covers exactly the operations the function may call', () => {
    expect(TABLE_OPERATIONS.map((o) => `dynamodb:${o}`)).toEqual([...DYNAMODB_ACTIONS]);
  });

  it.each(['ThrottledRequests', 'SystemErrors'])(
    "alarms on the table's %s of every operation, a missing series counting as 0",
    (metricName) => {
      const operands = TABLE_OPERATIONS.map((operation) =>
        Match.objectLike({
          Id: operation.toLowerCase(),
          ReturnData: false,
          MetricStat: {
            Metric: {
              Namespace: 'AWS/DynamoDB',
              MetricName: metricName,
              Dimensions: Match.arrayWith([
                { Name: 'Operation', Value: operation },
                { Name: 'TableName', Value: { Ref: tableId } },
              ]),
            },
            Period: 300,
            Stat: 'Sum',
          },
        }),
      );
      const expression = TABLE_OPERATIONS.map((o) => `FILL(${o.toLowerCase()}, 0)`).join(' + ');
      expectResource(s, 'AWS::CloudWatch::Alarm', {
        Metrics: [Match.objectLike({ Expression: expression, ReturnData: true }), ...operands],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: topicId }],
      });
    },
  );

  it('keeps the function alarms: errors, throttles, duration', () => {
    for (const metricName of ['Errors', 'Throttles', 'Duration'])
      expectResource(s, 'AWS::CloudWatch::Alarm', { Namespace: 'AWS/Lambda', MetricName: metricName });
    expect(Object.keys(s.template.findResources('AWS::CloudWatch::Alarm'))).toHaveLength(6);
  });
});
