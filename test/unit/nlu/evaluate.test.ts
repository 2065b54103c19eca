import type { CorpusLine } from '../../../tools/nlu/corpus';
import { evaluate } from '../../../tools/nlu/evaluate';
import { checkSummary, formatFailure, GATE } from '../../../tools/nlu/gate';
import { summarise } from '../../../tools/nlu/metrics';
import { NLU_MODEL } from './fixture';

let at = 0;
const line = (say: string, intents: string | string[], slots: Record<string, string> = {}, context = 'top') =>
  ({
    file: 'test/nlu/t.yaml',
    line: (at += 1),
    say,
    context,
    intents: Array.isArray(intents) ? intents : [intents],
    slots,
  }) as CorpusLine;

const one = (l: CorpusLine) => evaluate(NLU_MODEL, [l])[0]!;

describe('evaluating a line', () => {
  it('counts a WarmUpIntent answer as the StartRoutineIntent label with the kind filled', () => {
    const outcome = one(line('warm me up quick', 'StartRoutineIntent', { kind: 'warmup', length: 'quick' }));
    expect(outcome).toMatchObject({
      ok: true,
      got: { intent: 'StartRoutineIntent', slots: { kind: 'warmup', length: 'quick' } },
    });
  });

  it('counts StretchIntent as the stretch cool-down', () => {
    expect(one(line('stretch me out', 'StartRoutineIntent', { kind: 'cooldown', style: 'stretch' })).ok).toBe(
      true,
    );
  });

  it('compares custom slots by entity-resolution id, so synonyms count', () => {
    const outcome = one(
      line('give me a short cardio warm up', 'StartRoutineIntent', {
        kind: 'warmup',
        style: 'aerobic',
        length: 'quick',
      }),
    );
    expect(outcome.ok).toBe(true);
  });

  it('makes a slot filled beyond the label, or left empty, an error', () => {
    const extra = one(
      line('give me a short cardio warm up', 'StartRoutineIntent', { kind: 'warmup', style: 'aerobic' }),
    );
    const missing = one(line('log a rest day', 'LogRestDayIntent', { date: '2026-11-25' }));
    expect([extra.intentOk, extra.ok, extra.slotErrors]).toEqual([true, false, ['length: (empty) -> quick']]);
    expect(missing.slotErrors).toEqual(['date: 2026-11-25 -> (empty)']);
  });

  it('shows a custom value that does not resolve as the words said', () => {
    const outcome = one(line('start a stroll', 'StartRoutineIntent', { kind: 'warmup' }));
    expect(outcome.slotErrors).toEqual(['kind: warmup -> ?stroll']);
  });

  it('fills dates at the corpus clock (Wednesday 2026-11-25, New York) and takes "*" for any date', () => {
    expect(one(line('i rested yesterday', 'LogRestDayIntent', { date: '2026-11-24' })).ok).toBe(true);
    expect(one(line('i rested saturday', 'LogRestDayIntent', { date: '2026-11-28' })).ok).toBe(true);
    expect(one(line('i rested last sunday', 'LogRestDayIntent', { date: '*' })).ok).toBe(true);
  });

  it('accepts any intent of a set and counts the one reached', () => {
    const outcome = one(line('next', ['AMAZON.YesIntent', 'AMAZON.NextIntent']));
    expect([outcome.ok, outcome.expected]).toEqual([true, 'AMAZON.NextIntent']);
  });

  it('counts an intent the model is still growing as a miss', () => {
    const outcome = one(line('much better', 'BackFeelsIntent', { feeling: 'BETTER' }));
    expect([outcome.ok, outcome.got.intent]).toEqual([false, 'AMAZON.FallbackIntent']);
  });

  it('resolves one-shots with launch and one-shot phrases, and exit in a session', () => {
    expect(one(line('open run coach', 'launch', {}, 'oneshot')).ok).toBe(true);
    expect(
      one(line('tell run coach i rested yesterday', 'LogRestDayIntent', { date: '2026-11-24' }, 'oneshot'))
        .ok,
    ).toBe(true);
    expect(one(line('exit', 'exit')).ok).toBe(true);
    expect(one(line('tell run coach my back hurts', 'BackPainIntent', {}, 'top')).ok).toBe(false);
  });

  it('marks a line that is word for word a model sample', () => {
    expect(one(line('my back hurts', 'BackPainIntent')).literal).toBe(true);
    expect(one(line('i rested yesterday', 'LogRestDayIntent', { date: '2026-11-24' })).literal).toBe(false);
  });
});

describe('the figures and the gate', () => {
  const outcomes = evaluate(NLU_MODEL, [
    line('ow', 'BackPainIntent', { painWord: 'OW' }),
    line('my back hurts', 'BackPainIntent'),
    line('ow that is sharp', 'BackPainIntent', { painWord: 'SHARP' }),
    line('ouch my back', 'BackPainIntent', { bodyPart: 'BACK', painWord: 'OW' }),
    line('start a warm up', 'StartRoutineIntent', { kind: 'warmup' }),
    line('what can you do', 'AMAZON.HelpIntent'),
  ]);
  const summary = summarise('en-US', outcomes);

  it('reports overall, pain and severity shares, and precision and recall per intent', () => {
    expect([summary.overall.count, summary.pain.count, summary.pain.total, summary.severe.total]).toEqual([
      2, 2, 4, 1,
    ]);
    expect(summary.perIntent.find((i) => i.intent === 'BackPainIntent')).toMatchObject({
      expected: 4,
      hits: 2,
      precision: 100,
      recall: 50,
    });
    expect(summary.perIntent.find((i) => i.intent === 'AMAZON.FallbackIntent')).toMatchObject({
      expected: 0,
      got: 3,
      precision: 0,
    });
  });

  it('pairs what was expected with what came, two lines each', () => {
    expect(summary.confusions).toEqual([
      {
        expected: 'BackPainIntent',
        got: 'AMAZON.FallbackIntent',
        count: 2,
        examples: ['ow that is sharp', 'ouch my back'],
      },
      {
        expected: 'AMAZON.HelpIntent',
        got: 'AMAZON.FallbackIntent',
        count: 1,
        examples: ['what can you do'],
      },
    ]);
  });

  it('fails the gate below a threshold and names the lines that miss', () => {
    const failures = checkSummary(summary, { ...GATE, overall: 95, pain: 100, severity: 100 });
    expect(failures.map((f) => f.figure)).toEqual(['overall', 'pain', 'severity']);
    expect(formatFailure(failures[1]!)).toContain('test/nlu/t.yaml:');
    expect(formatFailure(failures[1]!)).toContain(
      '[top] "ouch my back": BackPainIntent {bodyPart=BACK, painWord=OW} -> AMAZON.FallbackIntent',
    );
  });
});
