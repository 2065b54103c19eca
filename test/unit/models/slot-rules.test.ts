import { slotTypeKnown, typeUsed, typeValues } from '../../../tools/models/rules/slots';
import { intentOf, lintLines, validModel } from './fixture';

const GB = 'models/en-GB.json';

describe('slot-type-known: slot types exist', () => {
  it('fails on an unknown type', () => {
    const model = validModel((m) => {
      const intent = intentOf(m, 'LogRunIntent');
      intent.slots = [{ name: 'date', type: 'AMAZON.DATES' }];
    });
    expect(lintLines(model, [slotTypeKnown])).toEqual([
      `${GB}: intent LogRunIntent: slot {date} has type AMAZON.DATES, which is neither an allowed AMAZON built-in nor declared in types`,
    ]);
  });

  it('passes allowed built-ins and declared custom types', () => {
    expect(lintLines(validModel(), [slotTypeKnown])).toEqual([]);
  });
});

describe('type-values: custom slot type values', () => {
  it('fails on duplicate values, synonyms and ids', () => {
    const model = validModel((m) => {
      const values = m.types[0]?.values ?? [];
      values.push({ id: 'SORE_BACK', name: { value: 'Back Pain', synonyms: ['cramp', 'cramp'] } });
      values.push({ id: 'TIRED_TWO', name: { value: 'worn out', synonyms: ['tired legs', 'sore #1'] } });
    });
    expect(lintLines(model, [typeValues])).toEqual([
      `${GB}: type REST_REASON: id "SORE_BACK" is used by two values`,
      `${GB}: type REST_REASON: value "Back Pain" is repeated in value SORE_BACK`,
      `${GB}: type REST_REASON: synonym "cramp" is repeated in value SORE_BACK`,
      `${GB}: type REST_REASON: synonym "tired legs" of value TIRED_TWO is also a value or synonym of TIRED`,
      `${GB}: type REST_REASON: synonym "sore #1" has digits: spell numbers out ("twenty", not "20")`,
    ]);
  });

  it('fails on a type declared twice, and on values longer than Alexa accepts', () => {
    const model = validModel((m) => {
      m.types.push({
        name: 'REST_REASON',
        values: [{ id: 'LONG', name: { value: 'very '.repeat(30).trim(), synonyms: [] } }],
      });
    });
    expect(lintLines(model, [typeValues])).toEqual([
      `${GB}: type REST_REASON: is declared twice`,
      `${GB}: type REST_REASON: value "${'very '.repeat(30).trim()}" is longer than 140 characters`,
    ]);
  });

  it('passes distinct values and synonyms', () => {
    expect(lintLines(validModel(), [typeValues])).toEqual([]);
  });
});

describe('type-used: declared types are used', () => {
  it('warns about an unused custom type', () => {
    const model = validModel((m) =>
      m.types.push({ name: 'SHOE', values: [{ id: 'A', name: { value: 'sneakers', synonyms: [] } }] }),
    );
    expect(lintLines(model, [typeUsed])).toEqual([
      `warning: ${GB}: type SHOE: is declared but no slot uses it`,
    ]);
  });

  it('passes used types', () => {
    expect(lintLines(validModel(), [typeUsed])).toEqual([]);
  });
});
