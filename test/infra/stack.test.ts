import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { BUNDLING_STACKS } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { TABLE_SCHEMA } from '../../lambda/store/schema';
import { DURATION_ALARM_MS } from '../../infra/alarms';
import { EXAMPLE_SKILL_ID, InfraConfigError } from '../../infra/config';
import { DYNAMODB_ACTIONS } from '../../infra/skill-function';
import { createApp } from '../../infra/app';
import { ALARM_EMAIL, expectOutput, expectResource, findings, SKILL_ID, synth, type Synth } from './synth';

/** The one resource of a type, with its logical id. */
function only(s: Synth, type: string): { id: string; resource: Record<string, unknown> } {
  const entries = Object.entries(s.template.findResources(type));
  expect(entries.map(([id]) => id)).toHaveLength(1);
  const [id, resource] = entries[0]!;
  return { id, resource: resource };
}

describe('the deployed stack (skill ID and alarm e-mail given)', () => {
  let s: Synth;
  let tableId: string;
  let functionId: string;
  let logGroupId: string;
  beforeAll(() => {
    s = synth({ skillId: SKILL_ID, alarmEmail: ALARM_EMAIL });
    tableId = only(s, 'AWS::DynamoDB::Table').id;
    functionId = only(s, 'AWS::Lambda::Function').id;
    logGroupId = only(s, 'AWS::Logs::LogGroup').id;
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    expect(findings(s.nag)).toEqual([]);
    expect(Annotations.fromStack(s.stack).findError('*', Match.anyValue())).toEqual([]);
  });

  it('builds the table from the store schema: on-demand, PITR for 35 days, TTL, encrypted, retained', () => {
    const { resource } = only(s, 'AWS::DynamoDB::Table');
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(resource.Properties).toEqual({
      KeySchema: [
        { AttributeName: TABLE_SCHEMA.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: TABLE_SCHEMA.sortKey.name, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: TABLE_SCHEMA.partitionKey.name, AttributeType: TABLE_SCHEMA.partitionKey.type },
        { AttributeName: TABLE_SCHEMA.sortKey.name, AttributeType: TABLE_SCHEMA.sortKey.type },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE_SCHEMA.timeToLiveAttribute, Enabled: true },
    });
  });

  it('runs the skill on Node.js 22 or newer, ARM64, within Alexa 8-second budget', () => {
    expectResource(s, 'AWS::Lambda::Function', {
      Runtime: Match.stringLikeRegexp('^nodejs(2[2-9]|[3-9][0-9])\\.x$'),
      Architectures: ['arm64'],
      Timeout: 7,
      MemorySize: 256,
      Handler: 'index.handler',
      LoggingConfig: { LogGroup: { Ref: logGroupId } },
    });
  });

  it('gives the function exactly TABLE_NAME and SKILL_ID (source maps ship in the asset, not loaded at run time)', () => {
    expectResource(s, 'AWS::Lambda::Function', {
      Environment: {
        Variables: Match.exact({
          TABLE_NAME: { Ref: tableId },
          SKILL_ID: SKILL_ID,
        }),
      },
    });
  });

  it('keeps logs for 30 days and deletes them with the stack', () => {
    const { resource } = only(s, 'AWS::Logs::LogGroup');
    expect(resource.Properties).toEqual({ RetentionInDays: 30 });
    expect(resource.DeletionPolicy).toBe('Delete');
  });

  it('lets the role write its own logs and use exactly the store DynamoDB actions on the table', () => {
    const role = only(s, 'AWS::IAM::Role');
    expect(role.resource.Properties).not.toHaveProperty('ManagedPolicyArns');
    const policy = only(s, 'AWS::IAM::Policy');
    expect(policy.resource.Properties).toEqual({
      PolicyName: expect.any(String) as unknown,
      Roles: [{ Ref: role.id }],
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
          },
          {
            Effect: 'Allow',
            Action: [...DYNAMODB_ACTIONS].sort(),
            Resource: { 'Fn::GetAtt': [tableId, 'Arn'] },
          },
        ],
      },
    });
  });

  it('lets Alexa invoke the function for this skill only', () => {
    const permission = only(s, 'AWS::Lambda::Permission');
    expect(permission.resource.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: SKILL_ID,
    });
  });

  it('alarms on function errors, throttles and a duration near 8 s, and e-mails an encrypted topic', () => {
    const topic = only(s, 'AWS::SNS::Topic');
    expect(topic.resource.Properties).toEqual({
      KmsMasterKeyId: { 'Fn::GetAtt': [only(s, 'AWS::KMS::Key').id, 'Arn'] },
    });
    expectResource(s, 'AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: ALARM_EMAIL,
      TopicArn: { Ref: topic.id },
    });
    expectResource(s, 'AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    const expected = [
      { MetricName: 'Errors', Statistic: 'Sum', Threshold: 1 },
      { MetricName: 'Throttles', Statistic: 'Sum', Threshold: 1 },
      { MetricName: 'Duration', Statistic: 'Maximum', Threshold: DURATION_ALARM_MS },
    ];
    for (const alarm of expected) {
      expectResource(s, 'AWS::CloudWatch::Alarm', {
        ...alarm,
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Period: 300,
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: topic.id }],
      });
    }
    expect(DURATION_ALARM_MS).toBeLessThan(8000);
  });

  it('lets CloudWatch use the topic key', () => {
    expectResource(s, 'AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          }),
        ]),
      },
    });
  });

  it('outputs the function ARN and the table name', () => {
    expectOutput(s, 'FunctionArn', { Value: { 'Fn::GetAtt': [functionId, 'Arn'] } });
    expectOutput(s, 'TableName', { Value: { Ref: tableId } });
  });
});

describe('the stack without an alarm e-mail', () => {
  let s: Synth;
  beforeAll(() => {
    s = synth({ skillId: SKILL_ID });
  });

  it('keeps its alarms but notifies nobody, and passes cdk-nag', () => {
    expect(s.template.findResources('AWS::SNS::Topic')).toEqual({});
    expect(s.template.findResources('AWS::KMS::Key')).toEqual({});
    expectResource(s, 'AWS::CloudWatch::Alarm', { MetricName: 'Errors', AlarmActions: Match.absent() });
    expect(findings(s.nag)).toEqual([]);
  });
});

describe('cdk-nag inside the tests', () => {
  it('reports a finding nobody acknowledged, and the synth refuses it', () => {
    const { app, stack } = createApp({ skillId: SKILL_ID, [BUNDLING_STACKS]: [] });
    new Topic(stack, 'Unencrypted');
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(findings(report)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^AwsSolutions-SNS3 at RunCoach\/Unencrypted/)]),
    );
    expect(() => app.synth()).toThrow(/AwsSolutions-SNS3/);
  });
});

describe('context validation', () => {
  it('refuses to synthesize without a skill ID, and says how to get one', () => {
    expect(() => createApp({})).toThrow(InfraConfigError);
    expect(() => createApp({ alarmEmail: ALARM_EMAIL })).toThrow(
      /skillId is required: npm run deploy creates the skill/,
    );
  });

  it('refuses a malformed skill ID or e-mail with a message that names it', () => {
    expect(() => createApp({ skillId: 'my-skill' })).toThrow(/skillId "my-skill"/);
    expect(() => createApp({ skillId: SKILL_ID, alarmEmail: 'nobody' })).toThrow(/alarmEmail/);
  });

  it('lets npm run synth check the template offline with the example skill ID', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.synth).toContain(`-c skillId=${EXAMPLE_SKILL_ID}`);
    expectResource(synth({ skillId: EXAMPLE_SKILL_ID }), 'AWS::Lambda::Permission', {
      EventSourceToken: EXAMPLE_SKILL_ID,
    });
  });
});
