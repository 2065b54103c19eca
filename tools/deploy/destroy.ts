/**
 * `npm run destroy`: removes the stack (`cdk destroy`), then, only after the skill ID or "delete" is
 * typed, the Alexa skill (`ask smapi delete-skill`), and prints how to delete the table the stack
 * retains on purpose (it holds users' history).
 */
import { STACK_NAME, EXAMPLE_SKILL_ID } from '../../infra/config';
import { recordedSkill, recordSkillId } from '../skill/ask-package';
import { askProfileOf, type DeployFlags } from './args';
import { DeployError, run, tail, type DeployContext } from './exec';
import { readConfig, readState, writeConfig, writeState } from './settings';
import { outputsFile, projectDir } from './steps';
import { readFile } from 'node:fs/promises';

/** The table's name from the last deploy's outputs, or from this machine's state. */
async function tableNameOf(root: string, fallback: string | undefined): Promise<string | undefined> {
  const text = await readFile(outputsFile(root), 'utf8').catch(() => undefined);
  const outputs = text ? (JSON.parse(text) as Record<string, Record<string, unknown> | undefined>) : {};
  const name = outputs[STACK_NAME]?.TableName;
  return typeof name === 'string' ? name : fallback;
}

/** The exact command that deletes the retained table (or finds its name first). */
export function tableCommand(tableName: string | undefined, region: string, awsProfile?: string): string {
  const profile = awsProfile ? ` --profile ${awsProfile}` : '';
  return tableName
    ? `aws dynamodb delete-table --table-name ${tableName} --region ${region}${profile}`
    : `aws dynamodb list-tables --region ${region}${profile} --query "TableNames[?starts_with(@, '${STACK_NAME}-')]"` +
        ' (then aws dynamodb delete-table --table-name NAME)';
}

/** Runs the destroy; throws a {@link DeployError} when a removal fails. */
export async function destroy(ctx: DeployContext, flags: DeployFlags): Promise<void> {
  const config = await readConfig(ctx.root);
  const state = await readState(ctx.root);
  const region = flags.region ?? config.region ?? state.stackRegion ?? 'us-east-1';
  const askProfile = askProfileOf(flags, ctx.env);
  const skillId = config.skillId ?? (await recordedSkill(projectDir(ctx.root), askProfile)).skillId;
  const tableName = await tableNameOf(ctx.root, state.tableName);

  if (!flags.yes) {
    const answer = await ctx.ask(
      `Remove the stack ${STACK_NAME} in ${region} (function, alarms, logs; the table is kept)? [y/N] `,
    );
    if (!/^y(es)?$/i.test(answer?.trim() ?? '')) {
      ctx.print('Nothing removed.');
      return;
    }
  }
  const result = await run(
    ctx,
    'destroy',
    'cdk',
    [
      'destroy',
      STACK_NAME,
      '--force',
      '-c',
      `skillId=${skillId ?? EXAMPLE_SKILL_ID}`,
      ...(flags.awsProfile ? ['--profile', flags.awsProfile] : []),
    ],
    { env: { AWS_REGION: region, AWS_DEFAULT_REGION: region } },
  );
  if (result.code !== 0) {
    throw new DeployError(
      'destroy',
      `cdk destroy failed (exit ${result.code})`,
      `Fix what CDK says above (credentials: --aws-profile, region: --region), then run npm run destroy again. Full log: ${result.log}`,
      tail(result.output),
    );
  }
  const { functionArn: _arn, stackRegion: _region, ...rest } = state;
  await writeState(ctx.root, { ...rest, ...(tableName ? { tableName } : {}) });
  ctx.print(`stack: ${STACK_NAME} removed from ${region}`);

  if (skillId) await deleteSkill(ctx, skillId, askProfile);
  ctx.print(
    `table: kept on purpose (users' history). To delete it: ${tableCommand(tableName, region, flags.awsProfile)}`,
  );
}

async function deleteSkill(ctx: DeployContext, skillId: string, askProfile: string): Promise<void> {
  const answer = await ctx.ask(
    `Also delete the Alexa skill ${skillId} (manifest, models, test enablement)? ` +
      'Type the skill ID or "delete" to confirm; anything else keeps it: ',
  );
  const typed = answer?.trim();
  if (typed !== skillId && typed !== 'delete') {
    ctx.print(`skill: ${skillId} kept (npm run deploy connects it to a new stack)`);
    return;
  }
  const result = await run(ctx, 'destroy', 'ask', ['smapi', 'delete-skill', '-s', skillId, '-p', askProfile]);
  if (result.code !== 0) {
    throw new DeployError(
      'destroy',
      `ask smapi delete-skill failed (exit ${result.code})`,
      `The stack is removed; the skill ${skillId} is not. Fix what the ASK CLI says above, then run npm run destroy again. Full log: ${result.log}`,
      tail(result.output),
    );
  }
  const { skillId: _removed, ...config } = await readConfig(ctx.root);
  await writeConfig(ctx.root, config);
  await recordSkillId(projectDir(ctx.root), askProfile, undefined);
  ctx.print(`skill: ${skillId} deleted; skill.config.json no longer names it (commit that)`);
}
