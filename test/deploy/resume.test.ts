/**
 * A deploy that fails at any step stops there, says which step, what went wrong and what to do, and
 * leaves what the next run needs: the same command then finishes the deploy with one skill, never two.
 */
import { commandLine, createSandbox, failureOf } from './sandbox';

/** Each injectable failure, the step that reports it, and what the deployer is told. */
const FAILURES = [
  { fail: 'skill', step: '1/6 (skill)', says: /ask deploy could not create the skill/ },
  { fail: 'skill-build', step: '1/6 (skill)', says: /was created, but its first upload failed/ },
  { fail: 'aws account', step: '3/6 (aws account)', says: /cdk bootstrap failed/ },
  { fail: 'stack', step: '4/6 (stack)', says: /cdk deploy failed/ },
  { fail: 'endpoint', step: '5/6 (endpoint)', says: /ask deploy could not update the skill/ },
  { fail: 'enable', step: '6/6 (enable)', says: /could not be enabled for testing/ },
] as const;

describe('npm run deploy after a failed run', () => {
  it.each(FAILURES)('stops at step $step when "$fail" fails, and the next run finishes it', async (f) => {
    const s = createSandbox();
    const failed = await s.run('deploy', ['--yes'], { fail: f.fail });
    expect(failed.code).toBe(1);
    const report = failed.lines.join('\n');
    expect(failureOf(failed)).toMatch(new RegExp(`^✗ step ${f.step.replace(/[()]/g, '\\$&')}: `));
    expect(report).toMatch(f.says);
    expect(report).toMatch(/What to do: .+Full log: \.local\/deploy\/[a-z-]+\.log/);

    const created = Object.keys(s.cloud().skills);
    const resumed = await s.run('deploy', ['--yes']);
    expect(resumed.code).toBe(0);
    expect(resumed.lines[0]).toMatch(/^Continuing: the last run stopped at step \d/);
    const skills = Object.entries(s.cloud().skills);
    expect(skills).toHaveLength(1);
    const [skillId, skill] = skills[0]!;
    // A skill the failed run created is the one the resumed run finished; none was created twice.
    expect(created.filter((id) => id !== skillId)).toEqual([]);
    expect(s.config().skillId).toBe(skillId);
    expect(skill).toMatchObject({
      enabled: true,
      manifest: { events: { subscriptions: [{ eventName: 'SKILL_DISABLED' }] } },
    });
    expect(s.cloud().created).toEqual([skillId]);
  });

  it('learns a created skill from the import the ASK CLI recorded when its models failed to build', async () => {
    const s = createSandbox();
    await s.run('deploy', ['--yes'], { fail: 'skill-build' });
    const [skillId] = Object.keys(s.cloud().skills);
    expect(s.config().skillId).toBe(skillId);
    expect(s.calls().map(commandLine)).toContainEqual(
      expect.stringMatching(
        /^ask smapi get-import-status --import-id amzn1\.ask-package\.import\.\S+ -p default$/,
      ),
    );
  });

  it('reads the skill ID from what the ASK CLI printed when its states file lacks it', async () => {
    const s = createSandbox();
    const result = await s.run('deploy', ['--yes'], { fail: 'skill-id' });
    expect(result.code).toBe(0);
    const [skillId] = Object.keys(s.cloud().skills);
    expect(result.lines).toContain(`[2/6] skill id: ${skillId}, recorded in skill.config.json: commit it`);
    expect(s.config().skillId).toBe(skillId);
  });

  it('bootstraps again when the stack finds the environment no longer bootstrapped', async () => {
    const s = createSandbox();
    await s.run('deploy', ['--yes']);
    const cloudFile = s.cloud();
    expect(cloudFile.bootstrapped).toEqual(['123456789012/us-east-1']);
    s.forgetBootstrap();
    const failed = await s.run('deploy');
    expect(failureOf(failed)).toMatch(/^✗ step 4\/6 \(stack\)/);
    expect(failed.lines.join('\n')).toMatch(/not bootstrapped/);
    s.clearCalls();
    expect((await s.run('deploy')).code).toBe(0);
    expect(s.calls().map((c) => `${c.tool} ${c.args[0] ?? ''}`)).toEqual([
      'cdk bootstrap',
      'cdk deploy',
      'ask deploy',
      'ask smapi',
    ]);
  });
});
