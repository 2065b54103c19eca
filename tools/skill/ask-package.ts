/**
 * Writes an ASK CLI project for `ask deploy` into `skill-project/` (git-ignored):
 *
 *   skill-project/ask-resources.json                     skill metadata only (CDK deploys the code)
 *   skill-project/skill-package/skill.json               the manifest, with the real endpoint
 *   skill-project/skill-package/interactionModels/custom/<locale>.json   models/<locale>.json
 *   skill-project/skill-package/assets/images/icon-*.png  assets/icons/*.png
 *
 * The endpoint comes from `--endpoint <function ARN>`, else from `cdk-outputs.json` (written by
 * `cdk deploy --outputs-file cdk-outputs.json`); with neither, the package has no endpoint, which is
 * how the skill is first created to learn its ID (docs/deploy.md). `skill-project/.ask/` (where the
 * ASK CLI keeps the skill ID per profile) is left alone, so later deploys update the same skill.
 * `npm run deploy` (tools/deploy/) drives all of this; the command line is for doing it by hand:
 *
 *   npm run ask:package [-- --endpoint arn:aws:lambda:… --profile NAME]
 *   npm run ask:skill-id [-- --profile NAME]     print the skill ID the ASK CLI recorded
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES } from '../../models/source';
import { buildManifest, type Endpoint, type PolicyUrls } from '../../models/source/manifest';
import { STACK_NAME } from '../../infra/config';

const ROOT = join(__dirname, '..', '..');
/** The generated ASK CLI project. */
export const PROJECT_DIR = join(ROOT, 'skill-project');
const OUTPUTS_FILE = join(ROOT, 'cdk-outputs.json');
/** The committed icons (npm run icons) and their names inside the package's `assets/images/`. */
export const ICON_FILES = ['icon-108.png', 'icon-512.png'] as const;
const ICONS_DIR = join(ROOT, 'assets', 'icons');
/**
 * Lambda regions Alexa can call.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-an-aws-lambda-function.html
 */
export const ALEXA_LAMBDA_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'] as const;
const FUNCTION_ARN = /^arn:aws:lambda:([a-z0-9-]+):\d{12}:function:[A-Za-z0-9_-]+$/;
/** The ASK CLI's name for the profile made of `ASK_*` environment variables. */
export const ASK_ENVIRONMENT_PROFILE = '__ENVIRONMENT_ASK_PROFILE__';

/** The ASK CLI's project file for these profiles: skill package only; CDK deploys the code. */
export function askResources(profiles: readonly string[]) {
  return {
    askcliResourcesVersion: '2020-03-31',
    profiles: Object.fromEntries(profiles.map((p) => [p, { skillMetadata: { src: './skill-package' } }])),
  };
}

/** The function ARN a `cdk deploy --outputs-file` wrote, if it wrote one. */
export async function endpointFromOutputs(file = OUTPUTS_FILE): Promise<string | undefined> {
  const outputs = await readJson(file);
  const stack = outputs?.[STACK_NAME];
  const arn = isRecord(stack) ? stack.FunctionArn : undefined;
  return typeof arn === 'string' ? arn : undefined;
}

/** Checks an endpoint ARN; throws on a malformed one or a region Alexa cannot call. */
export function checkEndpoint(arn: string): Endpoint {
  const region = FUNCTION_ARN.exec(arn)?.[1];
  if (!region) throw new Error(`"${arn}" is not a Lambda function ARN`);
  if (!(ALEXA_LAMBDA_REGIONS as readonly string[]).includes(region)) {
    throw new Error(`Alexa calls Lambda functions in ${ALEXA_LAMBDA_REGIONS.join(', ')} only, not ${region}`);
  }
  return { uri: arn };
}

/** What goes into the package. */
export interface AskProjectOptions {
  /** The function ARN; without it the manifest has no endpoint and no events (the first deploy). */
  endpoint?: Endpoint;
  /** The ASK CLI profile that deploys it (its key in ask-resources.json); default `default`. */
  profile?: string;
  /** The privacy policy and terms of use URLs; the manifest carries those given. */
  policies?: PolicyUrls;
}

/** Writes the project into `dir`, keeping the profiles an earlier run added to ask-resources.json. */
export async function writeAskProject(options: AskProjectOptions = {}, dir = PROJECT_DIR): Promise<void> {
  const profile = options.profile ?? 'default';
  const packageDir = join(dir, 'skill-package');
  const modelsDir = join(packageDir, 'interactionModels', 'custom');
  const imagesDir = join(packageDir, 'assets', 'images');
  await rm(packageDir, { recursive: true, force: true });
  await mkdir(modelsDir, { recursive: true });
  await mkdir(imagesDir, { recursive: true });
  const earlier = await readJson(join(dir, 'ask-resources.json'));
  const known = isRecord(earlier?.profiles) ? Object.keys(earlier.profiles) : [];
  const resources = askResources([...new Set([...known, profile])]);
  await writeFile(join(dir, 'ask-resources.json'), `${JSON.stringify(resources, null, 2)}\n`);
  const manifest = buildManifest(options.endpoint, options.policies);
  await writeFile(join(packageDir, 'skill.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const locale of LOCALES) {
    await copyFile(join(ROOT, 'models', `${locale}.json`), join(modelsDir, `${locale}.json`));
  }
  for (const icon of ICON_FILES) await copyFile(join(ICONS_DIR, icon), join(imagesDir, icon));
}

/** Where the ASK CLI keeps its state (the skill ID per profile) for the project in `dir`. */
export function statesFile(dir = PROJECT_DIR): string {
  return join(dir, '.ask', 'ask-states.json');
}

/** What the ASK CLI recorded for a profile after `ask deploy`. */
export interface RecordedSkill {
  skillId?: string;
  /** The last skill package import, recorded before the import finished. */
  lastImportId?: string;
}

/**
 * What the ASK CLI recorded for `profile` in `skill-project/.ask/ask-states.json`.
 * @throws SyntaxError when the file is there but is not JSON.
 */
export async function recordedSkill(dir = PROJECT_DIR, profile = 'default'): Promise<RecordedSkill> {
  const states = await readJson(statesFile(dir));
  const entry = isRecord(states?.profiles) ? states.profiles[profile] : undefined;
  if (!isRecord(entry)) return {};
  const skillId = typeof entry.skillId === 'string' && entry.skillId ? entry.skillId : undefined;
  const meta = isRecord(entry.skillMetadata) ? entry.skillMetadata : {};
  const lastImportId = typeof meta.lastImportId === 'string' ? meta.lastImportId : undefined;
  return { ...(skillId ? { skillId } : {}), ...(lastImportId ? { lastImportId } : {}) };
}

/** The skill ID the ASK CLI recorded for `profile`, if any. */
export async function recordedSkillId(dir = PROJECT_DIR, profile = 'default'): Promise<string | undefined> {
  return (await recordedSkill(dir, profile)).skillId;
}

/**
 * Tells the ASK CLI which skill the project deploys to for `profile` (or, with `undefined`, that it
 * deploys to none), so `ask deploy` updates that skill instead of creating one. The upload hash is
 * dropped when the skill changes: it described an upload to another skill.
 */
export async function recordSkillId(
  dir: string,
  profile: string,
  skillId: string | undefined,
): Promise<void> {
  const file = statesFile(dir);
  const states = (await readJson(file)) ?? { askcliStatesVersion: '2020-03-31', profiles: {} };
  const profiles = isRecord(states.profiles) ? states.profiles : {};
  const entry = isRecord(profiles[profile]) ? profiles[profile] : {};
  if (entry.skillId === skillId) return;
  const { skillId: _old, skillMetadata: _meta, ...rest } = entry;
  profiles[profile] = skillId ? { ...rest, skillId } : rest;
  await mkdir(join(dir, '.ask'), { recursive: true });
  await writeFile(file, `${JSON.stringify({ ...states, profiles }, null, 2)}\n`);
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const value: unknown = JSON.parse(text);
  return isRecord(value) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const profile = flag(args, '--profile') ?? 'default';
  if (args.includes('--skill-id')) {
    const id = await recordedSkillId(PROJECT_DIR, profile);
    if (!id) throw new Error(`No skill ID recorded for ASK profile ${profile}: run "npm run deploy"`);
    process.stdout.write(`${id}\n`);
    return;
  }
  const arn = flag(args, '--endpoint') ?? (await endpointFromOutputs());
  const endpoint = arn ? checkEndpoint(arn) : undefined;
  await writeAskProject({ ...(endpoint ? { endpoint } : {}), profile });
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
