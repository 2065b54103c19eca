/**
 * Matching what the skill said by MESSAGE rather than by copied phrasing: a key's pattern is built
 * from the locale resources themselves (every phrasing of the key in the locale, after its fallbacks,
 * with each `{{variable}}` a wildcard), so a test keeps passing when a phrasing is added or reworded
 * and fails when a different message is said.
 */
import { SUPPORTED_LOCALES } from '../lambda/speech/locales';
import { allResources, LOCALE_FALLBACKS } from '../lambda/speech/locales/regional';
import type { MessageKey } from '../lambda/speech/messages';

/** The locale a request is answered in (an unsupported one is answered in en-US, as the skill does). */
function answeredLocale(locale: string): string {
  return (SUPPORTED_LOCALES as readonly string[]).includes(locale) ? locale : 'en-US';
}

/** The phrasings of `key` in `locale`, after its fallback chain (as i18next resolves them). */
export function phrasingsOf(key: MessageKey, locale = 'en-US'): readonly string[] {
  const lng = answeredLocale(locale);
  const [namespace = '', path = ''] = key.split(':');
  for (const language of [lng, ...(LOCALE_FALLBACKS[lng] ?? LOCALE_FALLBACKS.default ?? [])]) {
    let node: unknown = allResources[language]?.[namespace];
    for (const part of path.split('.'))
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (Array.isArray(node)) return node.filter((p): p is string => typeof p === 'string');
  }
  throw new RangeError(`No phrasings of ${key} in ${lng}`);
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text as a pattern of spoken text: regex characters escaped, whitespace as any whitespace. */
const literal = (text: string) => escapeRegex(text).replace(/\s+/g, '\\s+');

/** One phrasing as a pattern: each `{{variable}}` its given value, or a wildcard. */
function phrasingPattern(phrasing: string, vars: Readonly<Record<string, string | number>>): string {
  return phrasing
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      if (name === undefined) return literal(part);
      const value = vars[name];
      return value === undefined ? '.*?' : literal(String(value));
    })
    .join('');
}

/** Where a message is looked for: the locale's phrasings, and variables known in advance. */
export interface MessageMatch {
  /** Default en-US. */
  locale?: string;
  /** Variables whose value must appear where the phrasing places them; the others match anything. */
  vars?: Readonly<Record<string, string | number>>;
}

/** A pattern that finds any phrasing of `key` inside spoken text, ignoring case. */
export function messagePattern(key: MessageKey, { locale = 'en-US', vars = {} }: MessageMatch = {}): RegExp {
  const alternatives = phrasingsOf(key, locale).map((phrasing) => phrasingPattern(phrasing, vars));
  return new RegExp(`(?:${alternatives.join('|')})`, 'iu');
}

/** Whether spoken text says `key` in one of its phrasings (in `locale`). */
export function says(text: string, key: MessageKey, locale = 'en-US'): boolean {
  return messagePattern(key, { locale }).test(text);
}
