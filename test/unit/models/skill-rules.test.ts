import { intentHandlers, invocationName } from '../../../tools/models/rules/skill';
import { HANDLED, lintLines, validModel } from './fixture';

const GB = 'models/en-GB.json';

describe('the valid synthetic model', () => {
  it('passes every rule', () => {
    expect(lintLines(validModel())).toEqual([]);
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
