import type { Resource } from 'i18next';
import { regional } from './regional';
import conversation from './en/conversation';

/** Locales the skill answers in; a request in any other locale is answered in en-US. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

/**
 * Every message, by language then namespace (one namespace per capability). Each message is a list
 * of phrasings; one is picked per turn. Locale files (e.g. `en-GB`) only hold what differs from `en`.
 */
export const resources: Resource = {
  en: { conversation },
};

/**
 * What i18next loads: {@link resources} with each locale's own wording (`./regional.ts`) merged in,
 * namespace by namespace.
 */
export const allResources: Resource = Object.entries(regional).reduce<Resource>(
  (merged, [language, namespaces]) => ({ ...merged, [language]: { ...merged[language], ...namespaces } }),
  resources,
);

export { LOCALE_FALLBACKS } from './regional';
