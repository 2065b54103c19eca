/**
 * The table the console and the tests create on DynamoDB Local or dynalite (`createTableInput`) is
 * the table the stack deploys (infra/table.ts): the same key schema, attribute types and billing
 * mode, so what passes locally passes on AWS.
 */
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { SkillTable } from '../../../infra/table';
import { createTableInput } from '../../../lambda/store/schema';

/** The CloudFormation properties of the stack's table. */
function deployedTable(): Record<string, unknown> {
  const stack = new Stack();
  new SkillTable(stack, 'Skill');
  const [table] = Object.values(Template.fromStack(stack).findResources('AWS::DynamoDB::Table'));
  return (table as { Properties: Record<string, unknown> }).Properties;
}

describe('the local table', () => {
  const local = createTableInput('run-coach-local');
  const deployed = deployedTable();

  it('is named as asked', () => {
    expect(local.TableName).toBe('run-coach-local');
  });

  it('has the deployed table’s key schema and attribute types', () => {
    expect(local.KeySchema).toEqual(deployed.KeySchema);
    expect(local.AttributeDefinitions).toEqual(deployed.AttributeDefinitions);
    expect(local.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
  });

  it('is on demand, as the deployed table', () => {
    expect(local.BillingMode).toBe(deployed.BillingMode);
    expect(local.BillingMode).toBe('PAY_PER_REQUEST');
  });
});
