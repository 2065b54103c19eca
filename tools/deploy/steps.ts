/**
 * The deploy's six steps. Each is safe to run again: the skill is created only while no skill ID
 * is known, and everything else updates what exists. Each returns the one line the deployer sees,
 * or throws a {@link DeployError} saying what went wrong and what to do.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/ask-cli-command-reference.html
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PolicyUrls } from '../../models/source/manifest';
import { STACK_NAME } from '../../infra/config';
import {
  checkEndpoint,
  endpointFromOutputs,
  recordedSkill,
  recordSkillId,
  writeAskProject,
} from '../skill/ask-package';
import { commandFailed, DeployError, run, type CommandResult, type DeployContext } from './exec';
import { writeConfig, type DeployState, type SkillConfig, type StepName } from './settings';

/** One deployment in progress: its settings, and what the steps learn. */
export interface Deployment {
  ctx: DeployContext;
  config: SkillConfig;
  state: DeployState;
  askProfile: string;
  awsProfile?: string;
  region: string;
  /** `cdk deploy --require-approval never`. */
  approve: boolean;
  policies: PolicyUrls;
  /** Known after the first two steps. */
  skillId?: string;
  /** What step 1's upload printed, when it ran. */
  created?: CommandResult;
}

const ASK = 'ask';
const CDK = 'cdk';
const SKILL_ID_LINE = /Skill ID: (amzn1\.ask\.skill\.[0-9a-f-]{36})/;

/** The generated ASK CLI project and the CDK outputs file of a deployment. */
export function projectDir(root: string): string {
  return join(root, 'skill-project');
}
export function outputsFile(root: string): string {
  return join(root, 'cdk-outputs.json');
}

/** The skill the deployment knows: skill.config.json first, else what the ASK CLI recorded. */
async function knownSkillId(d: Deployment): Promise<string | undefined> {
  return d.config.skillId ?? (await recordedSkill(projectDir(d.ctx.root), d.askProfile)).skillId;
}

/**
 * The ID of the skill step 1's upload created, even when the upload failed after creating it: the
 * ASK CLI's states for the profile, else its "Skill ID:" line, else the import it recorded.
 */
async function learnCreatedSkillId(d: Deployment): Promise<string | undefined> {
  const recorded = await recordedSkill(projectDir(d.ctx.root), d.askProfile);
  if (recorded.skillId) return recorded.skillId;
  const printed = d.created ? SKILL_ID_LINE.exec(d.created.output)?.[1] : undefined;
  if (printed) return printed;
  if (!recorded.lastImportId) return undefined;
  const status = await run(d.ctx, 'skill', ASK, [
    'smapi',
    'get-import-status',
    '--import-id',
    recorded.lastImportId,
    '-p',
    d.askProfile,
  ]);
  return /"skillId":\s*"(amzn1\.ask\.skill\.[0-9a-f-]{36})"/.exec(status.output)?.[1];
}

async function rememberSkill(d: Deployment, skillId: string): Promise<void> {
  d.skillId = skillId;
  if (d.config.skillId !== skillId) {
    d.config = { ...d.config, skillId };
    await writeConfig(d.ctx.root, d.config);
  }
  await recordSkillId(projectDir(d.ctx.root), d.askProfile, skillId);
}

/** Advice for a failed ASK CLI call, from what it printed. */
function askAdvice(d: Deployment, output: string): string {
  if (/Can't resolve profile|app config for ask-cli does not exist|cli_config/.test(output))
    return `Sign in with "npx ask configure --profile ${d.askProfile}" (or pass --ask-profile NAME), then run npm run deploy again.`;
  if (/insufficient permission|403|404|not found|does not exist/i.test(output) && d.config.skillId)
    return (
      `The skill ${d.config.skillId} in skill.config.json may belong to another Amazon developer account: ` +
      `deploy with an ASK profile of that account (--ask-profile), or delete "skillId" from skill.config.json ` +
      `to create a skill of your own. Then run npm run deploy again.`
    );
  return 'Fix what the ASK CLI says above, then run npm run deploy again: it continues from here.';
}

/** Step 1: create the skill, without an endpoint, unless one is known already. */
export async function createSkill(d: Deployment): Promise<string> {
  const known = await knownSkillId(d);
  if (known) {
    d.skillId = known;
    return `${known} exists, not created again`;
  }
  const dir = projectDir(d.ctx.root);
  await writeAskProject({ profile: d.askProfile, policies: d.policies }, dir);
  // --target skill-metadata uploads without enabling: Amazon refuses to enable a skill with no endpoint.
  d.created = await run(d.ctx, 'skill', ASK, ['deploy', '--target', 'skill-metadata', '-p', d.askProfile], {
    cwd: dir,
  });
  if (d.created.code === 0) return 'created, without an endpoint until the stack exists';
  const skillId = await learnCreatedSkillId(d);
  if (skillId) {
    await rememberSkill(d, skillId);
    throw commandFailed(
      'skill',
      d.created,
      `the skill ${skillId} was created, but its first upload failed`,
      'Its ID is recorded in skill.config.json. Fix what the ASK CLI says above (often a model build error) and run npm run deploy again: it updates this skill.',
    );
  }
  throw commandFailed(
    'skill',
    d.created,
    'ask deploy could not create the skill',
    askAdvice(d, d.created.output),
  );
}

/** Step 2: record the skill ID in skill.config.json and in the ASK CLI's states for the profile. */
export async function recordSkill(d: Deployment): Promise<string> {
  const skillId = d.skillId ?? (await learnCreatedSkillId(d));
  if (!skillId) {
    throw new DeployError(
      'skill id',
      `the ASK CLI recorded no skill ID for profile ${d.askProfile}`,
      'Find the new skill in the Alexa developer console, put its ID in skill.config.json as "skillId", and run npm run deploy again.',
    );
  }
  const recorded = d.config.skillId === skillId;
  await rememberSkill(d, skillId);
  return recorded ? `${skillId} (skill.config.json)` : `${skillId}, recorded in skill.config.json: commit it`;
}

function cdkEnv(d: Deployment): NodeJS.ProcessEnv {
  return { AWS_REGION: d.region, AWS_DEFAULT_REGION: d.region };
}

function cdkCommon(d: Deployment): string[] {
  return ['-c', `skillId=${d.skillId ?? ''}`, ...(d.awsProfile ? ['--profile', d.awsProfile] : [])];
}

/** Which AWS environment a bootstrap prepared: the profile (flag, else AWS_PROFILE) and region. */
function environmentKey(d: Deployment): string {
  return `${d.awsProfile ?? d.ctx.env.AWS_PROFILE ?? 'default credentials'}@${d.region}`;
}

/** Advice for a failed CDK call, from what it printed. */
function cdkAdvice(d: Deployment, output: string): string {
  if (/TTY\) is not attached|--require-approval/.test(output))
    return 'CDK wants your approval of security-sensitive changes (IAM role, Lambda permission for Alexa, key policy). Review them with "npx cdk diff -c skillId=<id>", then run npm run deploy -- --yes.';
  if (/bootstrap/i.test(output))
    return 'The AWS environment is not bootstrapped (any more): run npm run deploy again, it bootstraps it first.';
  if (/credentials|Unable to resolve AWS account|ExpiredToken|security token/i.test(output))
    return `AWS credentials are missing or expired: run "aws configure" or "aws sso login"${d.awsProfile ? ` for profile ${d.awsProfile}` : ', or pass --aws-profile NAME'}, then npm run deploy again.`;
  return 'Fix what CDK says above, then run npm run deploy again: it continues from here.';
}

/** Step 3: `cdk bootstrap`, once per AWS profile and region on this machine. */
export async function prepareAccount(d: Deployment): Promise<string> {
  const key = environmentKey(d);
  if (d.state.bootstrapped.includes(key)) return `${d.region} ready (bootstrapped before)`;
  const result = await run(d.ctx, 'aws account', CDK, ['bootstrap', ...cdkCommon(d)], { env: cdkEnv(d) });
  if (result.code !== 0)
    throw commandFailed('aws account', result, 'cdk bootstrap failed', cdkAdvice(d, result.output));
  d.state.bootstrapped = [...d.state.bootstrapped, key];
  const environment = /aws:\/\/[\w-]+\/[\w-]+/.exec(result.output)?.[0] ?? d.region;
  return `${environment} bootstrapped`;
}

/** Step 4: `cdk deploy` of the stack for this skill. */
export async function deployStack(d: Deployment): Promise<string> {
  const file = outputsFile(d.ctx.root);
  const args = [
    'deploy',
    STACK_NAME,
    ...cdkCommon(d),
    ...(d.config.alarmEmail ? ['-c', `alarmEmail=${d.config.alarmEmail}`] : []),
    '--outputs-file',
    file,
    ...(d.approve ? ['--require-approval', 'never'] : []),
  ];
  const result = await run(d.ctx, 'stack', CDK, args, { env: cdkEnv(d) });
  if (result.code !== 0) {
    if (/bootstrap/i.test(result.output))
      d.state.bootstrapped = d.state.bootstrapped.filter((k) => k !== environmentKey(d));
    throw commandFailed('stack', result, 'cdk deploy failed', cdkAdvice(d, result.output));
  }
  const arn = await endpointFromOutputs(file);
  if (!arn)
    throw commandFailed(
      'stack',
      result,
      `cdk deploy wrote no FunctionArn to ${file}`,
      'Run npm run deploy again.',
    );
  const outputs = JSON.parse(await readFile(file, 'utf8')) as Record<
    string,
    Record<string, unknown> | undefined
  >;
  const tableName = outputs[STACK_NAME]?.TableName;
  d.state = {
    ...d.state,
    functionArn: arn,
    stackRegion: d.region,
    ...(typeof tableName === 'string' ? { tableName } : {}),
  };
  return `${STACK_NAME} deployed in ${d.region}${d.config.alarmEmail ? `, alarms to ${d.config.alarmEmail}` : ''}`;
}

/** Step 5: the package again, now with the function ARN and the SKILL_DISABLED subscription. */
export async function connectEndpoint(d: Deployment): Promise<string> {
  const arn = (await endpointFromOutputs(outputsFile(d.ctx.root))) ?? d.state.functionArn;
  if (!arn || !d.skillId)
    throw new DeployError('endpoint', 'no function ARN from the stack', 'Run npm run deploy again.');
  const dir = projectDir(d.ctx.root);
  await writeAskProject({ endpoint: checkEndpoint(arn), profile: d.askProfile, policies: d.policies }, dir);
  await recordSkillId(dir, d.askProfile, d.skillId);
  const result = await run(
    d.ctx,
    'endpoint',
    ASK,
    ['deploy', '--target', 'skill-metadata', '-p', d.askProfile],
    {
      cwd: dir,
    },
  );
  if (result.code !== 0)
    throw commandFailed(
      'endpoint',
      result,
      `ask deploy could not update the skill ${d.skillId}`,
      askAdvice(d, result.output),
    );
  const after = await recordedSkill(dir, d.askProfile);
  if (after.skillId !== d.skillId)
    throw commandFailed(
      'endpoint',
      result,
      `the ASK CLI deployed to ${after.skillId ?? 'no skill'}, not ${d.skillId}`,
      'Check skill-project/.ask/ask-states.json, then run npm run deploy again.',
    );
  return /hash of current skill package folder does not change/.test(result.output)
    ? 'package unchanged since the last upload'
    : `uploaded with the function ARN and the SKILL_DISABLED subscription`;
}

/** Step 6: enable the skill for testing (development stage): idempotent. */
export async function enableSkill(d: Deployment): Promise<string> {
  const skillId = d.skillId ?? '';
  const result = await run(d.ctx, 'enable', ASK, [
    'smapi',
    'set-skill-enablement',
    '-s',
    skillId,
    '-g',
    'development',
    '-p',
    d.askProfile,
  ]);
  if (result.code !== 0)
    throw commandFailed(
      'enable',
      result,
      'the skill could not be enabled for testing',
      askAdvice(d, result.output),
    );
  return 'enabled for testing (development stage)';
}

/** The steps in order, with the names the deployer sees. */
export const STEP_RUNNERS: readonly [StepName, (d: Deployment) => Promise<string>][] = [
  ['skill', createSkill],
  ['skill id', recordSkill],
  ['aws account', prepareAccount],
  ['stack', deployStack],
  ['endpoint', connectEndpoint],
  ['enable', enableSkill],
];
