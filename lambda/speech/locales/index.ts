import type { Resource } from 'i18next';
import conversation from './en/conversation';
import routines from './en/routines';
import restdays from './en/restdays';
import tips from './en/tips';

/** Locales the skill answers in; a request in any other locale is answered in en-US. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

/**
 * Every `en` message, by namespace (one namespace per capability). Each message is a list of
 * phrasings; one is picked per turn. The object is `as const`: the message keys and their variables
 * are derived from it (`../messages.ts`).
 */
export const english = { conversation, routines, restdays, tips } as const;

/** The `en` resources' type, from which the typed message keys are derived. */
export type English = typeof english;

/**
 * The words a regional locale file may hold: only keys that exist in `en`, each a list of phrasings
 * (a regional file states just what differs; `./regional.ts` registers it).
 */
export type RegionalWording<T> = {
  readonly [K in keyof T]?: T[K] extends readonly string[] ? readonly string[] : RegionalWording<T[K]>;
};

/**
 * Every message, by language then namespace. Locale files (e.g. `en-GB`) only hold what differs from
 * `en`; they are registered in `./regional.ts`.
 */
export const resources: Resource = { en: english };
