/**
 * What a deployment remembers. `skill.config.json` (committed) names the skill, the region and the
 * public policy URLs, so every clone deploys to the same skill; `.local/deploy/state.json`
 * (git-ignored) is this machine's progress: which AWS environments it bootstrapped, what the stack
 * returned, and where the last run stopped.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The committed deployment settings (docs/deploy.md, skill.config.json). */
export interface SkillConfig {
  /** The Alexa skill this repository deploys to; written by the first deploy. */
  skillId?: string;
  /** The AWS region of the stack: one Alexa calls Lambda functions in. */
  region?: string;
  /** Where alarm notifications go. */
  alarmEmail?: string;
  /** The privacy policy URL the manifest links to. */
  privacyPolicyUrl?: string;
  /** The terms of use URL the manifest links to. */
  termsOfUseUrl?: string;
  /** Who users and the certification reviewer can write to (filled into PRIVACY.md and TERMS.md). */
  contactEmail?: string;
}

/** The keys of {@link SkillConfig}, in the order the file is written. */
export const CONFIG_KEYS = [
  'skillId',
  'region',
  'alarmEmail',
  'privacyPolicyUrl',
  'termsOfUseUrl',
  'contactEmail',
] as const satisfies readonly (keyof SkillConfig)[];

/** The file name, at the top of the repository. */
export const CONFIG_FILE = 'skill.config.json';

/** Thrown for a settings file or flag that cannot be used as it is. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks one value; throws {@link SettingsError} naming `where` (a file or a flag). */
export function checkSetting(key: keyof SkillConfig, value: string, where: string): void {
  const bad = (what: string) => new SettingsError(`${where}: "${value}" is not ${what}`);
  if (key === 'skillId' && !SKILL_ID.test(value)) throw bad('an Alexa skill ID (amzn1.ask.skill.<uuid>)');
  if ((key === 'alarmEmail' || key === 'contactEmail') && !EMAIL.test(value)) throw bad('an e-mail address');
  if ((key === 'privacyPolicyUrl' || key === 'termsOfUseUrl') && !/^https:\/\/\S+$/.test(value))
    throw bad('an https:// URL');
}

/** Reads `skill.config.json` in `root` (an empty object when there is none). */
export async function readConfig(root: string): Promise<SkillConfig> {
  const file = join(root, CONFIG_FILE);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SettingsError(`${CONFIG_FILE} is not JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new SettingsError(`${CONFIG_FILE} must hold one JSON object`);
  const config: SkillConfig = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key))
      throw new SettingsError(`${CONFIG_FILE}: unknown key "${key}" (known: ${CONFIG_KEYS.join(', ')})`);
    if (value === '' || value === null) continue;
    if (typeof value !== 'string') throw new SettingsError(`${CONFIG_FILE}: "${key}" must be a string`);
    checkSetting(key as keyof SkillConfig, value, `${CONFIG_FILE} ${key}`);
    config[key as keyof SkillConfig] = value;
  }
  return config;
}

/** Writes `skill.config.json` with its keys in a fixed order, unset keys left out. */
export async function writeConfig(root: string, config: SkillConfig): Promise<void> {
  const ordered = Object.fromEntries(
    CONFIG_KEYS.filter((key) => config[key] !== undefined).map((key) => [key, config[key]]),
  );
  await writeFile(join(root, CONFIG_FILE), `${JSON.stringify(ordered, null, 2)}\n`);
}

/** The deploy's steps, in order. */
export const STEPS = ['skill', 'skill id', 'aws account', 'stack', 'endpoint', 'enable'] as const;
/** One step's name. */
export type StepName = (typeof STEPS)[number];

/** This machine's deployment progress. */
export interface DeployState {
  /** `<aws profile or "default credentials">@<region>` for each environment `cdk bootstrap` prepared. */
  bootstrapped: string[];
  /** What the stack's last deploy returned. */
  functionArn?: string;
  tableName?: string;
  stackRegion?: string;
  /** The last run: the steps it finished and the one it stopped at. */
  lastRun?: { startedAt: string; completed: StepName[]; failed?: StepName };
}

/** The folder for the state and the steps' logs. */
export function deployDir(root: string): string {
  return join(root, '.local', 'deploy');
}

function stateFile(root: string): string {
  return join(deployDir(root), 'state.json');
}

/** Reads this machine's progress; a missing or unreadable file is a fresh start. */
export async function readState(root: string): Promise<DeployState> {
  const text = await readFile(stateFile(root), 'utf8').catch(() => undefined);
  try {
    const state = text === undefined ? {} : (JSON.parse(text) as Partial<DeployState>);
    return { ...state, bootstrapped: Array.isArray(state.bootstrapped) ? state.bootstrapped : [] };
  } catch {
    return { bootstrapped: [] };
  }
}

/** Writes this machine's progress (after every step, so a later run continues from it). */
export async function writeState(root: string, state: DeployState): Promise<void> {
  const file = stateFile(root);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(state, null, 2)}\n`);
}
