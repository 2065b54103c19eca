/** Rules on sample utterances. */
import { characterProblem, isBuiltIn, normalize, shape, slotsIn, wordsOf } from './text';
import type { Issue, Rule } from './types';

/** Custom intents need at least this many distinct phrasings (project rule, issue 6). */
export const MIN_CUSTOM_SAMPLES = 20;

/** Longest sample, in characters (project rule: a longer one is not something people say). */
export const MAX_SAMPLE_CHARS = 200;

/** Words that wake Alexa: a sample never starts with one. */
const WAKE_WORDS = new Set(['alexa', 'amazon', 'echo', 'computer']);

/** A slot reference Alexa accepts: `{name}`, letters and underscores. */
const VALID_SLOT = /\{[A-Za-z][A-Za-z_]*\}/g;

const at = (intent: string) => `intent ${intent}`;

/** Characters Alexa rejects, slot syntax it rejects, capitals, digits, stray spaces, overlong samples. */
export const sampleCharacters: Rule = {
  name: 'sample-characters',
  check(model) {
    return model.intents.flatMap((intent) =>
      intent.samples.flatMap((sample): Issue[] => {
        const withoutSlots = sample.replace(VALID_SLOT, 'slot');
        if (/[{}]/.test(withoutSlots))
          return [
            { where: at(intent.name), message: `sample "${sample}" has a malformed slot: write {slotName}` },
          ];
        const problem = characterProblem(withoutSlots, 'sample');
        if (problem) return [{ where: at(intent.name), message: `sample "${sample}" ${problem}` }];
        if (sample.length > MAX_SAMPLE_CHARS)
          return [
            {
              where: at(intent.name),
              message: `sample "${sample}" is longer than ${MAX_SAMPLE_CHARS} characters`,
            },
          ];
        return [];
      }),
    );
  },
};

/** The same sample twice in one intent. */
export const sampleRepeated: Rule = {
  name: 'sample-repeated',
  check(model) {
    return model.intents.flatMap((intent) => {
      const seen = new Set<string>();
      const issues: Issue[] = [];
      for (const sample of intent.samples) {
        const key = normalize(sample);
        if (seen.has(key)) issues.push({ where: at(intent.name), message: `sample "${sample}" is repeated` });
        seen.add(key);
      }
      return issues;
    });
  },
};

/**
 * The same sample in two intents, slots compared by their type: "make it {count}" (a number) and
 * "make it {day}" (a date) can be told apart by what fills the slot; "i rested {when}" and "i
 * rested {day}" (both dates) cannot.
 */
export const sampleConflict: Rule = {
  name: 'sample-conflict',
  check(model) {
    const owner = new Map<string, string>();
    const issues: Issue[] = [];
    for (const intent of model.intents) {
      const types = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
      const shapeOf = (sample: string) => shape(sample, (slot) => types.get(slot));
      for (const key of new Set(intent.samples.map(shapeOf))) {
        const other = owner.get(key);
        if (other === undefined) owner.set(key, intent.name);
        else {
          const sample = intent.samples.find((s) => shapeOf(s) === key) ?? key;
          issues.push({ where: at(intent.name), message: `sample "${sample}" is also in ${other}` });
        }
      }
    }
    return issues;
  },
};

/** Slots in samples must be declared; declared slots must be used; a free-form phrase slot needs words around it. */
export const sampleSlots: Rule = {
  name: 'sample-slots',
  check(model) {
    return model.intents.flatMap((intent) => {
      const declared = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
      const used = new Set<string>();
      const issues: Issue[] = [];
      for (const sample of intent.samples) {
        const names = slotsIn(sample);
        for (const name of names) {
          used.add(name);
          if (!declared.has(name))
            issues.push({
              where: at(intent.name),
              message: `sample "${sample}" uses {${name}}, which the intent does not declare`,
            });
        }
        if (new Set(names).size !== names.length)
          issues.push({ where: at(intent.name), message: `sample "${sample}" uses a slot twice` });
        if (wordsOf(sample).length === 0 && names.some((name) => declared.get(name) === 'AMAZON.SearchQuery'))
          issues.push({
            where: at(intent.name),
            message: `sample "${sample}" is only an AMAZON.SearchQuery slot: add a carrier phrase`,
          });
      }
      for (const name of declared.keys())
        if (!used.has(name))
          issues.push({
            where: at(intent.name),
            message: `slot {${name}} is declared but no sample uses it`,
          });
      return issues;
    });
  },
};

/**
 * A sample is what follows "ask run coach to …": it never holds the invocation name, and never
 * starts with a wake word.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/understanding-how-users-invoke-custom-skills.html
 */
export const sampleInvocation: Rule = {
  name: 'sample-invocation',
  check(model) {
    const name = normalize(model.invocationName);
    return model.intents.flatMap((intent) =>
      intent.samples.flatMap((sample): Issue[] => {
        const words = wordsOf(sample);
        if (` ${words.join(' ')} `.includes(` ${name} `))
          return [
            { where: at(intent.name), message: `sample "${sample}" contains the invocation name "${name}"` },
          ];
        if (WAKE_WORDS.has(words[0] ?? ''))
          return [
            {
              where: at(intent.name),
              message: `sample "${sample}" starts with the wake word "${words[0] ?? ''}"`,
            },
          ];
        return [];
      }),
    );
  },
};

/** Custom intents need enough distinct natural phrasings for Alexa to recognise them. */
export const sampleCount: Rule = {
  name: 'sample-count',
  check(model) {
    return model.intents
      .filter((intent) => !isBuiltIn(intent.name))
      .flatMap((intent): Issue[] => {
        const distinct = new Set(intent.samples.map(normalize)).size;
        return distinct >= MIN_CUSTOM_SAMPLES
          ? []
          : [
              {
                where: at(intent.name),
                message: `has ${distinct} distinct samples; custom intents need at least ${MIN_CUSTOM_SAMPLES}`,
              },
            ];
      });
  },
};
