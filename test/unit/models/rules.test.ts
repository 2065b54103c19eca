import { intentHandlers, invocationName, sizeLimits, LIMITS } from '../../../tools/models/rules/skill';
import {
  sampleCharacters,
  sampleConflict,
  sampleCount,
  sampleInvocation,
  sampleRepeated,
  sampleSlots,
} from '../../../tools/models/rules/samples';
import { slotTypeKnown, typeUsed, typeValues } from '../../../tools/models/rules/slots';
import { HANDLED, intentOf, lintLines, validModel } from '../../helpers/models';

const GB = 'models/en-GB.json';

describe('the valid synthetic model', () => {
  it('passes every rule', () => {
    expect(lintLines(validModel())).toEqual([]);
  });
});

describe('sample-conflict: the same sample in two intents', () => {
  it('names both intents, after slot normalization', () => {
    const model = validModel((m) => {
      intentOf(m, 'RestDayLogIntent').samples.push('i ran today');
      intentOf(m, 'RestDayLogIntent').samples.push('i went for a run {when}');
    });
    expect(lintLines(model, [sampleConflict])).toEqual([
      `${GB}: intent RestDayLogIntent: sample "i ran today" is also in LogRunIntent`,
      `${GB}: intent RestDayLogIntent: sample "i went for a run {when}" is also in LogRunIntent`,
    ]);
  });

  it('compares without case or extra spaces', () => {
    const model = validModel((m) => intentOf(m, 'AMAZON.StopIntent').samples.push('What  can you do'));
    expect(lintLines(model, [sampleConflict])).toEqual([
      `${GB}: intent AMAZON.StopIntent: sample "What  can you do" is also in AMAZON.HelpIntent`,
    ]);
  });

  it('passes distinct samples', () => {
    expect(lintLines(validModel(), [sampleConflict])).toEqual([]);
  });
});

describe('sample-repeated: a sample twice in one intent', () => {
  it('fails on the repeat', () => {
    const model = validModel((m) => intentOf(m, 'LogRunIntent').samples.push('i ran today'));
    expect(lintLines(model, [sampleRepeated])).toEqual([
      `${GB}: intent LogRunIntent: sample "i ran today" is repeated`,
    ]);
  });

  it('passes distinct samples', () => {
    expect(lintLines(validModel(), [sampleRepeated])).toEqual([]);
  });
});

describe('sample-slots: slots in samples against the declared slots', () => {
  it('fails on an undeclared slot', () => {
    const model = validModel((m) => intentOf(m, 'LogRunIntent').samples.push('i ran {distance}'));
    expect(lintLines(model, [sampleSlots])).toEqual([
      `${GB}: intent LogRunIntent: sample "i ran {distance}" uses {distance}, which the intent does not declare`,
    ]);
  });

  it('fails on a declared slot no sample uses', () => {
    const model = validModel((m) =>
      intentOf(m, 'LogRunIntent').slots?.push({ name: 'pace', type: 'AMAZON.NUMBER' }),
    );
    expect(lintLines(model, [sampleSlots])).toEqual([
      `${GB}: intent LogRunIntent: slot {pace} is declared but no sample uses it`,
    ]);
  });

  it('fails on a sample that is only a free-form phrase slot', () => {
    const model = validModel((m) => {
      const intent = intentOf(m, 'LogRunIntent');
      intent.slots?.push({ name: 'note', type: 'AMAZON.SearchQuery' });
      intent.samples.push('{note}', 'note that {note}');
    });
    expect(lintLines(model, [sampleSlots])).toEqual([
      `${GB}: intent LogRunIntent: sample "{note}" is only an AMAZON.SearchQuery slot: add a carrier phrase`,
    ]);
  });

  it('passes when every slot is declared and used', () => {
    expect(lintLines(validModel(), [sampleSlots])).toEqual([]);
  });
});

describe('sample-characters: what Alexa accepts in a sample', () => {
  it.each([
    ['should i run today?', 'has "?": only letters, spaces, . \' and - are allowed'],
    ['i ran 5 miles', 'has digits: spell numbers out ("twenty", not "20")'],
    ['I ran', 'has capitals: write samples in lower case'],
    ['i  ran far', 'has extra spaces'],
    ['i ran {date|when}', 'has a malformed slot: write {slotName}'],
    ['i ran {date', 'has a malformed slot: write {slotName}'],
  ])('fails on "%s"', (sample, problem) => {
    const model = validModel((m) => intentOf(m, 'LogRunIntent').samples.push(sample));
    expect(lintLines(model, [sampleCharacters])).toEqual([
      `${GB}: intent LogRunIntent: sample "${sample}" ${problem}`,
    ]);
  });

  it('accepts apostrophes, hyphens, abbreviation periods and slots', () => {
    const model = validModel((m) =>
      intentOf(m, 'LogRunIntent').samples.push("i've done my warm-up at six a. m. {date}"),
    );
    expect(lintLines(model, [sampleCharacters])).toEqual([]);
  });

  it('fails on an overlong sample', () => {
    const long = `i ran ${'and ran '.repeat(30)}`.trim();
    const model = validModel((m) => intentOf(m, 'LogRunIntent').samples.push(long));
    expect(lintLines(model, [sampleCharacters])).toEqual([
      `${GB}: intent LogRunIntent: sample "${long}" is longer than 200 characters`,
    ]);
  });
});

describe('sample-invocation: samples follow "ask run coach to …"', () => {
  it('fails on a sample holding the invocation name', () => {
    const model = validModel((m) => intentOf(m, 'LogRunIntent').samples.push('ask run coach to log a run'));
    expect(lintLines(model, [sampleInvocation])).toEqual([
      `${GB}: intent LogRunIntent: sample "ask run coach to log a run" contains the invocation name "run coach"`,
    ]);
  });

  it('fails on a sample starting with the wake word', () => {
    const model = validModel((m) => intentOf(m, 'AMAZON.StopIntent').samples.push('alexa stop it'));
    expect(lintLines(model, [sampleInvocation])).toEqual([
      `${GB}: intent AMAZON.StopIntent: sample "alexa stop it" starts with the wake word "alexa"`,
    ]);
  });

  it('passes samples that merely share a word with the name', () => {
    expect(lintLines(validModel(), [sampleInvocation])).toEqual([]);
  });
});

describe('sample-count: custom intents need twenty distinct phrasings', () => {
  it('fails a custom intent with fewer', () => {
    const model = validModel((m) => {
      intentOf(m, 'LogRunIntent').samples = ['i ran today', 'i ran today', 'i went for a run {date}'];
    });
    expect(lintLines(model, [sampleCount])).toEqual([
      `${GB}: intent LogRunIntent: has 2 distinct samples; custom intents need at least 20`,
    ]);
  });

  it('does not ask it of built-in intents', () => {
    expect(lintLines(validModel(), [sampleCount])).toEqual([]);
  });
});

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
        values: [{ id: 'LONG', name: { value: 'very '.repeat(30).trim() } }],
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
      m.types.push({ name: 'SHOE', values: [{ id: 'A', name: { value: 'sneakers' } }] }),
    );
    expect(lintLines(model, [typeUsed])).toEqual([
      `warning: ${GB}: type SHOE: is declared but no slot uses it`,
    ]);
  });

  it('passes used types', () => {
    expect(lintLines(validModel(), [typeUsed])).toEqual([]);
  });
});

describe('invocation-name: Alexa invocation name requirements', () => {
  it.each([
    ['coach', ['must have at least two words']],
    ['Run Coach', ['must be lower-case letters, single spaces, apostrophes and periods only']],
    ['run coach 2', ['must be lower-case letters, single spaces, apostrophes and periods only']],
    ['the coach', ['a two-word name must not use an article, preposition or pronoun']],
    ['ask run coach', ['must not contain the launch word "ask"']],
    ['coach from home', ['must not contain the connecting word "from"']],
    ['alexa run coach', ['must not contain the wake word "alexa"']],
  ])('fails "%s"', (name, problems) => {
    const model = validModel((m) => {
      m.invocationName = name;
    });
    expect(lintLines(model, [invocationName])).toEqual(
      problems.map((problem) => `${GB}: invocation name "${name}": ${problem}`),
    );
  });

  it.each(['run coach', "sam's run coach", 'b. b. c. running'])('passes "%s"', (name) => {
    const model = validModel((m) => {
      m.invocationName = name;
    });
    expect(lintLines(model, [invocationName])).toEqual([]);
  });
});

describe('intent-handlers: the model against the handlers', () => {
  it('fails on an intent without a handler', () => {
    expect(
      lintLines(validModel(), [intentHandlers], { handled: HANDLED.filter((i) => i !== 'LogRunIntent') }),
    ).toEqual([`${GB}: intent LogRunIntent: has no handler (not in HANDLED_INTENTS of lambda/skill.ts)`]);
  });

  it('fails on a handled intent missing from the model', () => {
    expect(lintLines(validModel(), [intentHandlers], { handled: [...HANDLED, 'TipIntent'] })).toEqual([
      `${GB}: intent TipIntent: is handled by the skill but missing from this model`,
    ]);
  });

  it('fails on a missing required built-in, a duplicate and an invalid name', () => {
    const model = validModel((m) => {
      m.intents = m.intents.filter((i) => i.name !== 'AMAZON.CancelIntent');
      m.intents.push({ name: 'LogRunIntent', samples: [] }, { name: 'Log-Run', samples: [] });
    });
    expect(lintLines(model, [intentHandlers], { handled: [...HANDLED.slice(1), 'Log-Run'] })).toEqual([
      `${GB}: intent LogRunIntent: is declared twice`,
      `${GB}: intent Log-Run: has an invalid name: letters and underscores only`,
      `${GB}: intent AMAZON.CancelIntent: is required in every custom skill model`,
    ]);
  });

  it('passes when models and handlers agree', () => {
    expect(lintLines(validModel(), [intentHandlers])).toEqual([]);
  });
});

describe('size-limits: Alexa model limits', () => {
  it('fails a model over the size limit', () => {
    expect(lintLines(validModel(), [sizeLimits], { bytes: LIMITS.modelBytes + 1 })).toEqual([
      `${GB}: model: is ${LIMITS.modelBytes + 1} bytes; Alexa accepts at most ${LIMITS.modelBytes}`,
    ]);
  });

  it('fails a model with too many intents', () => {
    const model = validModel((m) => {
      for (let i = 0; i < 246; i += 1) m.intents.push({ name: `Intent${'X'.repeat(i)}`, samples: [] });
    });
    expect(lintLines(model, [sizeLimits])).toEqual([
      `${GB}: model: has 251 intents; Alexa accepts at most 250`,
    ]);
  });

  it('fails a model with too many intents and slot types together', () => {
    const model = validModel((m) => {
      for (let i = 0; i < 345; i += 1) m.types.push({ name: `TYPE${'X'.repeat(i)}`, values: [] });
    });
    expect(lintLines(model, [sizeLimits])).toEqual([
      `${GB}: model: has 351 intents and slot types; Alexa accepts at most 350`,
    ]);
  });

  it('passes a small model', () => {
    expect(lintLines(validModel(), [sizeLimits])).toEqual([]);
  });
});
