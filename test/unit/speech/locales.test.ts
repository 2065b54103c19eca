import { resources } from '../../../lambda/speech/locales';

function messages(tree: unknown, path: string[] = []): [string, unknown][] {
  if (Array.isArray(tree) || typeof tree !== 'object' || tree === null) return [[path.join('.'), tree]];
  return Object.entries(tree).flatMap(([key, value]) => messages(value, [...path, key]));
}

describe('locale resources', () => {
  const english = messages(resources.en);

  it('has messages', () => {
    expect(english.length).toBeGreaterThan(5);
  });

  it.each(english)('%s has several phrasings, all non-empty text', (_key, value) => {
    expect(Array.isArray(value)).toBe(true);
    const phrasings = value as unknown[];
    expect(phrasings.length).toBeGreaterThanOrEqual(2);
    for (const phrasing of phrasings)
      expect(typeof phrasing === 'string' && phrasing.trim().length > 0).toBe(true);
  });
});
