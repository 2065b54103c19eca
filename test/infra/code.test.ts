/**
 * The stack agrees with the code it deploys: the role's DynamoDB actions are the commands the skill
 * sends, TTL is on for the one expiry attribute the store writes, and the bundle carries only the
 * skill.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Stage } from 'aws-cdk-lib';
import { TABLE_SCHEMA } from '../../lambda/store/schema';
import { DYNAMODB_ACTIONS } from '../../infra/skill-function';
import { SKILL_ID, synth, type Synth } from './synth';

const ROOT = join(__dirname, '..', '..');
const LAMBDA = join(ROOT, 'lambda');

/** Every .ts file under lambda/, with comments removed. */
function lambdaSources(): { path: string; code: string }[] {
  return readdirSync(LAMBDA, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({
      path: join('lambda', file),
      code: readFileSync(join(LAMBDA, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, ''),
    }));
}

/**
 * DynamoDB document-client commands and the IAM action each needs. Transactions are left out on
 * purpose: their actions depend on the items inside, so a new one fails here until someone decides.
 */
const COMMAND_ACTIONS: Record<string, string> = {
  Get: 'dynamodb:GetItem',
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  Query: 'dynamodb:Query',
  Scan: 'dynamodb:Scan',
  BatchGet: 'dynamodb:BatchGetItem',
  BatchWrite: 'dynamodb:BatchWriteItem',
};

describe('the stack and the skill code agree', () => {
  let s: Synth;
  beforeAll(() => {
    s = synth({ skillId: SKILL_ID, 'aws:cdk:enable-asset-metadata': true }, true);
  });

  it('grants exactly the DynamoDB actions of the commands lambda/ sends', () => {
    const commands = new Set(
      lambdaSources().flatMap(({ code }) => [...code.matchAll(/new (\w+)Command\(/g)].map((m) => m[1]!)),
    );
    const unknown = [...commands].filter((c) => !(c in COMMAND_ACTIONS));
    expect(unknown).toEqual([]);
    const needed = [...new Set([...commands].map((c) => COMMAND_ACTIONS[c]!))].sort();
    expect([...DYNAMODB_ACTIONS].sort()).toEqual(needed);
    const statements = Object.values(s.template.findResources('AWS::IAM::Policy')).flatMap(
      (p) =>
        (p as { Properties: { PolicyDocument: { Statement: { Action: string[] }[] } } }).Properties
          .PolicyDocument.Statement,
    );
    const granted = statements.flatMap((st) => st.Action).filter((a) => a.startsWith('dynamodb:'));
    expect(granted.sort()).toEqual(needed);
  });

  it("turns TTL on for the attribute the store writes: the schema's one name, no other spelling in the code", () => {
    const table = Object.values(s.template.findResources('AWS::DynamoDB::Table'))[0] as {
      Properties: { TimeToLiveSpecification?: unknown };
    };
    expect(table.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: TABLE_SCHEMA.timeToLiveAttribute,
      Enabled: true,
    });
    // The store names the attribute through the schema only: a literal elsewhere could drift from it.
    const literal = new RegExp(`['"\`]${TABLE_SCHEMA.timeToLiveAttribute}['"\`]`);
    const spelled = lambdaSources()
      .filter(({ path }) => path !== join('lambda', 'store', 'schema.ts'))
      .filter(({ code }) => literal.test(code))
      .map(({ path }) => path);
    expect(spelled).toEqual([]);
    const writers = lambdaSources().filter(({ code }) => code.includes('TABLE_SCHEMA.timeToLiveAttribute'));
    expect(writers.map(({ path }) => path)).toEqual([join('lambda', 'store', 'dynamo', 'attributes.ts')]);
  });

  it('bundles only the skill: lambda/ and its npm dependencies, no tools or tests', () => {
    const assembly = Stage.of(s.stack)!.synth();
    const template = assembly.getStackArtifact(s.stack.artifactId).template as {
      Resources: Record<string, { Type: string; Metadata?: Record<string, string> }>;
    };
    const fn = Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function');
    const assetDir = join(assembly.directory, fn?.Metadata?.['aws:asset:path'] ?? 'missing');
    expect(readdirSync(assetDir).sort()).toEqual(['index.js', 'index.js.map']);
    const map = JSON.parse(readFileSync(join(assetDir, 'index.js.map'), 'utf8')) as { sources: string[] };
    const sources = map.sources.map((source) => relative(ROOT, join(assetDir, source)).split(sep).join('/'));
    const outside = sources.filter((p) => !p.startsWith('lambda/') && !p.startsWith('node_modules/'));
    expect(outside).toEqual([]);
    expect(sources).toContain('lambda/index.ts');
    // The AWS SDK's marshalling is bundled (pinned by the lockfile), not taken from the runtime.
    expect(sources.some((p) => p.startsWith('node_modules/@aws-sdk/util-dynamodb/'))).toBe(true);
  });
});
