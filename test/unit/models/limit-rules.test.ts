import {
  formatUsage,
  intentAndTypeCount,
  intentCount,
  limitUsage,
  MAX_INTENTS,
  MAX_INTENTS_AND_TYPES,
  MAX_MODEL_BYTES,
  MAX_SLOT_VALUES,
  MAX_VALUE_CHARS,
  modelSize,
  slotValueCount,
} from '../../../tools/models/rules/limits';
import { typeValues } from '../../../tools/models/rules/slots';
import { lintLines, validModel } from './fixture';

const GB = 'models/en-GB.json';

/** A custom slot type with `count` values and no synonyms. */
const typeWith = (name: string, count: number) => ({
  name,
  values: Array.from({ length: count }, (_, i) => ({
    id: `V${i}`,
    name: { value: `value ${i}`, synonyms: [] },
  })),
});

describe('limit-model-size: 1.5 MB per model', () => {
  it('fails a model one byte over, passes one at the limit', () => {
    expect(lintLines(validModel(), [modelSize], { bytes: MAX_MODEL_BYTES + 1 })).toEqual([
      `${GB}: model: is ${MAX_MODEL_BYTES + 1} bytes; Alexa accepts at most ${MAX_MODEL_BYTES}`,
    ]);
    expect(lintLines(validModel(), [modelSize], { bytes: MAX_MODEL_BYTES })).toEqual([]);
  });
});

describe('limit-intents: 250 intents', () => {
  it('fails the 251st intent', () => {
    const model = validModel((m) => {
      while (m.intents.length <= MAX_INTENTS)
        m.intents.push({ name: `Intent${m.intents.length}`, samples: [] });
    });
    expect(lintLines(model, [intentCount])).toEqual([
      `${GB}: model: has 251 intents; Alexa accepts at most 250`,
    ]);
    model.intents.pop();
    expect(lintLines(model, [intentCount])).toEqual([]);
  });
});

describe('limit-intents-and-types: 350 intents and slot types together', () => {
  it('fails one over, passes at the limit', () => {
    const model = validModel((m) => {
      while (m.intents.length + m.types.length <= MAX_INTENTS_AND_TYPES)
        m.types.push({ name: `TYPE${m.types.length}`, values: [] });
    });
    expect(lintLines(model, [intentAndTypeCount])).toEqual([
      `${GB}: model: has 351 intents and slot types; Alexa accepts at most 350`,
    ]);
    model.types.pop();
    expect(lintLines(model, [intentAndTypeCount])).toEqual([]);
  });
});

describe('limit-slot-values: 50,000 custom values and synonyms', () => {
  it('counts values and synonyms across every type', () => {
    const model = validModel((m) => {
      const existing = m.types.reduce(
        (n, t) => n + t.values.reduce((k, v) => k + 1 + v.name.synonyms.length, 0),
        0,
      );
      m.types.push(typeWith('BIG', MAX_SLOT_VALUES - existing), typeWith('ONE_MORE', 1));
    });
    expect(lintLines(model, [slotValueCount])).toEqual([
      `${GB}: model: has 50001 custom slot values and synonyms; Alexa accepts at most 50000`,
    ]);
    model.types.pop();
    expect(lintLines(model, [slotValueCount])).toEqual([]);
  });
});

describe('value length: 140 characters per value or synonym', () => {
  it('fails a synonym one character over, passes one at the limit', () => {
    const at = 'a'.repeat(MAX_VALUE_CHARS);
    const model = validModel((m) =>
      m.types.push({
        name: 'LONG',
        values: [{ id: 'L', name: { value: 'long', synonyms: [at, `${at}b`] } }],
      }),
    );
    expect(lintLines(model, [typeValues])).toEqual([
      `${GB}: type LONG: synonym "${at}b" is longer than 140 characters`,
    ]);
  });
});

describe('limit usage', () => {
  it('reports what a model uses of each limit', () => {
    const lines = limitUsage(validModel(), 1024).map(formatUsage);
    expect(lines).toEqual([
      'model size 1,024 / 1,572,864 bytes (0 %)',
      'intents 5 / 250 intents (2 %)',
      'intents and slot types 6 / 350 intents and types (2 %)',
      'slot values and synonyms 5 / 50,000 values (0 %)',
      'longest slot value 10 / 140 characters (7 %)',
    ]);
  });
});
