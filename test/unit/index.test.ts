describe('lambda/index (wiring)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('refuses to start without TABLE_NAME, with a message that names it', async () => {
    delete process.env.TABLE_NAME;
    process.env.SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
    await jest.isolateModulesAsync(async () => {
      const { ConfigError } = await import('../../lambda/core/errors');
      await expect(import('../../lambda/index')).rejects.toBeInstanceOf(ConfigError);
    });
    await jest.isolateModulesAsync(async () => {
      await expect(import('../../lambda/index')).rejects.toThrow(/TABLE_NAME/);
    });
  });

  it.each([['unset'], ['empty']])(
    'refuses to start with SKILL_ID %s: requests and skill events of any skill would be served',
    async (how) => {
      process.env.TABLE_NAME = 'run-coach-test';
      if (how === 'unset') delete process.env.SKILL_ID;
      else process.env.SKILL_ID = '';
      await jest.isolateModulesAsync(async () => {
        const { ConfigError } = await import('../../lambda/core/errors');
        await expect(import('../../lambda/index')).rejects.toBeInstanceOf(ConfigError);
      });
      await jest.isolateModulesAsync(async () => {
        await expect(import('../../lambda/index')).rejects.toThrow(/SKILL_ID/);
      });
    },
  );

  it('exports a handler when TABLE_NAME and SKILL_ID are set', async () => {
    process.env.TABLE_NAME = 'run-coach-test';
    process.env.SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
    process.env.AWS_REGION = 'us-east-1';
    await jest.isolateModulesAsync(async () => {
      const entry = await import('../../lambda/index');
      expect(typeof entry.handler).toBe('function');
    });
  });
});
