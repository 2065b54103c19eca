import { createI18n, speechFor } from '../../../lambda/speech/i18n';
import { resources, SUPPORTED_LOCALES } from '../../../lambda/speech/locales';
import { MESSAGE_KEYS } from '../../../lambda/speech/messages';
import { allResources, LOCALE_FALLBACKS, regional } from '../../../lambda/speech/locales/regional';
import { launchRequest } from '../../../harness/envelopes';
import { skillUnderTest } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';

function messages(tree: unknown, path: string[] = []): [string, unknown][] {
  if (Array.isArray(tree) || typeof tree !== 'object' || tree === null) return [[path.join('.'), tree]];
  return Object.entries(tree).flatMap(([key, value]) => messages(value, [...path, key]));
}

/** `namespace:key` for every message of a language's resources. */
function keysOf(language: unknown): string[] {
  return messages(language).map(([path]) => path.replace('.', ':'));
}

const english = messages(resources.en);
const overrides = Object.entries(regional).flatMap(([locale, language]) =>
  messages(language).map(([path, value]): [string, string, unknown] => [locale, path, value]),
);

describe('locale resources', () => {
  it('has messages', () => {
    expect(english.length).toBeGreaterThan(5);
  });

  it.each([...english, ...overrides.map(([locale, path, value]) => [`${locale} ${path}`, value])])(
    '%s has several phrasings, all non-empty text',
    (_key, value) => {
      expect(Array.isArray(value)).toBe(true);
      const phrasings = value as unknown[];
      expect(phrasings.length).toBeGreaterThanOrEqual(2);
      for (const phrasing of phrasings)
        expect(typeof phrasing === 'string' && phrasing.trim().length > 0).toBe(true);
    },
  );

  it('answers in the five English locales', () => {
    expect([...SUPPORTED_LOCALES].sort()).toEqual(['en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US']);
  });

  it('has override files only for supported locales, falling back only to loaded languages', () => {
    for (const locale of Object.keys(regional)) expect(SUPPORTED_LOCALES).toContain(locale);
    for (const chain of Object.values(LOCALE_FALLBACKS))
      for (const language of chain) expect(Object.keys(allResources)).toContain(language);
  });

  it.each(overrides.map(([locale, path]) => [locale, path.replace('.', ':')]))(
    '%s overrides %s, a key that exists in en',
    (_locale, key) => {
      expect(keysOf(resources.en)).toContain(key);
    },
  );

  it.each(SUPPORTED_LOCALES)('%s has every message key (after fallback)', (locale) => {
    const speech = speechFor(createI18n(), locale, () => 0);
    expect(speech.locale).toBe(locale);
    expect(MESSAGE_KEYS).toEqual(keysOf(resources.en));
    for (const key of MESSAGE_KEYS)
      expect(speech.text({ kind: 'message', key, vars: {} }).length).toBeGreaterThan(0);
  });

  it('an override replaces its phrasings and overrides nothing else', () => {
    const i18n = createI18n();
    const us = speechFor(i18n, 'en-US', () => 0);
    const gb = speechFor(i18n, 'en-GB', () => 0);
    expect(gb.say('conversation:welcomeFirst')).not.toBe(us.say('conversation:welcomeFirst'));
    expect(gb.say('conversation:goodbye')).toBe(us.say('conversation:goodbye'));
  });
});

/** Every phrasing a locale can say for each `en` key, after its fallback chain. */
function phrasingsOf(locale: string): [string, string[]][] {
  const chain = [locale, ...(LOCALE_FALLBACKS[locale] ?? LOCALE_FALLBACKS.default ?? [])];
  return keysOf(resources.en).map((key) => {
    const [namespace = '', path = ''] = key.split(':');
    for (const language of chain) {
      const found = messages(allResources[language]?.[namespace] ?? {}).find(([p]) => p === path)?.[1];
      if (Array.isArray(found)) return [key, found as string[]];
    }
    return [key, []];
  });
}

describe('regional wording in every namespace', () => {
  it.each(['en-GB', 'en-AU', 'en-CA', 'en-IN'])(
    '%s never says "physical therapist" (routines, rest days and tips included)',
    (locale) => {
      const said = phrasingsOf(locale).filter(([, list]) => list.some((p) => /physical therapist/.test(p)));
      expect(said.map(([key]) => key)).toEqual([]);
    },
  );

  it.each(['en-GB', 'en-AU', 'en-IN'])('%s says "towards", not "toward"', (locale) => {
    const said = phrasingsOf(locale).filter(([, list]) => list.some((p) => /\btoward\b/.test(p)));
    expect(said.map(([key]) => key)).toEqual([]);
  });

  it('en-US keeps its own words', () => {
    const pain = phrasingsOf('en-US').find(([key]) => key === 'routines:pain')?.[1] ?? [];
    expect(pain.every((p) => p.includes('physical therapist'))).toBe(true);
  });
});

describe('locale-aware speech', () => {
  const firstWelcome = async (locale: string) => spoken(await skillUnderTest()(launchRequest({ locale })));

  it.each([
    ['en-US', /see your doctor or physical therapist/],
    ['en-GB', /see your doctor or physio /],
    ['en-AU', /see your doctor or physio /],
    ['en-CA', /see your doctor or physiotherapist/],
    ['en-IN', /see your doctor or physiotherapist/],
  ])('the %s disclaimer uses the local word for a physical therapist', async (locale, wording) => {
    expect(await firstWelcome(locale)).toMatch(wording);
  });

  it('answers an unsupported locale in US English', async () => {
    expect(await firstWelcome('fr-FR')).toMatch(/physical therapist/);
  });
});
