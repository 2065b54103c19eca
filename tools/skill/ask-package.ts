/**
 * Writes an ASK CLI project for `ask deploy` into `skill-project/` (git-ignored):
 *
 *   skill-project/ask-resources.json                              skill metadata only, no code deployer
 *   skill-project/skill-package/skill.json                        the manifest, with the real endpoint
 *   skill-project/skill-package/interactionModels/custom/<locale>.json   models/<locale>.json
 *
 * The endpoint comes from `--endpoint <function ARN>`, else from `cdk-outputs.json` (written by
 * `cdk deploy --outputs-file cdk-outputs.json`); with neither, the package has no endpoint, which is
 * how the skill is first created to learn its ID (README, Deploy). `skill-project/.ask/` (where the
 * ASK CLI keeps the skill ID) is left alone, so later deploys update the same skill.
 *
 *   npm run ask:package [-- --endpoint arn:aws:lambda:…]
 *   npm run ask:package -- --skill-id     print the skill ID the ASK CLI recorded
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES } from '../../models/source';
import { buildManifest, type Endpoint } from '../../models/source/manifest';
import { STACK_NAME } from '../../infra/config';

const ROOT = join(__dirname, '..', '..');
/** The generated ASK CLI project. */
export const PROJECT_DIR = join(ROOT, 'skill-project');
const OUTPUTS_FILE = join(ROOT, 'cdk-outputs.json');
/** Lambda regions Alexa can call (https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-an-aws-lambda-function.html). */
const ALEXA_LAMBDA_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'];
const FUNCTION_ARN = /^arn:aws:lambda:([a-z0-9-]+):\d{12}:function:[A-Za-z0-9_-]+$/;

/** The ASK CLI's project file: skill package only; CDK deploys the code. */
export const ASK_RESOURCES = {
  askcliResourcesVersion: '2020-03-31',
  profiles: { default: { skillMetadata: { src: './skill-package' } } },
};

/** Reads the function ARN from `cdk-outputs.json`, if a deploy wrote one. */
async function endpointFromOutputs(): Promise<string | undefined> {
  const text = await readFile(OUTPUTS_FILE, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const outputs = JSON.parse(text) as Record<string, Record<string, unknown> | undefined>;
  const arn = outputs[STACK_NAME]?.FunctionArn;
  return typeof arn === 'string' ? arn : undefined;
}

/** Checks an endpoint ARN; throws on a malformed one or a region Alexa cannot call. */
export function checkEndpoint(arn: string): Endpoint {
  const region = FUNCTION_ARN.exec(arn)?.[1];
  if (!region) throw new Error(`"${arn}" is not a Lambda function ARN`);
  if (!ALEXA_LAMBDA_REGIONS.includes(region)) {
    throw new Error(`Alexa calls Lambda functions in ${ALEXA_LAMBDA_REGIONS.join(', ')} only, not ${region}`);
  }
  return { uri: arn };
}

/** Writes the project into `dir`; without an endpoint the manifest has none (first deploy). */
export async function writeAskProject(endpoint: Endpoint | undefined, dir = PROJECT_DIR): Promise<void> {
  const packageDir = join(dir, 'skill-package');
  const modelsDir = join(packageDir, 'interactionModels', 'custom');
  await rm(packageDir, { recursive: true, force: true });
  await mkdir(modelsDir, { recursive: true });
  await writeFile(join(dir, 'ask-resources.json'), `${JSON.stringify(ASK_RESOURCES, null, 2)}\n`);
  await writeFile(join(packageDir, 'skill.json'), `${JSON.stringify(buildManifest(endpoint), null, 2)}\n`);
  for (const locale of LOCALES) {
    await copyFile(join(ROOT, 'models', `${locale}.json`), join(modelsDir, `${locale}.json`));
  }
}

/** The skill ID the ASK CLI recorded in `skill-project/.ask/ask-states.json` after `ask deploy`. */
export async function recordedSkillId(dir = PROJECT_DIR): Promise<string | undefined> {
  const text = await readFile(join(dir, '.ask', 'ask-states.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const states = JSON.parse(text) as { profiles?: Record<string, { skillId?: unknown } | undefined> };
  const id = states.profiles?.default?.skillId;
  return typeof id === 'string' && id ? id : undefined;
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--skill-id')) {
    const id = await recordedSkillId();
    if (!id) throw new Error('No skill ID yet: run "npm run ask:package" and "ask deploy" in skill-project/');
    process.stdout.write(`${id}\n`);
    return;
  }
  const flag = args.indexOf('--endpoint');
  const arn = flag >= 0 ? args[flag + 1] : await endpointFromOutputs();
  const endpoint = arn ? checkEndpoint(arn) : undefined;
  await writeAskProject(endpoint);
  console.log(
    endpoint
      ? `wrote skill-project/ with endpoint ${endpoint.uri}`
      : 'wrote skill-project/ without an endpoint (first deploy: creates the skill to get its ID)',
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
