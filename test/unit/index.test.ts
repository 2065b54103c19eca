describe('lambda/index (wiring)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('refuses to start without TABLE_NAME, with a message that names it', async () => {
    delete process.env.TABLE_NAME;
    await jest.isolateModulesAsync(async () => {
      const { ConfigError } = await import('../../lambda/core/errors');
      await expect(import('../../lambda/index')).rejects.toBeInstanceOf(ConfigError);
    });
    await jest.isolateModulesAsync(async () => {
      await expect(import('../../lambda/index')).rejects.toThrow(/TABLE_NAME/);
    });
  });

  it('exports a handler when TABLE_NAME is set', async () => {
    process.env.TABLE_NAME = 'run-coach-test';
    process.env.AWS_REGION = 'us-east-1';
    await jest.isolateModulesAsync(async () => {
      const entry = await import('../../lambda/index');
      expect(typeof entry.handler).toBe('function');
    });
  });
});
