/**
 * The command lines of `npm run deploy` and `npm run destroy`: `--flag value` or `--flag=value`,
 * booleans without a value. Anything else is refused in one line.
 */
import { ALEXA_LAMBDA_REGIONS, ASK_ENVIRONMENT_PROFILE } from '../skill/ask-package';
import { checkSetting, SettingsError, type SkillConfig } from './settings';

/** What the deployer asked for on the command line. */
export interface DeployFlags {
  askProfile?: string;
  awsProfile?: string;
  region?: string;
  alarmEmail?: string;
  privacyPolicyUrl?: string;
  termsOfUseUrl?: string;
  contactEmail?: string;
  /** Approve security-sensitive changes (deploy) or the stack's removal (destroy) without asking. */
  yes: boolean;
  help: boolean;
}

const VALUE_FLAGS = {
  'ask-profile': 'askProfile',
  'aws-profile': 'awsProfile',
  region: 'region',
  'alarm-email': 'alarmEmail',
  'privacy-url': 'privacyPolicyUrl',
  'terms-url': 'termsOfUseUrl',
  'contact-email': 'contactEmail',
} as const;
type ValueFlag = keyof typeof VALUE_FLAGS;

/** The flags each command takes. */
export const DEPLOY_FLAGS: readonly ValueFlag[] = Object.keys(VALUE_FLAGS) as ValueFlag[];
export const DESTROY_FLAGS: readonly ValueFlag[] = ['ask-profile', 'aws-profile', 'region'];

/** Parses `args`, accepting only `allowed` value flags plus `--yes` and `--help`. */
export function parseFlags(args: readonly string[], allowed: readonly ValueFlag[]): DeployFlags {
  const flags: DeployFlags = { yes: false, help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [name = '', inline] = arg.replace(/^--/, '').split(/=(.*)/s, 2);
    if (!arg.startsWith('--')) throw new SettingsError(`unexpected argument "${arg}": see --help`);
    if (name === 'yes' || name === 'help' || name === 'h') {
      flags[name === 'yes' ? 'yes' : 'help'] = true;
      continue;
    }
    if (!(allowed as readonly string[]).includes(name))
      throw new SettingsError(`unknown flag --${name}: see --help`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new SettingsError(`--${name} needs a value`);
    const key = VALUE_FLAGS[name as ValueFlag];
    if (key === 'region' && !(ALEXA_LAMBDA_REGIONS as readonly string[]).includes(value)) {
      throw new SettingsError(
        `--region ${value}: Alexa calls Lambda functions in ${ALEXA_LAMBDA_REGIONS.join(', ')} only`,
      );
    }
    if (key !== 'askProfile' && key !== 'awsProfile' && key !== 'region')
      checkSetting(key satisfies keyof SkillConfig, value, `--${name}`);
    flags[key] = value;
  }
  return flags;
}

/**
 * The ASK CLI profile: the flag, else `ASK_DEFAULT_PROFILE`, else the ASK CLI's environment profile
 * when its variables are all set (as the ASK CLI itself decides), else `default`.
 */
export function askProfileOf(flags: DeployFlags, env: NodeJS.ProcessEnv): string {
  if (flags.askProfile) return flags.askProfile;
  if (env.ASK_DEFAULT_PROFILE) return env.ASK_DEFAULT_PROFILE;
  const fromEnvironment =
    env.AWS_ACCESS_KEY_ID &&
    env.AWS_SECRET_ACCESS_KEY &&
    env.ASK_VENDOR_ID &&
    (env.ASK_REFRESH_TOKEN ?? env.ASK_ACCESS_TOKEN);
  return fromEnvironment ? ASK_ENVIRONMENT_PROFILE : 'default';
}

/** `npm run deploy -- --help`. */
export const DEPLOY_HELP = `npm run deploy [-- flags]   deploy Run Coach: the skill, the AWS stack, the endpoint; re-run to update

  --ask-profile NAME       ASK CLI profile (npx ask configure --profile NAME); default: ASK_DEFAULT_PROFILE, else default
  --aws-profile NAME       AWS profile for CDK; default: the AWS SDK's usual credentials
  --region REGION          ${ALEXA_LAMBDA_REGIONS.join(', ')}; default: skill.config.json, else AWS_REGION, else us-east-1
  --alarm-email ADDRESS    send alarm notifications to this address
  --privacy-url URL        the privacy policy URL in the manifest
  --terms-url URL          the terms of use URL in the manifest
  --contact-email ADDRESS  the contact in PRIVACY.md and TERMS.md
  --yes                    approve CDK's security-sensitive changes (IAM, permissions) without a prompt
  --help                   this text

Values given are recorded in skill.config.json (commit it) and used by later runs.
Steps: 1 skill (first run only), 2 skill id, 3 aws account (cdk bootstrap), 4 stack (cdk deploy),
5 endpoint (the package with the function ARN), 6 enable (for testing). Logs: .local/deploy/.
More: docs/deploy.md`;

/** `npm run destroy -- --help`. */
export const DESTROY_HELP = `npm run destroy [-- flags]   remove the stack and, after a typed confirmation, the Alexa skill

  --ask-profile NAME       ASK CLI profile that owns the skill
  --aws-profile NAME       AWS profile for CDK
  --region REGION          the stack's region; default: skill.config.json
  --yes                    remove the stack without asking (the skill still needs its typed confirmation)
  --help                   this text

The DynamoDB table is retained (users' history): the command to delete it is printed at the end.
More: docs/deploy.md`;
