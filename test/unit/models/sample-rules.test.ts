import {
  sampleCharacters,
  sampleConflict,
  sampleCount,
  sampleInvocation,
  sampleRepeated,
  sampleSlots,
} from '../../../tools/models/rules/samples';
import { intentOf, lintLines, validModel } from './fixture';

const GB = 'models/en-GB.json';

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
