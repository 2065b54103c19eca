import { buildModel, INVOCATION_NAME, mergeIntents } from '../../../models/source';
import { restdays } from '../../../models/source/restdays';
import { tips } from '../../../models/source/tips';
import { HANDLED_INTENTS } from '../../../lambda/skill';

const custom = [...restdays.intents, ...tips.intents].filter((i) => !i.name.startsWith('AMAZON.'));

describe('the rest-day and tips model fragments', () => {
  it.each(custom.map((i) => [i.name, i] as const))('%s has at least 20 distinct samples', (_name, intent) => {
    expect(new Set(intent.samples).size).toBe(intent.samples.length);
    expect(intent.samples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(custom.map((i) => [i.name, i] as const))(
    '%s samples use only declared slots and never the invocation name',
    (_name, intent) => {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of intent.samples) {
        expect(sample).not.toContain(INVOCATION_NAME);
        expect(sample).toMatch(/^[a-z' {}]+$/);
        for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) expect(declared.has(slot ?? '')).toBe(true);
      }
    },
  );

  it('no sample belongs to two intents', () => {
    const model = buildModel('en-US').interactionModel.languageModel;
    const samples = model.intents.flatMap((i) => i.samples);
    expect(new Set(samples).size).toBe(samples.length);
  });

  it('every custom slot value has an id and the TipTopic type has synonyms', () => {
    const type = tips.types?.find((t) => t.name === 'TipTopic');
    expect(type?.values.every((v) => v.id && (v.synonyms?.length ?? 0) > 0)).toBe(true);
  });

  it('the model has each intent once, and exactly the handled ones', () => {
    const names = buildModel('en-US').interactionModel.languageModel.intents.map((i) => i.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...HANDLED_INTENTS].sort());
  });

  it('merges intents listed by several capabilities', () => {
    expect(
      mergeIntents([
        { name: 'AMAZON.YesIntent', samples: [] },
        { name: 'AMAZON.YesIntent', samples: ['sure'] },
      ]),
    ).toEqual([{ name: 'AMAZON.YesIntent', samples: ['sure'] }]);
  });
});
