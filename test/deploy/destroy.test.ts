/**
 * `npm run destroy`: the stack goes after a yes (or --yes), the skill only after its ID or "delete"
 * is typed, and the retained table's exact delete command is printed.
 */
import { commandLine, createSandbox, failureOf, type Sandbox } from './sandbox';

const TABLE_COMMAND =
  'aws dynamodb delete-table --table-name RunCoach-DataTable1A2B3C4D-1XYZ23ABC456 --region us-east-1';

async function deployed(): Promise<{ s: Sandbox; skillId: string }> {
  const s = createSandbox();
  await s.run('deploy', ['--yes']);
  s.clearCalls();
  return { s, skillId: s.config().skillId ?? '' };
}

describe('npm run destroy', () => {
  it('removes the stack and, once the skill ID is typed, the skill; then says how to delete the table', async () => {
    const { s, skillId } = await deployed();
    const result = await s.run('destroy', [], { answers: ['y', skillId] });
    expect(result.code).toBe(0);
    expect(result.questions).toHaveLength(2);
    expect(result.questions[1]).toMatch(/Type the skill ID or "delete"/);
    expect(s.calls().map(commandLine)).toEqual([
      `cdk destroy RunCoach --force -c skillId=${skillId}`,
      `ask smapi delete-skill -s ${skillId} -p default`,
    ]);
    expect(s.cloud().skills).toEqual({});
    expect(s.cloud().stacks).toEqual({});
    expect(s.config()).toEqual({ region: 'us-east-1' });
    expect(result.lines.at(-1)).toBe(
      `table: kept on purpose (users' history). To delete it: ${TABLE_COMMAND}`,
    );
  });

  it('accepts "delete" as the confirmation, and a later deploy creates a new skill', async () => {
    const { s, skillId } = await deployed();
    await s.run('destroy', ['--yes'], { answers: ['delete'] });
    expect(s.cloud().skills).toEqual({});
    expect((await s.run('deploy', ['--yes'])).code).toBe(0);
    const [newId] = Object.keys(s.cloud().skills);
    expect(newId).not.toBe(skillId);
    expect(s.config().skillId).toBe(newId);
  });

  it('keeps the skill for any other answer, so the next deploy reconnects it to a new stack', async () => {
    const { s, skillId } = await deployed();
    const result = await s.run('destroy', ['--yes'], { answers: ['yes'] });
    expect(result.code).toBe(0);
    expect(s.calls().map((c) => c.tool)).toEqual(['cdk']);
    expect(result.lines).toContain(`skill: ${skillId} kept (npm run deploy connects it to a new stack)`);
    expect(Object.keys(s.cloud().skills)).toEqual([skillId]);
    expect(s.config().skillId).toBe(skillId);
    expect((await s.run('deploy', ['--yes'])).code).toBe(0);
    expect(s.cloud().created).toEqual([skillId]);
  });

  it('removes nothing unless the stack removal is confirmed', async () => {
    const { s } = await deployed();
    for (const answers of [['n'], []]) {
      const result = await s.run('destroy', [], { answers });
      expect(result.lines).toEqual(['Nothing removed.']);
    }
    expect(s.calls()).toEqual([]);
    expect(Object.keys(s.cloud().stacks)).toHaveLength(1);
  });

  it('says what failed and that the skill is still there when cdk destroy fails', async () => {
    const { s } = await deployed();
    const result = await s.run('destroy', ['--yes'], { fail: 'destroy', answers: ['delete'] });
    expect(result.code).toBe(1);
    expect(failureOf(result)).toMatch(/^✗ destroy: cdk destroy failed/);
    expect(Object.keys(s.cloud().skills)).toHaveLength(1);
  });

  it('uses the profiles and region it is given', async () => {
    const s = createSandbox({});
    await s.run('deploy', [
      '--yes',
      '--ask-profile',
      'work',
      '--aws-profile',
      'prod',
      '--region',
      'us-west-2',
    ]);
    s.clearCalls();
    const skillId = s.config().skillId ?? '';
    const result = await s.run('destroy', ['--ask-profile', 'work', '--aws-profile', 'prod'], {
      answers: ['y', 'delete'],
    });
    expect(s.calls().map((c) => [commandLine(c), c.env])).toEqual([
      [
        `cdk destroy RunCoach --force -c skillId=${skillId} --profile prod`,
        { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'us-west-2' },
      ],
      [`ask smapi delete-skill -s ${skillId} -p work`, {}],
    ]);
    expect(result.lines.at(-1)).toMatch(/--region us-west-2 --profile prod$/);
  });
});
