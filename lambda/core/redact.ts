/**
 * Keeping what identifies a user, or what they said, out of the logs: the turn's request names its
 * own secrets (user, person and device ids, the API access token, account-linking and consent
 * tokens, every slot value as heard, the values a pending question kept from what the user said
 * earlier, such as the day to remove, and a session error's message, which may quote them), and the
 * turn's logger replaces each of them wherever it appears in a log line, message or extra, whatever
 * the handler passed (an error's message that quotes a key or a slot, for example).
 */
import type { SkillLogger } from './deps';

/** What a secret is replaced with in a log line. */
export const REDACTED = '[redacted]';

/**
 * Secrets shorter than this (a slot value "two", "no") are replaced only where a whole logged
 * string is that value: replacing them inside other words would garble every line.
 */
const MIN_SUBSTRING_LENGTH = 4;
/** How deep the extras of a log call are searched; anything deeper is replaced whole. */
const MAX_DEPTH = 6;

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown): string[] {
  return typeof value === 'string' && value.trim() !== '' ? [value.trim()] : [];
}

/** The ids and tokens of a user record (`session.user`, `context.System.user`, `context.System.person`). */
function userSecrets(user: Json | undefined): string[] {
  return [
    ...text(user?.userId),
    ...text(user?.personId),
    ...text(user?.accessToken),
    ...text(record(user?.permissions)?.consentToken),
  ];
}

/** Every value as heard in an intent's slots (single values and lists, `slotValue` included). */
function slotSecrets(intent: Json | undefined): string[] {
  const slots = record(intent?.slots) ?? {};
  const heard = (slotValue: Json | undefined): string[] => [
    ...text(slotValue?.value),
    ...(Array.isArray(slotValue?.values)
      ? (slotValue.values as unknown[]).flatMap((v) => heard(record(v)))
      : []),
  ];
  return Object.values(slots).flatMap((slot) => {
    const s = record(slot);
    return [...text(s?.value), ...heard(record(s?.slotValue))];
  });
}

/**
 * The secrets an Alexa request envelope carries, as its fields say; anything that is not a record
 * yields none. Longest first, so a secret that contains another is replaced whole.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 */
export function secretsOf(envelope: unknown): string[] {
  const root = record(envelope);
  const system = record(record(root?.context)?.System);
  const session = record(root?.session);
  const request = record(root?.request);
  const found = [
    ...userSecrets(record(system?.user)),
    ...userSecrets(record(system?.person)),
    ...userSecrets(record(session?.user)),
    ...text(record(system?.device)?.deviceId),
    ...text(system?.apiAccessToken),
    ...slotSecrets(record(request?.intent)),
    ...Object.values(record(record(record(session?.attributes)?.question)?.data) ?? {}).flatMap(text),
    ...text(record(request?.error)?.message),
  ];
  return [...new Set(found)].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `value` with every secret replaced (strings, and what arrays, records and errors hold). */
export function redact(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (value instanceof Error)
    return { name: redactText(value.name, secrets), message: redactText(value.message, secrets) };
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [redactText(key, secrets), redact(item, secrets, depth + 1)]),
  );
}

function redactText(value: string, secrets: readonly string[]): string {
  let result = value;
  for (const secret of secrets) {
    if (secret.length >= MIN_SUBSTRING_LENGTH)
      result = result.replace(new RegExp(escape(secret), 'giu'), REDACTED);
    else if (result.trim().toLowerCase() === secret.toLowerCase()) return REDACTED;
  }
  return result;
}

/** `logger`, with every line's message and extras redacted of the secrets `secrets()` names now. */
export function redactingLogger(logger: SkillLogger, secrets: () => readonly string[]): SkillLogger {
  const at =
    (level: keyof SkillLogger) =>
    (message: string, ...extra: Record<string, unknown>[]) => {
      const known = secrets();
      if (known.length === 0) {
        logger[level](message, ...extra);
        return;
      }
      logger[level](redactText(message, known), ...extra.map((e) => record(redact(e, known)) ?? {}));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
