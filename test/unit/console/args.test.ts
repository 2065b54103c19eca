import { HELP, parseArgs, UsageError } from '../../../tools/console/args';

describe('console flags', () => {
  it('has defaults', () => {
    expect(parseArgs([])).toEqual({
      locale: 'en-US',
      table: 'run-coach-local',
      speak: false,
      memory: false,
      help: false,
    });
  });

  it('reads every flag, with = or a separate value', () => {
    expect(
      parseArgs([
        '--locale=en-US',
        '--user',
        'alice',
        '--timezone',
        'Europe/Berlin',
        '--now',
        '2026-11-25T07:30:00-05:00',
        '--script=test/dialogs/x.yaml',
        '--speak',
        '--memory',
        '--table',
        'other',
        '--port',
        '4000',
      ]),
    ).toEqual({
      locale: 'en-US',
      user: 'alice',
      timezone: 'Europe/Berlin',
      now: Date.parse('2026-11-25T12:30:00Z'),
      script: 'test/dialogs/x.yaml',
      speak: true,
      memory: true,
      help: false,
      table: 'other',
      port: 4000,
    });
  });

  it.each(['none', 'echo-show-8', 'echo-hub-round', 'tv'])(
    'reads --screen %s, the device it speaks to',
    (name) => {
      expect(parseArgs(['--screen', name]).screen).toBe(name);
      expect(parseArgs([`--screen=${name}`]).screen).toBe(name);
    },
  );

  it('names every screen preset in --help', () => {
    expect(HELP).toMatch(
      /--screen DEVICE .*none, echo-show-5, echo-show-8, echo-show-15, echo-hub-round, tv/s,
    );
  });

  it.each([
    [['--bogus'], 'unknown flag --bogus (see --help)'],
    [['hello'], 'unexpected argument "hello" (see --help)'],
    [['--locale'], '--locale needs a value'],
    [['--user', '--memory'], '--user needs a value'],
    [['--locale', 'english'], '--locale english is not a locale like en-US'],
    [
      ['--timezone', 'Mars/Olympus'],
      '--timezone Mars/Olympus is not an IANA time zone like America/New_York',
    ],
    [['--now', 'yesterday'], '--now yesterday is not an ISO instant like 2026-11-25T07:30:00Z'],
    [['--port', '70000'], '--port 70000 is not a port number'],
    [['--memory=yes'], '--memory takes no value'],
    [
      ['--screen', 'echo-show-9'],
      '--screen echo-show-9 is not one of none, echo-show-5, echo-show-8, echo-show-15, echo-hub-round, tv',
    ],
  ])('%j is refused with one clear line', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});
