import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, parseModel } from '../../../tools/console/model';
import { createResolver, sampleUtterances, type Resolution } from '../../../tools/console/resolver';
import { FIXTURE_MODEL, THURSDAY } from './fixture';

const resolver = createResolver(FIXTURE_MODEL, { now: () => THURSDAY });

function intentOf(resolution: Resolution) {
  if (resolution.kind !== 'intent') throw new Error(`expected an intent, got ${resolution.kind}`);
  return resolution;
}
const slot = (utterance: string, name: string) =>
  intentOf(resolver.resolve(utterance)).intent.slots.find((s) => s.name === name)?.filled;

describe('launch, one-shot and exit phrases', () => {
  it.each([
    'open run coach',
    'launch run coach',
    'start run coach',
    'Alexa, open Run Coach!',
    'ask run coach',
  ])('"%s" launches the skill', (said) => {
    expect(resolver.resolve(said)).toEqual({ kind: 'launch' });
  });

  it.each([
    ['ask run coach for help', 'AMAZON.HelpIntent'],
    ['ask run coach to log a rest day', 'LogRestDayIntent'],
    ['tell run coach i rested yesterday', 'LogRestDayIntent'],
    ['ask run coach to give me a warm up', 'StartRoutineIntent'],
    ['open run coach and give me a stretch', 'StartRoutineIntent'],
    ['log a rest day using run coach', 'LogRestDayIntent'],
  ])('"%s" is a one-shot %s in a new session', (said, intent) => {
    const resolution = intentOf(resolver.resolve(said));
    expect(resolution.oneShot).toBe(true);
    expect(resolution.intent.name).toBe(intent);
  });

  it.each(['exit', 'quit', 'Alexa, exit'])('"%s" exits', (said) => {
    expect(resolver.resolve(said)).toEqual({ kind: 'exit' });
  });
});

describe('built-in intents', () => {
  it.each([
    ['help', 'AMAZON.HelpIntent'],
    ['what can you do', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['yes please', 'AMAZON.YesIntent'],
    ['pause', 'AMAZON.PauseIntent'],
    ['please help', 'AMAZON.HelpIntent'],
  ])('"%s" is %s', (said, intent) => {
    expect(intentOf(resolver.resolve(said)).intent.name).toBe(intent);
  });

  it.each(['next', 'go back', 'no', 'resume', 'start over'])(
    '"%s" is not offered when its built-in intent is not in the model',
    (said) => {
      expect(intentOf(resolver.resolve(said)).intent.name).toBe('AMAZON.FallbackIntent');
    },
  );
});

describe('slots', () => {
  it('matches a custom value by a synonym with ER_SUCCESS_MATCH, keeping the words said', () => {
    expect(slot('start a warmup', 'routine')).toEqual({
      name: 'routine',
      type: 'RoutineType',
      value: 'warmup',
      resolution: { code: 'ER_SUCCESS_MATCH', id: 'WARMUP', name: 'warm-up' },
    });
  });

  it('fills an unknown custom value with ER_SUCCESS_NO_MATCH', () => {
    expect(slot('start a pilates', 'routine')?.resolution).toEqual({ code: 'ER_SUCCESS_NO_MATCH' });
  });

  it('does not let unknown words outnumber the sample words around a custom slot', () => {
    expect(resolver.resolve('start a yoga flow please now')).not.toMatchObject({
      intent: { slots: [{ name: 'routine', filled: { value: 'yoga flow please now' } }] },
    });
  });

  it('fills numbers in words and digits', () => {
    expect(slot('give me a ten minute cool down', 'minutes')?.value).toBe('10');
    expect(slot('give me a 15 minute stretch', 'minutes')?.value).toBe('15');
    expect(slot('give me a twenty five minute warm-up', 'routine')?.resolution?.id).toBe('WARMUP');
  });

  it('fills dates relative to the console clock and zone', () => {
    expect(slot('log a rest day for yesterday', 'day')?.value).toBe('2026-11-25');
    expect(slot('i rested last monday', 'day')?.value).toBe('2026-11-23');
    expect(slot('i rested monday', 'day')?.value).toBe('2026-11-30');
    expect(slot('i rested this week', 'day')?.value).toBe('2026-W48');
    expect(slot('i rested this weekend', 'day')?.value).toBe('2026-W48-WE');
  });

  it('lists every declared slot, filled or not', () => {
    const { intent } = intentOf(resolver.resolve('start a stretch'));
    expect(intent.slots.map((s) => [s.name, s.filled?.value])).toEqual([
      ['routine', 'stretch'],
      ['minutes', undefined],
    ]);
  });

  it('prefers the sample whose slot values match', () => {
    const { intent } = intentOf(resolver.resolve('give me a warm up'));
    expect(intent.sample).toBe('give me a {routine}');
  });

  it('does not take words that are no date as a date', () => {
    expect(intentOf(resolver.resolve('i rested banana')).intent.name).toBe('AMAZON.FallbackIntent');
  });
});

describe('adjacent slots', () => {
  const model = parseModel({
    interactionModel: {
      languageModel: {
        invocationName: 'run coach',
        intents: [
          {
            name: 'StartRoutineIntent',
            slots: [
              { name: 'length', type: 'RoutineLength' },
              { name: 'style', type: 'RoutineStyle' },
              { name: 'kind', type: 'RoutineKind' },
            ],
            samples: ['give me a {length} {style} {kind}', 'give me a {length} {kind}', 'give me a {kind}'],
          },
        ],
        types: [
          { name: 'RoutineLength', values: [{ id: 'quick', name: { value: 'quick', synonyms: ['short'] } }] },
          {
            name: 'RoutineStyle',
            values: [
              { id: 'aerobic', name: { value: 'aerobic', synonyms: ['star jumps', 'jumping jacks'] } },
            ],
          },
          {
            name: 'RoutineKind',
            values: [{ id: 'warmup', name: { value: 'warm-up', synonyms: ['warm up'] } }],
          },
        ],
      },
    },
  });
  const adjacent = createResolver(model, { now: () => THURSDAY });
  const filled = (utterance: string) =>
    Object.fromEntries(
      adjacent
        .resolveIntent(utterance)
        .slots.map((s) => [s.name, [s.filled?.value, s.filled?.resolution?.id]]),
    );

  it('splits two multi-word values where both resolve, not where the first word ends', () => {
    expect(filled('give me a quick star jumps warm up')).toEqual({
      length: ['quick', 'quick'],
      style: ['star jumps', 'aerobic'],
      kind: ['warm up', 'warmup'],
    });
    expect(filled('give me a short jumping jacks warm up')).toEqual({
      length: ['short', 'quick'],
      style: ['jumping jacks', 'aerobic'],
      kind: ['warm up', 'warmup'],
    });
  });

  it('keeps the split where more values resolve when one value is unknown', () => {
    expect(filled('give me a quick moon walk warm up')).toEqual({
      length: ['quick', 'quick'],
      style: ['moon walk', undefined],
      kind: ['warm up', 'warmup'],
    });
  });

  it('resolves the same way in the en-GB model, one-shot', () => {
    const gb = loadModel(join(__dirname, '..', '..', '..', 'models', 'en-GB.json'));
    const { intent } = intentOf(
      createResolver(gb, { now: () => THURSDAY }).resolve(
        'ask run coach to give me a quick star jumps warm up',
      ),
    );
    expect(intent.name).toBe('StartRoutineIntent');
    expect(intent.slots.map((s) => [s.name, s.filled?.value])).toEqual(
      expect.arrayContaining([
        ['kind', 'warm up'],
        ['style', 'star jumps'],
        ['length', 'quick'],
      ]),
    );
  });
});

describe('fallback', () => {
  it('sends AMAZON.FallbackIntent for unmatched words, with the nearest intents scored', () => {
    const { intent } = intentOf(resolver.resolve('log my rest'));
    expect(intent.name).toBe('AMAZON.FallbackIntent');
    expect(intent.nearest?.[0]?.intent).toBe('LogRestDayIntent');
    const scores = intent.nearest?.map((n) => n.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(0.3);
    expect(scores[0]).toBeLessThanOrEqual(1);
  });
});

describe('every sample of every model resolves to its own intent', () => {
  const modelsDir = join(__dirname, '..', '..', '..', 'models');
  const files = readdirSync(modelsDir).filter((f) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(f));

  it('finds the models', () => {
    expect(files).toContain('en-US.json');
  });

  // en-US is walked whole; another locale's samples resolve as en-US's do unless the locale
  // rewrote them, so those (and only those) are walked there.
  const us = loadModel(join(modelsDir, 'en-US.json'));
  const usSamples = new Set(us.intents.flatMap((intent) => intent.samples.map((s) => `${intent.name} ${s}`)));

  describe.each(files)('%s', (file) => {
    const model = file === 'en-US.json' ? us : loadModel(join(modelsDir, file));
    const modelResolver = createResolver(model, { now: () => THURSDAY });
    const samples = sampleUtterances(model).filter(
      ({ intent, sample }) => model === us || !usSamples.has(`${intent} ${sample}`),
    );

    it(`resolves each of its ${samples.length} own samples to its intent`, () => {
      const wrong = samples.flatMap(({ intent, utterance }) => {
        const got = modelResolver.resolveIntent(utterance).name;
        return got === intent ? [] : [`${intent} "${utterance}": ${got}`];
      });
      expect(wrong).toEqual([]);
    });

    // One-shot strips the launch phrase and resolves the rest as in session, so a tenth of the
    // samples (and every one that starts with a connecting word) shows the path works.
    const connecting = /^(to|for|about|that|if|whether|and) /;
    const oneShots = samples.filter(({ utterance }, at) => at % 10 === 0 || connecting.test(utterance));

    it(`resolves ${oneShots.length} of them one-shot ("ask ${model.invocationName} to …")`, () => {
      const wrong = oneShots.flatMap(({ intent, utterance }) => {
        const got = intentOf(modelResolver.resolve(`ask ${model.invocationName} to ${utterance}`)).intent
          .name;
        return got === intent ? [] : [`${intent} "${utterance}": ${got}`];
      });
      expect(wrong).toEqual([]);
    });
  });

  it('walks the fixture model too', () => {
    const wrong = sampleUtterances(FIXTURE_MODEL).filter(
      (s) => resolver.resolveIntent(s.utterance).name !== s.intent,
    );
    expect(wrong).toEqual([]);
  });
});
