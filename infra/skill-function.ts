import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { LAMBDA_BUNDLE_OPTIONS } from './bundling';

const ROOT = join(__dirname, '..');

/** esbuild's `format` as `NodejsFunction` names it. */
const OUTPUT_FORMATS = { cjs: OutputFormat.CJS, esm: OutputFormat.ESM } as const;

/**
 * Every DynamoDB action the store (lambda/store/dynamo/) sends: `UpdateCommand` (profiles, the
 * removal mark), `PutCommand`, `DeleteCommand`, `GetCommand` (the erasure check after an activity
 * write, reading back a retried write), `QueryCommand`, `BatchWriteCommand` (erasure). A test reads
 * the store's code and fails when this list and the commands it sends differ.
 */
export const DYNAMODB_ACTIONS = [
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteItem',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:UpdateItem',
] as const;

/**
 * Sizing, from a measurement (docs/benchmarks.md, "The Lambda bundle and its memory"): one launch
 * peaks at about 58 MiB RSS; 256 MB leaves room for growth and buys the CPU share a cold start needs (Lambda's CPU
 * scales with memory).
 */
export const FUNCTION_MEMORY_MB = 256;
/** Below Alexa's 8-second answer limit, so a stuck call ends as a Lambda error we can alarm on. */
export const FUNCTION_TIMEOUT = Duration.seconds(7);
/** How long the function's logs are kept. */
export const LOG_RETENTION = RetentionDays.ONE_MONTH;

/** Options of {@link SkillFunction}. */
export interface SkillFunctionProps {
  table: ITable;
  /** `SKILL_ID` for the skill's own check, and the only skill Alexa may invoke the function for. */
  skillId: string;
}

/**
 * The skill's Lambda: `lambda/index.ts` bundled by the local esbuild with the same options as
 * `npm run build` (the AWS SDK included, so what runs is what the tests ran), Node.js 24 on ARM64,
 * its own log group, and a role that may write its logs and use exactly the store's DynamoDB actions
 * on the skill's table.
 */
export class SkillFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: LOG_RETENTION,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Our own role instead of AWSLambdaBasicExecutionRole: that managed policy may write to every
    // log group in the account; this one writes to the function's own group only.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Run Coach skill function: its own logs and the skill table',
    });
    logGroup.grantWrite(role);
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...DYNAMODB_ACTIONS], resources: [props.table.tableArn] }),
    );

    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(ROOT, 'lambda', 'index.ts'),
      handler: 'handler',
      projectRoot: ROOT,
      depsLockFilePath: join(ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: FUNCTION_MEMORY_MB,
      timeout: FUNCTION_TIMEOUT,
      role,
      logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        SKILL_ID: props.skillId,
      },
      bundling: {
        forceDockerBundling: false,
        minify: LAMBDA_BUNDLE_OPTIONS.minify,
        sourceMap: LAMBDA_BUNDLE_OPTIONS.sourcemap,
        target: LAMBDA_BUNDLE_OPTIONS.target,
        format: OUTPUT_FORMATS[LAMBDA_BUNDLE_OPTIONS.format],
        mainFields: [...LAMBDA_BUNDLE_OPTIONS.mainFields],
        bundleAwsSDK: true,
        externalModules: [],
        esbuildArgs: { '--legal-comments': LAMBDA_BUNDLE_OPTIONS.legalComments },
      },
    });

    // Alexa may invoke the function for this skill only (requests and skill events alike):
    // https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-an-aws-lambda-function.html
    this.fn.addPermission('AlexaSkill', {
      principal: new ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });
  }
}
