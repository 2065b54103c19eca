import type { Resource } from 'i18next';
import conversation from './en/conversation';
import routines from './en/routines';
import restdays from './en/restdays';
import tips from './en/tips';

/** Locales the skill answers in; a request in any other locale is answered in en-US. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

/**
 * Every message, by language then namespace (one namespace per capability). Each message is a list
 * of phrasings; one is picked per turn. Locale files (e.g. `en-GB`) only hold what differs from `en`;
 * they are registered in `./regional.ts`.
 */
export const resources: Resource = {
  en: { conversation, routines, restdays, tips },
};
