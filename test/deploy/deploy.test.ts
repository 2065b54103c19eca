/**
 * `npm run deploy` against stand-in ASK and CDK command lines (test/deploy/fakes/): the steps'
 * order and arguments, skill.config.json, a second run and a fresh clone updating the same skill,
 * profiles and region honoured, and a run that stopped at any step continued by the next.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine, createSandbox, failureOf, type Cloud, type Sandbox } from './sandbox';

const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-f-]{36}$/;
const ARN_US = 'arn:aws:lambda:us-east-1:123456789012:function:RunCoach-SkillFunction4ADF40E6-AbC123dEf456';

function onlySkill(s: Sandbox): [string, Cloud['skills'][string]] {
  const skills = Object.entries(s.cloud().skills);
  expect(skills.map(([id]) => id)).toHaveLength(1);
  return skills[0]!;
}

/** What a finished deploy leaves: one skill, with the endpoint and SKILL_DISABLED, enabled. */
function expectDeployed(s: Sandbox, arn = ARN_US): string {
  const [skillId, skill] = onlySkill(s);
  expect(s.config().skillId).toBe(skillId);
  expect(skill.enabled).toBe(true);
  expect(skill.manifest).toMatchObject({
    apis: { custom: { endpoint: { uri: arn } } },
    events: { endpoint: { uri: arn }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] },
  });
  expect(skill.images).toEqual(['icon-108.png', 'icon-512.png']);
  return skillId;
}

describe('npm run deploy, first run', () => {
  it('creates the skill, records its ID, deploys the stack for it, connects the endpoint and enables it', async () => {
    const s = createSandbox();
    const result = await s.run('deploy', ['--alarm-email', 'me@example.com', '--yes']);
    expect(result.code).toBe(0);
    const skillId = expectDeployed(s);
    expect(skillId).toMatch(SKILL_ID);
    const project = join(s.root, 'skill-project');
    const outputs = join(s.root, 'cdk-outputs.json');
    expect(s.calls().map((c) => [commandLine(c), c.cwd])).toEqual([
      ['ask deploy --target skill-metadata -p default', project],
      [`cdk bootstrap -c skillId=${skillId}`, s.root],
      [
        `cdk deploy RunCoach -c skillId=${skillId} -c alarmEmail=me@example.com --outputs-file ${outputs} --require-approval never`,
        s.root,
      ],
      ['ask deploy --target skill-metadata -p default', project],
      [`ask smapi set-skill-enablement -s ${skillId} -g development -p default`, s.root],
    ]);
    for (const call of s.calls().filter((c) => c.tool === 'cdk'))
      expect(call.env).toEqual({ AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' });
    expect(s.read('skill.config.json')).toBe(
      `${JSON.stringify({ skillId, region: 'us-east-1', alarmEmail: 'me@example.com' }, null, 2)}\n`,
    );
    expect(result.lines.filter((l) => /^\[\d\/6\]/.test(l)).map((l) => l.split(':')[0])).toEqual([
      '[1/6] skill',
      '[2/6] skill id',
      '[3/6] aws account',
      '[4/6] stack',
      '[5/6] endpoint',
      '[6/6] enable',
    ]);
    expect(result.lines.at(-1)).toMatch(/^Done: .*Commit skill\.config\.json/);
  });

  it('uploads the first package without an endpoint or events, so Amazon accepts it unenabled', async () => {
    const s = createSandbox();
    await s.run('deploy', ['--yes'], { fail: 'stack' });
    const [, skill] = onlySkill(s);
    expect(skill.manifest).toMatchObject({ apis: { custom: {} } });
    expect(skill.manifest).not.toHaveProperty('events');
    expect(skill.enabled).toBe(false);
  });

  it('stops at the stack when CDK needs approval of IAM changes, and says to review them and add --yes', async () => {
    const s = createSandbox();
    const first = await s.run('deploy');
    expect(first.code).toBe(1);
    expect(failureOf(first)).toMatch(/^✗ step 4\/6 \(stack\): cdk deploy failed \(exit 1\)/);
    expect(first.lines.join('\n')).toMatch(/What to do: .*cdk diff.*npm run deploy -- --yes/);
    expect(first.lines.join('\n')).toMatch(/Full log: \.local\/deploy\/stack\.log/);
    const second = await s.run('deploy', ['--yes']);
    expect(second.code).toBe(0);
    expect(second.lines[0]).toBe('Continuing: the last run stopped at step 4 (stack).');
    expectDeployed(s);
  });
});

describe('npm run deploy, certification settings', () => {
  it('links the privacy and terms URLs it is given in every locale, and fills the contact into both documents', async () => {
    const s = createSandbox();
    const urls = {
      privacyPolicyUrl: 'https://example.org/run-coach/privacy',
      termsOfUseUrl: 'https://example.org/run-coach/terms',
    };
    const args = ['--yes', '--privacy-url', urls.privacyPolicyUrl, '--terms-url', urls.termsOfUseUrl];
    const result = await s.run('deploy', [...args, '--contact-email', 'coach@example.org']);
    expect(result.code).toBe(0);
    const [, skill] = onlySkill(s);
    const locales = (skill.manifest as { privacyAndCompliance: { locales: Record<string, unknown> } })
      .privacyAndCompliance.locales;
    expect(Object.keys(locales).sort()).toEqual(['en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US']);
    expect(Object.values(locales)).toEqual(Array(5).fill(urls));
    expect(s.config()).toMatchObject({ ...urls, contactEmail: 'coach@example.org' });
    for (const file of ['PRIVACY.md', 'TERMS.md'])
      expect(s.read(file)).toContain(
        '<!-- contact -->[coach@example.org](mailto:coach@example.org)<!-- /contact -->',
      );
    expect(result.lines).toContain(
      'note: PRIVACY.md and TERMS.md now name [coach@example.org](mailto:coach@example.org): commit and push them',
    );
  });

  it('says in one line that certification needs the URLs when it has none', async () => {
    const result = await createSandbox().run('deploy', ['--yes']);
    expect(result.lines.filter((l) => l.startsWith('note:'))).toEqual([
      expect.stringMatching(/^note: no privacyPolicyUrl or termsOfUseUrl .*certification wants both/),
    ]);
  });
});

describe('npm run deploy, again', () => {
  it('updates the same skill: nothing created, nothing bootstrapped twice, an unchanged package not re-uploaded', async () => {
    const s = createSandbox();
    await s.run('deploy', ['--yes', '--alarm-email', 'me@example.com']);
    const skillId = s.config().skillId;
    s.clearCalls();
    const again = await s.run('deploy');
    expect(again.code).toBe(0);
    expect(expectDeployed(s)).toBe(skillId);
    expect(s.calls().map(commandLine)).toEqual([
      `cdk deploy RunCoach -c skillId=${skillId} -c alarmEmail=me@example.com --outputs-file ${join(s.root, 'cdk-outputs.json')}`,
      'ask deploy --target skill-metadata -p default',
      `ask smapi set-skill-enablement -s ${skillId} -g development -p default`,
    ]);
    expect(again.lines).toContain(`[1/6] skill: ${skillId} exists, not created again`);
    expect(again.lines).toContain('[5/6] endpoint: package unchanged since the last upload');
    expect(s.cloud().stacks['123456789012/us-east-1']).toMatchObject({
      alarmEmail: 'me@example.com',
      deploys: 2,
    });
  });

  it('from a fresh clone, updates the skill that skill.config.json names instead of creating a second', async () => {
    const s = createSandbox();
    await s.run('deploy', ['--yes']);
    const skillId = s.config().skillId;
    s.reclone();
    s.clearCalls();
    const clone = await s.run('deploy');
    expect(clone.code).toBe(0);
    expect(expectDeployed(s)).toBe(skillId);
    expect(onlySkill(s)[1].uploads).toBe(3);
    expect(s.calls().map((c) => c.args[0])).toEqual(['bootstrap', 'deploy', 'deploy', 'smapi']);
    const states = JSON.parse(
      readFileSync(join(s.root, 'skill-project', '.ask', 'ask-states.json'), 'utf8'),
    ) as {
      profiles: Record<string, { skillId?: string }>;
    };
    expect(states.profiles.default?.skillId).toBe(skillId);
  });
});

describe('npm run deploy, profiles and region', () => {
  it('uses the ASK profile, the AWS profile and the region it is given for every call', async () => {
    const s = createSandbox({});
    const args = ['--ask-profile', 'work', '--aws-profile', 'prod', '--region', 'eu-west-1', '--yes'];
    expect((await s.run('deploy', args)).code).toBe(0);
    const skillId = expectDeployed(s, ARN_US.replace('us-east-1:123456789012', 'eu-west-1:210987654321'));
    const calls = s.calls();
    expect(calls.filter((c) => c.tool === 'ask').map((c) => c.args.slice(-2))).toEqual([
      ['-p', 'work'],
      ['-p', 'work'],
      ['-p', 'work'],
    ]);
    const cdk = calls.filter((c) => c.tool === 'cdk');
    expect(cdk.map((c) => c.args[0])).toEqual(['bootstrap', 'deploy']);
    expect(cdk.map((c) => c.args[c.args.indexOf('--profile') + 1])).toEqual(['prod', 'prod']);
    expect(cdk.map((c) => c.env)).toEqual([
      { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1' },
      { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1' },
    ]);
    expect(s.cloud().skills[skillId]?.vendor).toBe('M2OTHERVENDOR');
    const states = JSON.parse(
      readFileSync(join(s.root, 'skill-project', '.ask', 'ask-states.json'), 'utf8'),
    ) as {
      profiles: Record<string, { skillId?: string }>;
    };
    expect(Object.keys(states.profiles)).toEqual(['work']);
    expect(states.profiles.work?.skillId).toBe(skillId);
    expect(s.config()).toEqual({ skillId, region: 'eu-west-1' });
  });

  it('takes the ASK profile from ASK_DEFAULT_PROFILE when no flag names one', async () => {
    const s = createSandbox();
    await s.run('deploy', ['--yes'], { env: { ASK_DEFAULT_PROFILE: 'work' } });
    expect(
      s
        .calls()
        .filter((c) => c.tool === 'ask')
        .every((c) => c.args.at(-1) === 'work'),
    ).toBe(true);
  });

  it("refuses to move a deployed skill's stack to another region by accident", async () => {
    const s = createSandbox();
    await s.run('deploy', ['--yes']);
    s.clearCalls();
    const moved = await s.run('deploy', ['--region', 'us-west-2']);
    expect(moved.code).toBe(2);
    expect(moved.lines.join('\n')).toMatch(
      /deploys this skill's stack to us-east-1, not us-west-2.*npm run destroy/s,
    );
    expect(s.calls()).toEqual([]);
  });

  it("names the other developer account when the configured skill is not the profile's", async () => {
    const s = createSandbox();
    await s.run('deploy', ['--yes']);
    const result = await s.run('deploy', ['--ask-profile', 'work']);
    expect(result.code).toBe(1);
    expect(failureOf(result)).toMatch(/^✗ step 5\/6 \(endpoint\)/);
    expect(result.lines.join('\n')).toMatch(/another Amazon developer account/);
    expect(Object.keys(s.cloud().skills)).toHaveLength(1);
  });

  it('refuses bad flags in one line, before running anything', async () => {
    const s = createSandbox();
    for (const args of [
      ['--region', 'eu-central-1'],
      ['--colour'],
      ['--alarm-email', 'nobody'],
      ['--ask-profile'],
    ]) {
      const result = await s.run('deploy', args);
      expect([result.code, result.lines.length]).toEqual([2, 1]);
    }
    expect(s.calls()).toEqual([]);
    expect(existsSync(join(s.root, 'skill-project'))).toBe(false);
  });

  it('lists its flags with --help', async () => {
    const result = await createSandbox().run('deploy', ['--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--ask-profile', '--aws-profile', '--region', '--alarm-email', '--yes'])
      expect(result.lines.join('\n')).toContain(flag);
  });
});
