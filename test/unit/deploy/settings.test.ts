/**
 * skill.config.json and the deploy's flags: what is accepted, what is refused, and how the file is
 * written (a stable order, so a diff shows only what changed).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askProfileOf, DEPLOY_FLAGS, DESTROY_FLAGS, parseFlags } from '../../../tools/deploy/args';
import { mergeSettings } from '../../../tools/deploy/deploy';
import { readConfig, SettingsError, writeConfig } from '../../../tools/deploy/settings';

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';

function root(text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'run-coach-settings-'));
  if (text !== undefined) writeFileSync(join(dir, 'skill.config.json'), text);
  return dir;
}

describe('skill.config.json', () => {
  it('is written with its keys in a fixed order and read back as it was', async () => {
    const dir = root();
    await writeConfig(dir, { contactEmail: 'c@example.com', region: 'eu-west-1', skillId: SKILL_ID });
    expect(readFileSync(join(dir, 'skill.config.json'), 'utf8')).toBe(
      `{\n  "skillId": "${SKILL_ID}",\n  "region": "eu-west-1",\n  "contactEmail": "c@example.com"\n}\n`,
    );
    expect(await readConfig(dir)).toEqual({
      skillId: SKILL_ID,
      region: 'eu-west-1',
      contactEmail: 'c@example.com',
    });
  });

  it('is optional, and empty values count as unset', async () => {
    expect(await readConfig(root())).toEqual({});
    expect(await readConfig(root('{ "region": "us-east-1", "contactEmail": "" }'))).toEqual({
      region: 'us-east-1',
    });
  });

  it.each([
    ['not JSON', '{ region: us-east-1 }', /is not JSON/],
    ['a misspelt key', '{ "skillID": "x" }', /unknown key "skillID"/],
    ['a malformed skill ID', '{ "skillId": "amzn1.ask.skill.1234" }', /not an Alexa skill ID/],
    ['an http URL', '{ "privacyPolicyUrl": "http://example.com" }', /not an https:\/\/ URL/],
    ['a number', '{ "region": 1 }', /must be a string/],
  ])('refuses %s with a message naming it', async (_what, text, message) => {
    await expect(readConfig(root(text))).rejects.toThrow(message);
    await expect(readConfig(root(text))).rejects.toBeInstanceOf(SettingsError);
  });
});

describe('the flags', () => {
  it('take "--flag value" and "--flag=value"', () => {
    expect(parseFlags(['--region=eu-west-1', '--ask-profile', 'work', '--yes'], DEPLOY_FLAGS)).toEqual({
      region: 'eu-west-1',
      askProfile: 'work',
      yes: true,
      help: false,
    });
  });

  it('refuse what the command does not take', () => {
    expect(() => parseFlags(['--alarm-email', 'a@example.com'], DESTROY_FLAGS)).toThrow(
      /unknown flag --alarm-email/,
    );
    expect(() => parseFlags(['deploy'], DEPLOY_FLAGS)).toThrow(/unexpected argument/);
  });

  it('record what they are given, keep what the file had, and default the region', () => {
    expect(mergeSettings({ alarmEmail: 'old@example.com' }, parseFlags([], DEPLOY_FLAGS), {})).toEqual({
      alarmEmail: 'old@example.com',
      region: 'us-east-1',
    });
    expect(mergeSettings({}, parseFlags([], DEPLOY_FLAGS), { AWS_REGION: 'us-west-2' }).region).toBe(
      'us-west-2',
    );
    expect(mergeSettings({}, parseFlags([], DEPLOY_FLAGS), { AWS_REGION: 'eu-central-1' }).region).toBe(
      'us-east-1',
    );
    const flags = parseFlags(['--alarm-email', 'new@example.com', '--region', 'eu-west-1'], DEPLOY_FLAGS);
    expect(mergeSettings({ region: 'us-east-1' }, flags, {})).toEqual({
      region: 'eu-west-1',
      alarmEmail: 'new@example.com',
    });
  });

  it('pick the ASK profile as the ASK CLI does', () => {
    const none = parseFlags([], DEPLOY_FLAGS);
    expect(askProfileOf(none, {})).toBe('default');
    expect(askProfileOf(none, { ASK_DEFAULT_PROFILE: 'work' })).toBe('work');
    const envProfile = {
      AWS_ACCESS_KEY_ID: 'a',
      AWS_SECRET_ACCESS_KEY: 'b',
      ASK_REFRESH_TOKEN: 'c',
      ASK_VENDOR_ID: 'd',
    };
    expect(askProfileOf(none, envProfile)).toBe('__ENVIRONMENT_ASK_PROFILE__');
    expect(askProfileOf(parseFlags(['--ask-profile', 'home'], DEPLOY_FLAGS), envProfile)).toBe('home');
  });
});
