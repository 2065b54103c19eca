/** The console's command line: flags, their checks, and the help text. */
import { IANAZone } from 'luxon';
import { DEVICE_NAMES, isDeviceName, type DeviceName } from '../../harness/devices';
import { DEFAULT_TABLE } from './store';

/** Parsed flags. */
export interface ConsoleArgs {
  locale: string;
  user?: string;
  timezone?: string;
  /** `--now`, in epoch milliseconds. */
  now?: number;
  script?: string;
  /** `--screen`: the device's screen preset (harness/devices.ts); absent: the script's, else none. */
  screen?: DeviceName;
  model?: string;
  table: string;
  port?: number;
  speak: boolean;
  memory: boolean;
  help: boolean;
}

/** The command line is wrong: the message is one line for the user. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const HELP = `Run Coach local voice console: type what you would say to Alexa.

Usage: npm start -- [flags]

  --locale LOCALE     the model and request locale (default en-US: models/en-US.json)
  --user ID           another user id (a bare name becomes amzn1.ask.account.NAME)
  --timezone ZONE     the device's IANA time zone the skill is told (default: this machine's)
  --now INSTANT       a fixed clock (ISO instant, e.g. 2026-11-25T07:30:00-05:00); it then only
                      moves with :wait and script waits
  --script FILE       replay a dialog YAML file (test/dialogs/README.md) without a prompt;
                      exits 1 on the first failed expectation (scripts use an in-memory store)
  --screen DEVICE     the device's screen: ${DEVICE_NAMES.join(', ')} (default none,
                      a speaker: voice only); with a screen, each answer's APL screen is
                      printed in one line after the speech, and :tap LABEL presses a button
  --speak             speak each answer with espeak-ng, when it is installed
  --memory            a throwaway in-memory store instead of the embedded DynamoDB
  --table NAME        the DynamoDB table (default ${DEFAULT_TABLE})
  --model FILE        another interaction model file
  --port N            the local Settings API port (default: a free one)
  --help              this text

Data lives in an embedded DynamoDB (dynalite) under .local/ unless --memory is given, or
AWS_ENDPOINT_URL_DYNAMODB names another DynamoDB.

At the prompt: "open run coach", "ask run coach for help", an empty line is silence, "exit" or
Ctrl-D leaves. Console commands: :wait 30s (let time pass), :tap Next (touch a screen button), :help.`;

const VALUE_FLAGS = new Set([
  'locale',
  'user',
  'timezone',
  'now',
  'script',
  'screen',
  'model',
  'table',
  'port',
]);
const SWITCHES = new Set(['speak', 'memory', 'help']);

/** Parses `argv` (without node and the script); throws {@link UsageError}. */
export function parseArgs(argv: readonly string[]): ConsoleArgs {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const flag = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!flag?.[1]) throw new UsageError(`unexpected argument "${arg}" (see --help)`);
    const name = flag[1];
    if (SWITCHES.has(name)) {
      if (flag[2] !== undefined) throw new UsageError(`--${name} takes no value`);
      switches.add(name);
    } else if (VALUE_FLAGS.has(name)) {
      const value = flag[2] ?? argv[(i += 1)];
      if (value === undefined || value === '' || (flag[2] === undefined && value.startsWith('--'))) {
        throw new UsageError(`--${name} needs a value`);
      }
      values.set(name, value);
    } else {
      throw new UsageError(`unknown flag --${name} (see --help)`);
    }
  }
  const locale = values.get('locale') ?? 'en-US';
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(locale))
    throw new UsageError(`--locale ${locale} is not a locale like en-US`);
  const timezone = values.get('timezone');
  if (timezone !== undefined && !IANAZone.isValidZone(timezone)) {
    throw new UsageError(`--timezone ${timezone} is not an IANA time zone like America/New_York`);
  }
  const nowText = values.get('now');
  const now = nowText === undefined ? undefined : Date.parse(nowText);
  if (
    nowText !== undefined &&
    (now === undefined || Number.isNaN(now) || !/^\d{4}-\d{2}-\d{2}T/.test(nowText))
  ) {
    throw new UsageError(`--now ${nowText} is not an ISO instant like 2026-11-25T07:30:00Z`);
  }
  const portText = values.get('port');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new UsageError(`--port ${portText ?? ''} is not a port number`);
  }
  const screen = values.get('screen');
  if (screen !== undefined && !isDeviceName(screen)) {
    throw new UsageError(`--screen ${screen} is not one of ${DEVICE_NAMES.join(', ')}`);
  }
  const opt = (key: string) => (values.has(key) ? { [key]: values.get(key) } : {});
  return {
    locale,
    table: values.get('table') ?? DEFAULT_TABLE,
    speak: switches.has('speak'),
    memory: switches.has('memory'),
    help: switches.has('help'),
    ...opt('user'),
    ...opt('script'),
    ...opt('model'),
    ...(timezone === undefined ? {} : { timezone }),
    ...(screen === undefined ? {} : { screen }),
    ...(now === undefined ? {} : { now }),
    ...(port === undefined ? {} : { port }),
  };
}
