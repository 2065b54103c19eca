import { buildModel, FRAGMENTS, LOCALES, type InteractionModel } from '../../../models/source';
import { conversation } from '../../../models/source/conversation';
import { alternativesOf, rewrite } from '../../../models/source/localize';
import { LOCALE_WORDS } from '../../../models/source/regional';
import type { ModelFragment } from '../../../models/source/types';
import { conversationIntents } from '../../../lambda/conversation/intents';
import { formatFinding, lintModel } from '../../../tools/models/rules';
import { phrasings } from './fixture';

/** A capability's fragment as another branch would add it: US spelling, a custom type, locale extras. */
const shoes: ModelFragment = {
  intents: [
    {
      name: 'ShoeCheckIntent',
      slots: [{ name: 'shoe', type: 'SHOE' }],
      samples: [
        ...phrasings('check my sneakers', 18),
        'are my {shoe} worn out',
        'are my sneakers worn out',
        'are my trainers worn out',
        'start my favorite program',
      ],
      localeSamples: { 'en-GB': ['have my trainers had it', 'are my trainers knackered'] },
    },
  ],
  types: [
    {
      name: 'SHOE',
      values: [
        { id: 'ROAD', value: 'road sneakers', synonyms: ['road shoes', 'road trainers'] },
        { id: 'TRAIL', value: 'trail shoes', localeSynonyms: { 'en-AU': ['trail runners'] } },
      ],
    },
  ],
};

const languageModel = (model: InteractionModel) => model.interactionModel.languageModel;
const samplesOf = (model: InteractionModel, intent: string) =>
  languageModel(model).intents.find((i) => i.name === intent)?.samples ?? [];

describe('rewrite', () => {
  it('rewrites whole words and phrases, never slot names or parts of words', () => {
    const words = { favorite: 'favourite', program: 'programme', 'physical therapist': 'physio' };
    expect(rewrite('my favorite {program} program', words)).toBe('my favourite {program} programme');
    expect(rewrite('programs and programming', words)).toBe('programs and programming');
    expect(rewrite('ask my physical therapist', words)).toBe('ask my physio');
  });
});

describe('alternativesOf', () => {
  it('gives the other ways a locale says a phrase, outside slots', () => {
    const alternatives = { 'on the weekend': ['at the weekend'], 'two weeks ago': ['a fortnight ago'] };
    expect(alternativesOf('i rested on the weekend', alternatives)).toEqual(['i rested at the weekend']);
    expect(alternativesOf('i ran {two} weeks ago', alternatives)).toEqual([]);
    expect(alternativesOf('i rested today', alternatives)).toEqual([]);
  });
});

/** Rest-day style phrasing with dates, as the rest-day branch would write it. */
const rest: ModelFragment = {
  intents: [
    {
      name: 'RestLogIntent',
      slots: [
        { name: 'when', type: 'AMAZON.DATE' },
        { name: 'span', type: 'SPAN' },
      ],
      samples: [
        ...phrasings('i rested', 17),
        'i rested on the weekend',
        'log rest two weeks ago',
        'i took {when} off',
        'how often did i rest {span}',
      ],
    },
  ],
  types: [{ name: 'SPAN', values: [{ id: 'FORTNIGHT', value: 'the past two weeks' }] }],
};

describe('buildModel', () => {
  it('adds date phrasing for British, Australian and Indian English, keeping the US phrasing', () => {
    const gb = samplesOf(buildModel('en-GB', [rest]), 'RestLogIntent');
    expect(gb).toEqual(
      expect.arrayContaining([
        'i rested on the weekend',
        'i rested at the weekend',
        'log rest a fortnight ago',
      ]),
    );
    expect(samplesOf(buildModel('en-IN', [rest]), 'RestLogIntent')).toContain('log rest a fortnight ago');
    expect(samplesOf(buildModel('en-US', [rest]), 'RestLogIntent')).not.toContain('log rest a fortnight ago');
    expect(samplesOf(buildModel('en-CA', [rest]), 'RestLogIntent')).not.toContain('i rested at the weekend');
  });

  it('adds date phrasing to slot values as synonyms', () => {
    expect(languageModel(buildModel('en-AU', [rest])).types[0]?.values).toEqual([
      { id: 'FORTNIGHT', name: { value: 'the past two weeks', synonyms: ['the past fortnight'] } },
    ]);
  });

  it('keeps en-US as written', () => {
    const model = buildModel('en-US', [shoes]);
    expect(samplesOf(model, 'ShoeCheckIntent')).toEqual(shoes.intents[0]?.samples);
  });

  it('rewrites spelling and vocabulary for en-GB, adds its samples, and drops what the rewrite duplicated', () => {
    const samples = samplesOf(buildModel('en-GB', [shoes]), 'ShoeCheckIntent');
    expect(samples).toContain('check my trainers today');
    expect(samples).toContain('start my favourite programme');
    expect(samples).toContain('are my trainers knackered');
    expect(samples.filter((s) => s === 'are my trainers worn out')).toHaveLength(1);
    expect(samples.join(' ')).not.toMatch(/sneakers|favorite/);
  });

  it('gives each locale its own words: Canada keeps "program", Australia says "runners", India "sports shoes"', () => {
    expect(samplesOf(buildModel('en-CA', [shoes]), 'ShoeCheckIntent')).toContain(
      'start my favourite program',
    );
    expect(samplesOf(buildModel('en-AU', [shoes]), 'ShoeCheckIntent')).toContain('check my runners today');
    expect(samplesOf(buildModel('en-IN', [shoes]), 'ShoeCheckIntent')).toContain(
      'check my sports shoes today',
    );
  });

  it('rewrites slot values, adds locale synonyms, keeps ids, and drops synonyms the rewrite made equal', () => {
    const gb = languageModel(buildModel('en-GB', [shoes])).types[0]?.values;
    expect(gb).toEqual([
      { id: 'ROAD', name: { value: 'road trainers', synonyms: ['road shoes'] } },
      { id: 'TRAIL', name: { value: 'trail shoes', synonyms: [] } },
    ]);
    const au = languageModel(buildModel('en-AU', [shoes])).types[0]?.values;
    expect(au?.[1]).toEqual({ id: 'TRAIL', name: { value: 'trail shoes', synonyms: ['trail runners'] } });
  });

  it('keeps duplicates the source itself has, so the linter reports them', () => {
    const twice: ModelFragment = {
      intents: [{ name: 'AMAZON.HelpIntent', samples: ['help me', 'help me'] }],
    };
    expect(samplesOf(buildModel('en-GB', [twice]), 'AMAZON.HelpIntent')).toEqual(['help me', 'help me']);
  });

  it('adds en-IN phrasings to the built-in help', () => {
    expect(samplesOf(buildModel('en-IN'), 'AMAZON.HelpIntent')).toContain('what all can you do');
    expect(samplesOf(buildModel('en-US'), 'AMAZON.HelpIntent')).not.toContain('what all can you do');
  });

  it.each(LOCALES)("builds a %s model from other branches' fragments that lints clean", (locale) => {
    const model = buildModel(locale, [shoes, rest, conversation]);
    const text = JSON.stringify(model, null, 2);
    const findings = lintModel(
      { file: `models/${locale}.json`, model: languageModel(model), bytes: text.length },
      { handledIntents: [...conversationIntents, 'ShoeCheckIntent', 'RestLogIntent'] },
    );
    expect(findings.map(formatFinding)).toEqual([]);
  });

  it('uses every fragment in FRAGMENTS by default, each intent once', () => {
    const names = languageModel(buildModel('en-GB')).intents.map((i) => i.name);
    expect(names).toEqual([...new Set(FRAGMENTS.flatMap((f) => f.intents.map((i) => i.name)))]);
  });
});

describe('locale word maps', () => {
  it('cover every model locale, and en-US (the source) rewrites nothing', () => {
    expect(Object.keys(LOCALE_WORDS).sort()).toEqual([...LOCALES].sort());
    expect(LOCALE_WORDS['en-US']).toEqual({});
  });

  it.each(Object.entries(LOCALE_WORDS))('%s rewrites to words a sample may hold', (_locale, words) => {
    for (const [from, to] of Object.entries(words)) {
      expect(from).toMatch(/^[a-z][a-z ']*$/);
      expect(to).toMatch(/^[a-z][a-z ']*$/);
    }
  });
});
