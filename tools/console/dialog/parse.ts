/**
 * Dialog scripts (format: test/dialogs/README.md): parsed from YAML into typed steps, with a clear
 * error naming the file and the place when something is wrong.
 */
import { readFileSync } from 'node:fs';
import { IANAZone } from 'luxon';
import { parse } from 'yaml';
import { isDeviceName, DEVICE_NAMES, type DeviceName } from '../../../harness/devices';
import { isRecord } from '../../../lambda/core/request';
import { isMessageKey, type MessageKey } from '../../../lambda/speech/messages';

/** A text pattern: a case-insensitive substring, or a regular expression written `/…/flags`. */
export type Pattern = { kind: 'text'; text: string } | { kind: 'regex'; regex: RegExp };

/** What a step expects to hear and see. */
export interface Expectations {
  alexa: Pattern[];
  not: Pattern[];
  reprompt: Pattern[];
  /** Messages the speech says, in any of their phrasings (`says: routines:breakQuestion`). */
  says: MessageKey[];
  /** Messages the speech must not say. */
  notSays: MessageKey[];
  /** Messages the reprompt says. */
  repromptSays: MessageKey[];
  intent?: string;
  session?: 'open' | 'closed';
  /** Slot values the utterance must have resolved to (`name: value`). */
  slots: Record<string, string>;
  /** Patterns the one-line rendering of the response's screen must match. */
  screen: Pattern[];
  /** `screen: none`: the response renders no screen at all. */
  noScreen: boolean;
}

/** One step of a test. */
export type Step =
  | { kind: 'user'; text: string; expect: Expectations }
  | { kind: 'tap'; label: string; expect: Expectations }
  | { kind: 'silence'; expect: Expectations }
  | { kind: 'wait'; ms: number; label: string };

/** A test: a named list of steps, starting in a new session. */
export interface DialogTest {
  name: string;
  steps: Step[];
}

/** A dialog file. */
export interface DialogFile {
  path: string;
  name: string;
  config: { locale?: string; now?: string; timezone?: string; user?: string; device?: DeviceName };
  tests: DialogTest[];
}

/** The script is unreadable or not in the documented format. */
export class DialogError extends Error {
  override readonly name = 'DialogError';
}

/** "45s", "2m", "1h", "500ms", "1d" (or a bare number of seconds) in milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] ?? 's'] ?? 1000;
  return Math.round(Number(match[1]) * unit);
}

function pattern(value: unknown, where: string): Pattern {
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new DialogError(`${where}: a pattern must be text`);
  const text = String(value);
  const regex = /^\/(.+)\/([a-z]*)$/s.exec(text);
  if (!regex) return { kind: 'text', text };
  try {
    return { kind: 'regex', regex: new RegExp(regex[1] ?? '', regex[2]) };
  } catch {
    throw new DialogError(`${where}: ${text} is not a valid regular expression`);
  }
}

/** A YAML scalar as text (`undefined` for mappings and lists). */
function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

const patterns = (value: unknown, where: string): Pattern[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => pattern(v, where));

/** Message keys (`namespace:key`, one or a list), each one the skill has. */
function messageKeys(value: unknown, where: string): MessageKey[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((key: unknown) => {
    if (typeof key !== 'string' || !isMessageKey(key))
      throw new DialogError(
        `${where}: ${String(key)} is not a message key (namespace:key, as in lambda/speech/locales/en)`,
      );
    return key;
  });
}

const STEP_KEYS = new Set([
  'user',
  'tap',
  'silence',
  'wait',
  'alexa',
  'not',
  'reprompt',
  'says',
  'not-says',
  'reprompt-says',
  'intent',
  'session',
  'slots',
  'screen',
]);

function step(raw: unknown, where: string): Step {
  if (!isRecord(raw)) throw new DialogError(`${where}: a step must be a mapping`);
  const unknown = Object.keys(raw).filter((key) => !STEP_KEYS.has(key));
  if (unknown.length) throw new DialogError(`${where}: unknown key ${unknown.join(', ')}`);
  if (raw.wait !== undefined) {
    const label = scalar(raw.wait);
    const ms = label === undefined ? undefined : parseDuration(label);
    if (ms === undefined) throw new DialogError(`${where}: wait must be like 10s, 2m or 1h`);
    return { kind: 'wait', ms, label: label ?? '' };
  }
  if (raw.session !== undefined && raw.session !== 'open' && raw.session !== 'closed') {
    throw new DialogError(`${where}: session must be open or closed`);
  }
  if (raw.slots !== undefined && !isRecord(raw.slots))
    throw new DialogError(`${where}: slots must be a mapping`);
  const expect: Expectations = {
    alexa: patterns(raw.alexa, where),
    not: patterns(raw.not, where),
    reprompt: patterns(raw.reprompt, where),
    says: messageKeys(raw.says, where),
    notSays: messageKeys(raw['not-says'], where),
    repromptSays: messageKeys(raw['reprompt-says'], where),
    ...(typeof raw.intent === 'string' ? { intent: raw.intent } : {}),
    ...(raw.session === 'open' || raw.session === 'closed' ? { session: raw.session } : {}),
    slots: Object.fromEntries(
      Object.entries(isRecord(raw.slots) ? raw.slots : {}).map(([k, v]) => [k, scalar(v) ?? '']),
    ),
    screen: raw.screen === 'none' ? [] : patterns(raw.screen, where),
    noScreen: raw.screen === 'none',
  };
  if (raw.silence === true) return { kind: 'silence', expect };
  if (typeof raw.tap === 'string' && raw.tap.trim() !== '')
    return { kind: 'tap', label: raw.tap.trim(), expect };
  if (typeof raw.user === 'string' || typeof raw.user === 'number')
    return { kind: 'user', text: String(raw.user), expect };
  throw new DialogError(`${where}: a step needs user, tap, silence: true or wait`);
}

/** Parses the text of a dialog file. */
export function parseDialog(text: string, path: string): DialogFile {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new DialogError(
      `${path} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : ''}`,
    );
  }
  if (!isRecord(doc)) throw new DialogError(`${path}: expected a mapping with name, config and tests`);
  const config = doc.config === undefined ? {} : doc.config;
  if (!isRecord(config)) throw new DialogError(`${path}: config must be a mapping`);
  const pick = (key: string) => {
    const value = scalar(config[key]);
    return value === undefined ? {} : { [key]: value };
  };
  if (!Array.isArray(doc.tests) || doc.tests.length === 0)
    throw new DialogError(`${path}: tests must be a non-empty list`);
  const tests = doc.tests.map((raw: unknown, index): DialogTest => {
    const name = isRecord(raw) && typeof raw.name === 'string' ? raw.name : `test ${index + 1}`;
    if (!isRecord(raw) || !Array.isArray(raw.steps))
      throw new DialogError(`${path}, test "${name}": steps must be a list`);
    return {
      name,
      steps: raw.steps.map((s: unknown, i) => step(s, `${path}, test "${name}", step ${i + 1}`)),
    };
  });
  const now = scalar(config.now);
  if (now !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(now) || Number.isNaN(Date.parse(now)))) {
    throw new DialogError(`${path}: config.now ${now} is not an ISO instant like 2026-11-25T18:00:00-05:00`);
  }
  const zone = scalar(config.timezone);
  if (zone !== undefined && !IANAZone.isValidZone(zone)) {
    throw new DialogError(`${path}: config.timezone ${zone} is not an IANA time zone`);
  }
  const device = scalar(config.device);
  if (device !== undefined && !isDeviceName(device)) {
    throw new DialogError(`${path}: config.device ${device} is not one of ${DEVICE_NAMES.join(', ')}`);
  }
  return {
    path,
    name: typeof doc.name === 'string' ? doc.name : path,
    config: {
      ...pick('locale'),
      ...pick('now'),
      ...pick('timezone'),
      ...pick('user'),
      ...(device === undefined ? {} : { device }),
    },
    tests,
  };
}

/** Reads and parses a dialog file; throws {@link DialogError}. */
export function loadDialog(path: string): DialogFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DialogError(`cannot read the script ${path}`);
  }
  return parseDialog(text, path);
}
