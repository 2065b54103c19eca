import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../lambda/store/schema';

/** The schema's DynamoDB attribute types as CDK names them. */
const ATTRIBUTE_TYPES = { S: AttributeType.STRING } as const;

/**
 * How far back point-in-time recovery reaches: DynamoDB's maximum and default, 35 days. An item
 * deleted from the table (by an erasure or by TTL) stays restorable from these backups for up to
 * that long after its deletion, which the privacy text says.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html
 */
export const PITR_RECOVERY_DAYS = 35;

/**
 * The skill's one table, built from the store's key schema (lambda/store/schema.ts): on-demand,
 * point-in-time recovery ({@link PITR_RECOVERY_DAYS} days), encrypted with the AWS managed key,
 * TTL on the schema's expiry attribute (activity items expire 90 days after their day, erasure
 * markers after 7; the profile has none), and kept when the stack is deleted (it holds users'
 * rest-day history).
 */
export class SkillTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: {
        name: TABLE_SCHEMA.partitionKey.name,
        type: ATTRIBUTE_TYPES[TABLE_SCHEMA.partitionKey.type],
      },
      sortKey: { name: TABLE_SCHEMA.sortKey.name, type: ATTRIBUTE_TYPES[TABLE_SCHEMA.sortKey.type] },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: {
        pointInTimeRecoveryEnabled: true,
        recoveryPeriodInDays: PITR_RECOVERY_DAYS,
      },
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: TABLE_SCHEMA.timeToLiveAttribute,
    });
  }
}
