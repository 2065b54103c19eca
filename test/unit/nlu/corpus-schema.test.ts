import { duplicates, formatProblem, parseCorpus } from '../../../tools/nlu/corpus';
import { validateLines } from '../../../tools/nlu/validate';
import { NLU_MODEL } from './fixture';

const parse = (text: string) => parseCorpus('test/nlu/sample.yaml', text);

describe('reading corpus files', () => {
  it('gives each line its group labels, its own overrides and its line number', () => {
    const { lines, problems } = parse(
      [
        'context: top',
        'intent: StartRoutineIntent',
        'groups:',
        '  - slots: { kind: warmup }',
        '    lines:',
        '      - start a warm up',
        '      - { say: quick warm up, slots: { length: quick } }',
        '      - say: cool down',
        '        slots: { kind: cooldown }',
        '        context: routine',
        '  - intent: [AMAZON.YesIntent, AMAZON.NextIntent]',
        '    locales: [en-AU]',
        '    lines: [ready]',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(
      lines.map(({ line, say, context, intents, slots, locales }) => ({
        line,
        say,
        context,
        intents,
        slots,
        locales,
      })),
    ).toEqual([
      {
        line: 6,
        say: 'start a warm up',
        context: 'top',
        intents: ['StartRoutineIntent'],
        slots: { kind: 'warmup' },
        locales: undefined,
      },
      {
        line: 7,
        say: 'quick warm up',
        context: 'top',
        intents: ['StartRoutineIntent'],
        slots: { kind: 'warmup', length: 'quick' },
        locales: undefined,
      },
      {
        line: 8,
        say: 'cool down',
        context: 'routine',
        intents: ['StartRoutineIntent'],
        slots: { kind: 'cooldown' },
        locales: undefined,
      },
      {
        line: 13,
        say: 'ready',
        context: 'top',
        intents: ['AMAZON.YesIntent', 'AMAZON.NextIntent'],
        slots: {},
        locales: ['en-AU'],
      },
    ]);
  });

  it('drops an inherited slot set to ~', () => {
    const { lines } = parse(
      [
        'context: top',
        'intent: BackPainIntent',
        'slots: { bodyPart: BACK, painWord: OW }',
        'lines:',
        '  - { say: ow, slots: { bodyPart: ~ } }',
      ].join('\n'),
    );
    expect(lines[0]?.slots).toEqual({ painWord: 'OW' });
  });

  it('names the file and line of everything that does not fit', () => {
    const { problems } = parse(
      [
        'context: top',
        'intent: AMAZON.HelpIntent',
        'colour: blue',
        'lines:',
        '  - Help me, please!',
        '  - warm up in 5 minutes',
        '  - { say: what now, context: lunchtime }',
        '  - { say: huh, locales: [en-NZ] }',
        'groups:',
        '  - { context: top, intent: ~, lines: [hm] }',
      ].join('\n'),
    );
    expect(problems.map(formatProblem)).toEqual([
      'test/nlu/sample.yaml:3: unknown key "colour" (expected one of: context, intent, slots, locales, lines, groups)',
      'test/nlu/sample.yaml:5: "Help me, please!" is not as ASR writes it (lower case words, apostrophes, no digits)',
      'test/nlu/sample.yaml:6: "warm up in 5 minutes" is not as ASR writes it (lower case words, apostrophes, no digits)',
      'test/nlu/sample.yaml:7: unknown context "lunchtime" (oneshot, top, routine or question:<kind>)',
      'test/nlu/sample.yaml:8: unknown locale en-NZ',
      'test/nlu/sample.yaml:10: intent must be a name or a list of names',
    ]);
  });

  it('reports YAML that does not parse, at its line', () => {
    const { lines, problems } = parse('context: top\nlines:\n  - [unclosed\n');
    expect(lines).toEqual([]);
    expect(problems[0]?.message).toMatch(/^YAML: /);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('finds the same utterance twice in one context, not across contexts', () => {
    const first = parseCorpus(
      'test/nlu/a.yaml',
      'intent: AMAZON.YesIntent\ncontext: top\nlines: [yes, yeah]',
    ).lines;
    const second = parseCorpus(
      'test/nlu/b.yaml',
      'intent: AMAZON.YesIntent\ngroups:\n  - { context: top, lines: [yes] }\n  - { context: routine, lines: [yeah] }',
    ).lines;
    expect(duplicates([...first, ...second]).map(formatProblem)).toEqual([
      'test/nlu/b.yaml:3: "yes" in top again (first at test/nlu/a.yaml:3)',
    ]);
  });
});

describe('checking labels against the model', () => {
  const check = (yaml: string) => validateLines(NLU_MODEL, parse(yaml).lines).map(formatProblem);

  it('accepts what the model has and what it is growing', () => {
    expect(
      check(
        [
          'context: top',
          'lines:',
          '  - { say: better, intent: BackFeelsIntent, slots: { feeling: BETTER } }',
          '  - { say: my back is numb, intent: BackPainIntent, slots: { bodyPart: BACK, painWord: NUMB } }',
          '  - { say: the complete one, intent: StartRoutineIntent, slots: { style: complete } }',
          "  - { say: i rested yesterday, intent: LogRestDayIntent, slots: { date: '2026-11-24' } }",
          "  - { say: i rested at some point, intent: LogRestDayIntent, slots: { date: '*' } }",
          '  - { say: open run coach, intent: launch, context: oneshot }',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('names unknown intents, slots and values, and labels not in the canonical form', () => {
    expect(
      check(
        [
          'context: top',
          'lines:',
          '  - { say: dance, intent: DanceIntent }',
          '  - { say: quick warm up, intent: WarmUpIntent, slots: { length: quick } }',
          '  - { say: a warm up, intent: StartRoutineIntent, slots: { kind: warmup, speed: fast } }',
          '  - { say: a pilates one, intent: StartRoutineIntent, slots: { style: pilates } }',
          '  - { say: i rested someday, intent: LogRestDayIntent, slots: { date: someday } }',
          '  - { say: open run coach, intent: launch }',
        ].join('\n'),
      ),
    ).toEqual([
      'test/nlu/sample.yaml:3: unknown intent DanceIntent',
      'test/nlu/sample.yaml:4: label WarmUpIntent as StartRoutineIntent with kind: warmup',
      'test/nlu/sample.yaml:5: StartRoutineIntent has no slot speed (kind, style, length)',
      'test/nlu/sample.yaml:6: StartRoutineIntent.style: "pilates" is no RoutineStyle id (yoga, aerobic, complete)',
      'test/nlu/sample.yaml:7: LogRestDayIntent.date: "someday" is no AMAZON.DATE value',
      'test/nlu/sample.yaml:8: launch is a one-shot label',
    ]);
  });
});
