/**
 * How the resolver reads a model the way Alexa does: slot names as written, samples made only of
 * slots, known slot values weighed like a sample's own words, launch words, spans of days.
 */
import { parseModel } from '../../../tools/console/model';
import { createResolver } from '../../../tools/console/resolver';
import { SampleIndex } from '../../../tools/console/resolver/sample-index';
import { THURSDAY } from './fixture';

const model = parseModel({
  interactionModel: {
    languageModel: {
      invocationName: 'run coach',
      intents: [
        { name: 'AMAZON.FallbackIntent', samples: [] },
        {
          name: 'StartRoutineIntent',
          slots: [
            { name: 'kind', type: 'RoutineKind' },
            { name: 'style', type: 'RoutineStyle' },
          ],
          samples: ['{style}', 'a {kind}', 'play {kind}', 'start my {kind} now'],
        },
        { name: 'StretchIntent', samples: ['stretches'] },
        {
          name: 'BackPainIntent',
          slots: [
            { name: 'bodyPart', type: 'BodyPart' },
            { name: 'painWord', type: 'PainWord' },
          ],
          samples: ['my {bodyPart} {painWord}', '{bodyPart} {painWord}'],
        },
        {
          name: 'BackFeelsIntent',
          slots: [{ name: 'feeling', type: 'BackFeeling' }],
          samples: ['{feeling}'],
        },
        { name: 'DayAnswerIntent', slots: [{ name: 'date', type: 'AMAZON.DATE' }], samples: ['{date}'] },
      ],
      types: [
        { name: 'RoutineKind', values: [{ id: 'warmup', name: { value: 'warm up', synonyms: ['warmup'] } }] },
        {
          name: 'RoutineStyle',
          values: [
            { id: 'yoga', name: { value: 'yoga', synonyms: ['gentle yoga'] } },
            { id: 'stretch', name: { value: 'stretch', synonyms: ['stretches'] } },
          ],
        },
        { name: 'BodyPart', values: [{ id: 'BACK', name: { value: 'back', synonyms: ["back's"] } }] },
        { name: 'PainWord', values: [{ id: 'SORE', name: { value: 'sore', synonyms: ['a bit sore'] } }] },
        {
          name: 'BackFeeling',
          values: [{ id: 'BETTER', name: { value: 'better', synonyms: ['a bit better'] } }],
        },
      ],
    },
  },
});
const resolver = createResolver(model, { now: () => THURSDAY });
const filled = (utterance: string) => {
  const intent = resolver.resolveIntent(utterance);
  return [
    intent.name,
    Object.fromEntries(
      intent.slots.flatMap((s) => (s.filled ? [[s.name, s.filled.resolution?.id ?? s.filled.value]] : [])),
    ),
  ];
};

describe('slot names', () => {
  it('keep their case, as the model writes them', () => {
    expect(filled('my back a bit sore')).toEqual(['BackPainIntent', { bodyPart: 'BACK', painWord: 'SORE' }]);
  });
});

describe('a sample made only of slots', () => {
  it('matches values its types know', () => {
    expect(filled('gentle yoga')).toEqual(['StartRoutineIntent', { style: 'yoga' }]);
    expect(filled("back's sore")).toEqual(['BackPainIntent', { bodyPart: 'BACK', painWord: 'SORE' }]);
  });

  it('does not take words its types do not know: those are the fallback', () => {
    expect(filled('order more protein bars')).toEqual(['AMAZON.FallbackIntent', {}]);
    expect(filled('hips sore')).toEqual(['AMAZON.FallbackIntent', {}]);
  });

  it('still lets a sample with its own words take unknown values, as Alexa does', () => {
    expect(filled('start my jog now')).toEqual(['StartRoutineIntent', { kind: 'jog' }]);
  });

  it('lets unknown words fill a slot only while the sample accounts for more of the words', () => {
    expect(filled('play music')).toEqual(['AMAZON.FallbackIntent', {}]);
    expect(filled('start my long slow jog now')).toEqual(['AMAZON.FallbackIntent', {}]);
  });
});

describe('choosing between samples', () => {
  it("weighs words of a known slot value like a sample's own words", () => {
    // "a {kind}" has one word of its own and an unknown kind; "{feeling}" knows all three words.
    expect(filled('a bit better')).toEqual(['BackFeelsIntent', { feeling: 'BETTER' }]);
    expect(filled('this weekend')).toEqual(['DayAnswerIntent', { date: '2026-W48-WE' }]);
  });

  it("prefers the sample's own words when both account for every word", () => {
    expect(filled('stretches')).toEqual(['StretchIntent', {}]);
  });
});

describe('launch words', () => {
  it('"talk to" opens the skill, as "open" does', () => {
    expect(resolver.resolve('talk to run coach')).toEqual({ kind: 'launch' });
    expect(resolver.resolve('alexa talk to run coach')).toEqual({ kind: 'launch' });
  });
});

describe('dates', () => {
  it('fills "the weekend" as the weekend of this week', () => {
    expect(filled('the weekend')).toEqual(['DayAnswerIntent', { date: '2026-W48-WE' }]);
    expect(filled('weekend')).toEqual(['DayAnswerIntent', { date: '2026-W48-WE' }]);
  });
});

describe('SampleIndex', () => {
  const tokens = (sample: string) => sample.split(' ').map((w) => (/^\{(.+)\}$/.exec(w) ? { slot: w } : w));
  const samples = [
    'my {a} hurts',
    '{a} hurts',
    'my {a}',
    '{a}',
    'your {a} hurts',
    '{a} is {b}',
    'my back',
  ].map((text, order) => ({ order, text, tokens: tokens(text) }));
  const index = new SampleIndex(samples);
  const texts = (utterance: string) => index.candidates(utterance.split(' ')).map((s) => s.text);

  it('offers, in model order, only samples whose first and last words and literal words fit', () => {
    expect(texts('my knee hurts')).toEqual(['my {a} hurts', '{a} hurts', 'my {a}', '{a}']);
    expect(texts('my back')).toEqual(['my {a}', '{a}', 'my back']);
    expect(texts('the knee is sore')).toEqual(['{a}', '{a} is {b}']);
  });
});
