/**
 * The stack's inputs, read from CDK context (`cdk deploy -c skillId=… -c alarmEmail=…`). Nothing
 * secret passes through here: the skill ID and an e-mail address are not credentials.
 */

/** The stack's name in CloudFormation (and in `cdk-outputs.json`). */
export const STACK_NAME = 'RunCoach';

/** What the stack needs to know about the deployment. */
export interface RunCoachConfig {
  /**
   * The Alexa skill ID (`amzn1.ask.skill.…`), required: Alexa may invoke the function for this skill
   * only, and the skill exists before the stack (docs/deploy.md).
   */
  skillId: string;
  /** Where alarm notifications go; without it the alarms exist but notify nobody. */
  alarmEmail?: string;
}

/** Thrown for a context value that would produce a broken deployment. */
export class InfraConfigError extends Error {
  override readonly name = 'InfraConfigError';
}

/** The stand-in skill ID of `npm run synth`, for checking the template without a skill. */
export const EXAMPLE_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validates raw context values (`undefined` or empty means "not given").
 * @throws InfraConfigError when a value is given but malformed.
 */
export function parseConfig(raw: { skillId?: unknown; alarmEmail?: unknown }): RunCoachConfig {
  const skillId = optionalString(raw.skillId, 'skillId');
  const alarmEmail = optionalString(raw.alarmEmail, 'alarmEmail');
  if (skillId === undefined) {
    throw new InfraConfigError(
      'skillId is required: npm run deploy creates the skill first and passes its ID ' +
        '(cdk deploy -c skillId=…, the skillId in skill.config.json). ' +
        'To check the template without a skill, run npm run synth. See docs/deploy.md.',
    );
  }
  if (!SKILL_ID.test(skillId)) {
    throw new InfraConfigError(
      `skillId "${skillId}" is not an Alexa skill ID (amzn1.ask.skill.<uuid>): see docs/deploy.md`,
    );
  }
  if (alarmEmail !== undefined && !EMAIL.test(alarmEmail)) {
    throw new InfraConfigError(`alarmEmail "${alarmEmail}" is not an e-mail address`);
  }
  return { skillId, ...(alarmEmail ? { alarmEmail } : {}) };
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new InfraConfigError(`context value ${name} must be a string`);
  return value.trim() || undefined;
}
