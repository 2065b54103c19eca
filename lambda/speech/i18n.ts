import i18next, { type i18n as I18n } from 'i18next';
import type { HandlerInput } from 'ask-sdk-core';
import { MissingMessageError } from '../core/errors';
import type { Random } from '../core/deps';
import { SUPPORTED_LOCALES } from './locales';
import { allResources, LOCALE_FALLBACKS } from './locales/regional';
import {
  isMessagePart,
  type MessageKey,
  type MessagePart,
  type MessageValue,
  type VarsArgument,
} from './messages';

/**
 * Speech for one request: picks one of a message's phrasings at random and fills in its variables
 * (a variable that is itself a message is phrased first). A message never takes the phrasing it took
 * the time before, in this turn or in the session's previous response ({@link Speech.chosen}), so no
 * message says the same words twice in a row. The result is plain text: the renderer escapes it for
 * SSML.
 */
export interface Speech {
  readonly locale: string;
  /** One phrasing of a message, e.g. `say('restdays:logged', { day: 'Today' })`. */
  say<K extends MessageKey>(key: K, ...vars: VarsArgument<K>): string;
  /** One phrasing of a message part (its fixed phrasing, when it has one). */
  text(part: MessagePart): string;
  /**
   * The message part with its phrasing chosen now, for words whose length must be known before the
   * answer is rendered (a routine's timers start after what it says first).
   */
  phrased(part: MessagePart): MessagePart;
  /** The phrasing each message said last took (its index), for the session's next response. */
  chosen(): Readonly<Record<string, number>>;
}

/** The phrasing index a message took last, by message key. */
export type Phrasings = Readonly<Record<string, number>>;

/** Creates the i18next instance the skill uses; one per skill, never a global. */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: allResources,
    // A locale's own wording first, then its fallbacks in order (en-AU: en-GB, then en); without
    // 'currentOnly' i18next would try the bare language `en` before en-GB.
    load: 'currentOnly',
    fallbackLng: { ...LOCALE_FALLBACKS },
    supportedLngs: [...SUPPORTED_LOCALES, 'en'],
    nonExplicitSupportedLngs: false,
    defaultNS: 'conversation',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}

/** A phrasing split at its `{{name}}` placeholders: text at even indexes, variable names at odd ones. */
type Template = readonly string[];

const PLACEHOLDER = /\{\{(\w+)\}\}/;

/**
 * Each instance's phrasings, by locale and key, as i18next resolved them (the locale's fallbacks
 * applied) on their first use: resolving through i18next costs far more than a turn's own work, and
 * the resources never change while the container lives.
 */
const resolved = new WeakMap<I18n, Map<string, readonly Template[]>>();

/** The phrasings of `key` in `lng` (a supported locale), resolved once per instance. */
function templatesOf(instance: I18n, lng: string, key: MessageKey): readonly Template[] {
  let cache = resolved.get(instance);
  if (!cache) {
    cache = new Map<string, readonly Template[]>();
    resolved.set(instance, cache);
  }
  const id = `${lng}|${key}`;
  const cached = cache.get(id);
  if (cached) return cached;
  if (!instance.exists(key, { lng })) throw new MissingMessageError(`No message "${key}" for ${lng}`);
  const found: unknown = instance.t(key, { lng, returnObjects: true, skipInterpolation: true });
  const phrasings = (Array.isArray(found) ? found : [found]).filter(
    (v): v is string => typeof v === 'string',
  );
  if (phrasings.length === 0) throw new MissingMessageError(`Message "${key}" for ${lng} is not text`);
  const templates = phrasings.map((phrasing) => phrasing.split(PLACEHOLDER));
  cache.set(id, templates);
  return templates;
}

/**
 * Binds the i18next instance to a locale and the injected random source; `before` is what the
 * session's previous response chose ({@link Speech.chosen}). Placeholders are filled as i18next would
 * with these options (no escaping, no plural forms in the resources; an unknown variable stays as
 * written).
 */
export function speechFor(instance: I18n, locale: string, random: Random, before: Phrasings = {}): Speech {
  const last = new Map<string, number>(Object.entries(before));
  const now = new Map<string, number>();
  const lng = (SUPPORTED_LOCALES as readonly string[]).includes(locale) ? locale : 'en-US';
  const value = (v: MessageValue): string => (isMessagePart(v) ? speech.text(v) : String(v));
  const phrasingOf = (key: MessageKey, vars: Readonly<Record<string, MessageValue>>): string => {
    const templates = templatesOf(instance, lng, key);
    // Variables are phrased before the phrasing is picked, in their order (the random source is drawn
    // in the same sequence).
    const filled: Record<string, string> = {};
    for (const name of Object.keys(vars)) {
      const v = vars[name];
      if (v !== undefined) filled[name] = value(v);
    }
    // Any phrasing but the one this message took last: one of the others, at random.
    const previous = last.get(key);
    const others = previous !== undefined && previous < templates.length && templates.length > 1 ? 1 : 0;
    const pick = Math.min(templates.length - others - 1, Math.floor(random() * (templates.length - others)));
    const index = others && pick >= (previous ?? 0) ? pick + 1 : pick;
    last.set(key, index);
    now.set(key, index);
    const template = templates[index] ?? [];
    if (template.length === 1) return template[0] ?? '';
    let text = '';
    for (let i = 0; i < template.length; i += 1) {
      const part = template[i] ?? '';
      text += i % 2 === 0 ? part : (filled[part] ?? `{{${part}}}`);
    }
    return text;
  };
  const speech: Speech = {
    locale: lng,
    say: (key, ...vars) => phrasingOf(key, vars[0] ?? {}),
    text: (part) => part.phrasing ?? phrasingOf(part.key, part.vars),
    phrased: (part) => ({ ...part, phrasing: speech.text(part) }),
    chosen: () => Object.fromEntries(now),
  };
  return speech;
}

const SPEECH_ATTRIBUTE = 'speech';

/** Stores this turn's {@link Speech} in the request attributes (run at the start of every turn). */
export function attachSpeech(input: HandlerInput, speech: Speech): void {
  input.attributesManager.setRequestAttributes({
    ...input.attributesManager.getRequestAttributes(),
    [SPEECH_ATTRIBUTE]: speech,
  });
}

/** This turn's {@link Speech}. */
export function speechOf(input: HandlerInput): Speech {
  const speech: unknown = input.attributesManager.getRequestAttributes()[SPEECH_ATTRIBUTE];
  if (!isSpeech(speech)) throw new MissingMessageError('Speech was not attached to this request');
  return speech;
}

function isSpeech(value: unknown): value is Speech {
  return typeof value === 'object' && value !== null && 'say' in value && 'locale' in value;
}
