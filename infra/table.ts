import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../lambda/store/schema';

/** The schema's DynamoDB attribute types as CDK names them. */
const ATTRIBUTE_TYPES = { S: AttributeType.STRING } as const;

/** Options of {@link SkillTable}. */
export interface SkillTableProps {
  /**
   * Turn on DynamoDB TTL on `TABLE_SCHEMA.timeToLiveAttribute`. Off: no code writes that attribute
   * yet (a test in test/infra fails when some code starts to, so this cannot be forgotten).
   */
  timeToLive?: boolean;
}

/**
 * The skill's one table, built from the store's key schema (lambda/store/schema.ts): on-demand,
 * point-in-time recovery, encrypted with the AWS managed key, and kept when the stack is deleted
 * (it holds users' rest-day history).
 */
export class SkillTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: SkillTableProps = {}) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: {
        name: TABLE_SCHEMA.partitionKey.name,
        type: ATTRIBUTE_TYPES[TABLE_SCHEMA.partitionKey.type],
      },
      sortKey: { name: TABLE_SCHEMA.sortKey.name, type: ATTRIBUTE_TYPES[TABLE_SCHEMA.sortKey.type] },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      ...(props.timeToLive ? { timeToLiveAttribute: TABLE_SCHEMA.timeToLiveAttribute } : {}),
    });
  }
}
