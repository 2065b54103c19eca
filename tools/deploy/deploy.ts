/**
 * `npm run deploy`: the whole deploy in one command, safe to run again. Reads skill.config.json,
 * records the flags given, runs the six steps in order (tools/deploy/steps.ts) and writes this
 * machine's progress after each, so a run that stopped is continued by the next.
 */
import { ALEXA_LAMBDA_REGIONS } from '../skill/ask-package';
import { askProfileOf, type DeployFlags } from './args';
import { DeployError, type DeployContext } from './exec';
import { contactLine, fillContact, resolvePolicies } from './policies';
import {
  readConfig,
  readState,
  STEPS,
  writeConfig,
  writeState,
  type DeployState,
  type SkillConfig,
  type StepName,
} from './settings';
import { STEP_RUNNERS, type Deployment } from './steps';

const DEFAULT_REGION = 'us-east-1';

/** The settings a run deploys with: skill.config.json updated by the flags given. */
export function mergeSettings(config: SkillConfig, flags: DeployFlags, env: NodeJS.ProcessEnv): SkillConfig {
  const fromEnv = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const envRegion =
    fromEnv && (ALEXA_LAMBDA_REGIONS as readonly string[]).includes(fromEnv) ? fromEnv : undefined;
  const region = flags.region ?? config.region ?? envRegion ?? DEFAULT_REGION;
  if (config.skillId && config.region && region !== config.region) {
    throw new DeployError(
      'settings',
      `skill.config.json deploys this skill's stack to ${config.region}, not ${region}`,
      `To move it: npm run destroy -- --region ${config.region} (keep the skill when asked), set "region" ` +
        `in skill.config.json to ${region}, then npm run deploy.`,
    );
  }
  const merged: SkillConfig = { ...config, region };
  for (const key of ['alarmEmail', 'privacyPolicyUrl', 'termsOfUseUrl', 'contactEmail'] as const) {
    const value = flags[key];
    if (value) merged[key] = value;
  }
  return merged;
}

/** Runs the deploy; resolves when every step finished, throws a {@link DeployError} at the first that did not. */
export async function deploy(ctx: DeployContext, flags: DeployFlags): Promise<void> {
  const config = mergeSettings(await readConfig(ctx.root), flags, ctx.env);
  await writeConfig(ctx.root, config);
  const state = await readState(ctx.root);
  const stopped = state.lastRun?.failed;
  if (stopped)
    ctx.print(`Continuing: the last run stopped at step ${STEPS.indexOf(stopped) + 1} (${stopped}).`);

  const policies = resolvePolicies(config, ctx.root);
  if (policies.note) ctx.print(`note: ${policies.note}`);
  if (config.contactEmail) {
    const changed = await fillContact(ctx.root, config.contactEmail);
    if (changed.length > 0)
      ctx.print(
        `note: ${changed.join(' and ')} now name ${contactLine(config.contactEmail)}: commit and push them`,
      );
  }

  const d: Deployment = {
    ctx,
    config,
    state,
    askProfile: askProfileOf(flags, ctx.env),
    ...(flags.awsProfile ? { awsProfile: flags.awsProfile } : {}),
    region: config.region ?? DEFAULT_REGION,
    approve: flags.yes,
    policies: policies.urls,
  };
  const run: NonNullable<DeployState['lastRun']> = { startedAt: new Date().toISOString(), completed: [] };
  for (const [index, [name, step]] of STEP_RUNNERS.entries()) {
    let line: string;
    try {
      line = await step(d);
    } catch (error) {
      await saveProgress(d, { ...run, failed: name });
      throw error;
    }
    run.completed = [...run.completed, name];
    await saveProgress(d, run);
    ctx.print(`[${index + 1}/${STEPS.length}] ${name}: ${line}`);
  }
  ctx.print(
    `Done: Run Coach (${d.skillId ?? ''}) answers in the developer console's Test tab and on devices signed in ` +
      `with your developer account. Commit skill.config.json so every clone updates this skill.`,
  );
}

async function saveProgress(d: Deployment, lastRun: NonNullable<DeployState['lastRun']>): Promise<void> {
  d.state = { ...d.state, lastRun };
  await writeState(d.ctx.root, d.state);
}

/** The lines a failed run prints: the step, what went wrong, what to do. */
export function describeFailure(error: DeployError): string[] {
  const index = (STEPS as readonly string[]).indexOf(error.step);
  const where = index >= 0 ? `step ${index + 1}/${STEPS.length} (${error.step})` : error.step;
  return [
    `✗ ${where}: ${error.problem}`,
    ...(error.logTail ? error.logTail.split('\n').map((line) => `    ${line}`) : []),
    `  What to do: ${error.advice}`,
  ];
}

/** The step names, for messages. */
export type { StepName };
