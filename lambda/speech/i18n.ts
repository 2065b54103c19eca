import i18next, { type i18n as I18n } from 'i18next';
import type { HandlerInput } from 'ask-sdk-core';
import { MissingMessageError } from '../core/errors';
import type { Random } from '../core/deps';
import { SUPPORTED_LOCALES } from './locales';
import { allResources, LOCALE_FALLBACKS } from './locales/regional';

/**
 * Speech for one request: picks one of a message's phrasings at random and fills in its variables.
 * Values are inserted as given; callers escape user-provided text with {@link escapeSsml}.
 */
export interface Speech {
  readonly locale: string;
  /** One phrasing of `namespace:key`, e.g. `say('conversation:welcomeFirst')`. */
  say(key: string, vars?: Record<string, string | number>): string;
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
  return {
    locale: lng,
    say(key, vars = {}) {
      if (!instance.exists(key, { lng })) throw new MissingMessageError(`No message "${key}" for ${lng}`);
      const value: unknown = t(key, { ...vars, returnObjects: true });
      const phrasings = Array.isArray(value)
        ? value.filter((v): v is string => typeof v === 'string')
        : [value];
      const index = Math.min(phrasings.length - 1, Math.floor(random() * phrasings.length));
      const chosen = phrasings[index];
      if (typeof chosen !== 'string')
        throw new MissingMessageError(`Message "${key}" for ${lng} is not text`);
      return chosen;
    },
  };
}

const SPEECH_ATTRIBUTE = 'speech';

/** Stores this turn's {@link Speech} in the request attributes (run by a request interceptor). */
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
