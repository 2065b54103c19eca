import { DialogError, parseDialog, parseDuration } from '../../../tools/console/dialog/parse';
import { checkTurn } from '../../../tools/console/dialog/run';
import britishRoutines from '../../../lambda/speech/locales/en-GB/routines';

describe('dialog script parsing', () => {
  it('reads steps, patterns and expectations', () => {
    const file = parseDialog(
      [
        'name: Demo',
        'config: { now: 2026-11-25T18:00:00-05:00, timezone: Europe/Berlin }',
        'tests:',
        '  - name: one',
        '    steps:',
        '      - user: open run coach',
        '        alexa: [welcome, /rest ?day/i]',
        '        session: open',
        '        slots: { day: 2026-11-25 }',
        '      - wait: 2m',
        '      - silence: true',
      ].join('\n'),
      'demo.yaml',
    );
    expect(file.config).toEqual({ now: '2026-11-25T18:00:00-05:00', timezone: 'Europe/Berlin' });
    const [user, wait, silence] = file.tests[0]?.steps ?? [];
    expect(user).toMatchObject({
      kind: 'user',
      text: 'open run coach',
      expect: { session: 'open', slots: { day: '2026-11-25' } },
    });
    expect(user?.kind === 'user' && user.expect.alexa[1]).toEqual({ kind: 'regex', regex: /rest ?day/i });
    expect(wait).toEqual({ kind: 'wait', ms: 120_000, label: '2m' });
    expect(silence?.kind).toBe('silence');
  });

  it('reads the device, taps on the screen and screen expectations', () => {
    const file = parseDialog(
      [
        'config: { device: echo-show-8 }',
        'tests:',
        '  - steps:',
        '      - user: give me a warm up',
        '        screen: [/step 1 of \\d/, Easy walk]',
        '      - tap: Next',
        '        screen: none',
      ].join('\n'),
      'screen.yaml',
    );
    expect(file.config).toEqual({ device: 'echo-show-8' });
    const [said, tapped] = file.tests[0]?.steps ?? [];
    expect(said?.kind === 'user' && said.expect.screen).toEqual([
      { kind: 'regex', regex: /step 1 of \d/ },
      { kind: 'text', text: 'Easy walk' },
    ]);
    expect(tapped).toMatchObject({ kind: 'tap', label: 'Next', expect: { screen: [], noScreen: true } });
  });

  it.each([
    ['tests: []', 'x.yaml: tests must be a non-empty list'],
    ['tests: [{ name: a, steps: [{ say: hi }] }]', 'x.yaml, test "a", step 1: unknown key say'],
    [
      'tests: [{ name: a, steps: [{ wait: soon }] }]',
      'x.yaml, test "a", step 1: wait must be like 10s, 2m or 1h',
    ],
    [
      'tests: [{ name: a, steps: [{ user: hi, session: maybe }] }]',
      'x.yaml, test "a", step 1: session must be open or closed',
    ],
    [
      'tests: [{ name: a, steps: [{ user: hi, alexa: "/(/" }] }]',
      'x.yaml, test "a", step 1: /(/ is not a valid regular expression',
    ],
    [
      'tests: [{ name: a, steps: [{ alexa: hi }] }]',
      'x.yaml, test "a", step 1: a step needs user, tap, silence: true or wait',
    ],
    [
      'config: { device: echo-show-9 }\ntests: [{ steps: [] }]',
      'x.yaml: config.device echo-show-9 is not one of none, echo-show-5, echo-show-8, echo-show-15, echo-hub-round, tv',
    ],
    [
      'config: { now: tomorrow }\ntests: [{ steps: [] }]',
      'x.yaml: config.now tomorrow is not an ISO instant like 2026-11-25T18:00:00-05:00',
    ],
    [
      'tests: [{ name: a, steps: [{ user: hi, says: routines:breakQuestin }] }]',
      'x.yaml, test "a", step 1: routines:breakQuestin is not a message key (namespace:key, as in lambda/speech/locales/en)',
    ],
    [
      'tests: [{ name: a, steps: [{ user: hi, says: [routines:cue] }] }]',
      'x.yaml, test "a", step 1: routines:cue is not a message key (namespace:key, as in lambda/speech/locales/en)',
    ],
    [
      'config: { timezone: Mars/Base }\ntests: [{ steps: [] }]',
      'x.yaml: config.timezone Mars/Base is not an IANA time zone',
    ],
  ])('refuses %j', (text, message) => {
    expect(() => parseDialog(text, 'x.yaml')).toThrow(new DialogError(message));
  });

  it('reads messages the speech and the reprompt say, and must not say', () => {
    const file = parseDialog(
      [
        'tests:',
        '  - steps:',
        '      - user: hi',
        '        says: [routines:breakQuestion, routines:cue.halfway]',
        '        not-says: conversation:welcomeFirst',
        '        reprompt-says: routines:breakReprompt',
      ].join('\n'),
      'x.yaml',
    );
    expect(file.tests[0]?.steps[0]).toMatchObject({
      expect: {
        says: ['routines:breakQuestion', 'routines:cue.halfway'],
        notSays: ['conversation:welcomeFirst'],
        repromptSays: ['routines:breakReprompt'],
      },
    });
  });

  it('refuses text that is not YAML', () => {
    expect(() => parseDialog('a: [', 'x.yaml')).toThrow(/^x\.yaml is not valid YAML/);
  });

  it.each([
    ['10s', 10_000],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['500ms', 500],
    ['30', 30_000],
  ])('reads the duration %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
});

describe('expectations', () => {
  const turn = {
    kind: 'intent' as const,
    rendered: {
      speech: 'Welcome back. Warm-up?',
      reprompt: 'Say warm me up.',
      directives: [],
      sessionOpen: true,
    },
    intent: { name: 'AMAZON.HelpIntent', slots: [] },
  };
  const none = {
    alexa: [],
    not: [],
    reprompt: [],
    says: [],
    notSays: [],
    repromptSays: [],
    slots: {},
    screen: [],
    noScreen: false,
  };

  it('pass when everything is heard', () => {
    expect(
      checkTurn(turn, {
        ...none,
        alexa: [{ kind: 'text', text: 'welcome BACK' }],
        reprompt: [{ kind: 'regex', regex: /warm me/ }],
        intent: 'AMAZON.HelpIntent',
        session: 'open',
      }),
    ).toEqual([]);
  });

  it('name each problem', () => {
    expect(
      checkTurn(turn, {
        ...none,
        not: [{ kind: 'text', text: 'warm-up' }],
        intent: 'AMAZON.StopIntent',
        session: 'closed',
        slots: { day: '2026-11-25' },
      }),
    ).toEqual([
      'expected Alexa not to say "warm-up", heard "Welcome back. Warm-up?"',
      'expected intent AMAZON.StopIntent, resolved AMAZON.HelpIntent',
      'expected slot day=2026-11-25, got nothing',
      'expected the session closed, it is open',
    ]);
  });

  describe('of the screen', () => {
    const shown = {
      ...turn,
      rendered: {
        ...turn.rendered,
        screen: { line: 'Calf stretch · 0:40 left · step 2 of 6', buttons: [], token: 'runcoach.routine' },
      },
    };

    it('match the one-line rendering of the screen the response shows', () => {
      const expectation = { ...none, screen: [{ kind: 'regex' as const, regex: /0:40 left · step 2 of 6/ }] };
      expect(checkTurn(shown, expectation)).toEqual([]);
      expect(checkTurn(turn, expectation)).toEqual([
        'expected the screen to show /0:40 left · step 2 of 6/, it renders none',
      ]);
    });

    it('with screen: none, pass only when the response renders no screen', () => {
      expect(checkTurn(turn, { ...none, noScreen: true })).toEqual([]);
      expect(checkTurn(shown, { ...none, noScreen: true })).toEqual([
        'expected no screen, it shows "Calf stretch · 0:40 left · step 2 of 6"',
      ]);
    });
  });

  describe('by message', () => {
    const spokenTurn = (speech: string, reprompt: string) => ({
      kind: 'intent' as const,
      rendered: { speech, reprompt, directives: [], sessionOpen: true },
    });
    const breakTurn = spokenTurn(
      "That's time. [pause 2s] Up next, Brisk walk. Ready?",
      'Ready? Say yes or next. You can also say pause, or stop, at any time.',
    );

    it('pass on any phrasing of the message, its variables as wildcards', () => {
      expect(
        checkTurn(breakTurn, {
          ...none,
          says: ['routines:breakQuestion', 'routines:cue.time'],
          notSays: ['routines:closing.warmup'],
          repromptSays: ['routines:breakReprompt'],
        }),
      ).toEqual([]);
      const other = spokenTurn('Next: Skipping. Carry on?', '');
      expect(checkTurn(other, { ...none, says: ['routines:breakQuestion'] })).toEqual([]);
    });

    it('name the message that was not said, or said when it must not be', () => {
      expect(
        checkTurn(breakTurn, {
          ...none,
          says: ['routines:closing.warmup'],
          notSays: ['routines:breakQuestion'],
          repromptSays: ['routines:endReprompt'],
        }),
      ).toEqual([
        `expected Alexa to say routines:closing.warmup, heard "That's time. [pause 2s] Up next, Brisk walk. Ready?"`,
        `expected Alexa not to say routines:breakQuestion, heard "That's time. [pause 2s] Up next, Brisk walk. Ready?"`,
        'expected the reprompt to say routines:endReprompt, got "Ready? Say yes or next. You can also say pause, or stop, at any time."',
      ]);
    });

    it("match in the dialog's locale", () => {
      const physio = britishRoutines.pain[0];
      const pain = { ...none, says: ['routines:pain' as const] };
      expect(checkTurn(spokenTurn(physio, ''), pain, 'en-GB')).toEqual([]);
      expect(checkTurn(spokenTurn(physio, ''), pain, 'en-AU')).toEqual([]);
      expect(checkTurn(spokenTurn(physio, ''), pain, 'en-US')).toHaveLength(1);
    });
  });
});
