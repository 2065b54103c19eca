import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { SkillAlarms } from './alarms';
import type { RunCoachConfig } from './config';
import { SkillFunction } from './skill-function';
import { SkillTable } from './table';

/** Options of {@link RunCoachStack}. */
export interface RunCoachStackProps extends StackProps, RunCoachConfig {}

/**
 * Everything Run Coach runs on: the table, the skill function and its alarms. Environment-agnostic
 * (no account or region lookups), so it synthesizes offline.
 */
export class RunCoachStack extends Stack {
  constructor(scope: Construct, id: string, props: RunCoachStackProps) {
    const { skillId, alarmEmail, ...stackProps } = props;
    super(scope, id, {
      description: 'Run Coach Alexa skill: DynamoDB table, skill function, alarms',
      ...stackProps,
    });
    const { table } = new SkillTable(this, 'Data');
    const { fn } = new SkillFunction(this, 'Skill', { table, skillId });
    new SkillAlarms(this, 'Alarms', { fn, table, ...(alarmEmail ? { alarmEmail } : {}) });

    new CfnOutput(this, 'FunctionArn', {
      value: fn.functionArn,
      description: 'The skill endpoint: the ASK CLI package uses it (npm run ask:package)',
    });
    new CfnOutput(this, 'TableName', { value: table.tableName, description: 'The skill table (retained)' });
  }
}
