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
 * (a variable that is itself a message is phrased first). The result is plain text: the renderer
 * escapes it for SSML.
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
}

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

/** Binds the i18next instance to a locale and the injected random source. */
export function speechFor(instance: I18n, locale: string, random: Random): Speech {
  const lng = (SUPPORTED_LOCALES as readonly string[]).includes(locale) ? locale : 'en-US';
  const t = instance.getFixedT(lng);
  const value = (v: MessageValue): string | number => (isMessagePart(v) ? speech.text(v) : v);
  const phrasingOf = (key: MessageKey, vars: Readonly<Record<string, MessageValue>>): string => {
    if (!instance.exists(key, { lng })) throw new MissingMessageError(`No message "${key}" for ${lng}`);
    const filled = Object.fromEntries(Object.entries(vars).map(([name, v]) => [name, value(v)]));
    const found: unknown = t(key, { ...filled, returnObjects: true });
    const phrasings = Array.isArray(found)
      ? found.filter((v): v is string => typeof v === 'string')
      : [found];
    const index = Math.min(phrasings.length - 1, Math.floor(random() * phrasings.length));
    const chosen = phrasings[index];
    if (typeof chosen !== 'string') throw new MissingMessageError(`Message "${key}" for ${lng} is not text`);
    return chosen;
  };
  const speech: Speech = {
    locale: lng,
    say: (key, ...vars) => phrasingOf(key, vars[0] ?? {}),
    text: (part) => part.phrasing ?? phrasingOf(part.key, part.vars),
    phrased: (part) => ({ ...part, phrasing: speech.text(part) }),
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
