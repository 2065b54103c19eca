import type { Resource } from 'i18next';
import { resources } from './index';
import enCAConversation from './en-CA/conversation';
import enCARoutines from './en-CA/routines';
import enCATips from './en-CA/tips';
import enGBConversation from './en-GB/conversation';
import enGBRestDays from './en-GB/restdays';
import enGBRoutines from './en-GB/routines';
import enGBTips from './en-GB/tips';
import enINConversation from './en-IN/conversation';
import enINRoutines from './en-IN/routines';
import enINTips from './en-IN/tips';

/**
 * Each English locale's own wording: per locale, per namespace, ONLY the keys whose wording differs
 * from `en` (a test checks every key here exists in `en`). Add `<locale>/<namespace>.ts` and register
 * it here. en-AU has no file of its own yet: it speaks en-GB (see {@link LOCALE_FALLBACKS}).
 */
export const regional: Resource = {
  'en-GB': {
    conversation: enGBConversation,
    routines: enGBRoutines,
    restdays: enGBRestDays,
    tips: enGBTips,
  },
  'en-CA': { conversation: enCAConversation, routines: enCARoutines, tips: enCATips },
  'en-IN': { conversation: enINConversation, routines: enINRoutines, tips: enINTips },
};

/**
 * Where each locale looks for a message it does not word itself, in order. Australian and Indian
 * English read closer to British than to American English; Canadian falls back straight to `en`.
 */
export const LOCALE_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  'en-AU': ['en-GB', 'en'],
  'en-IN': ['en-GB', 'en'],
  default: ['en'],
};

/**
 * What i18next loads: every capability's `en` messages (`./index.ts`) with each locale's own wording
 * merged in, namespace by namespace.
 */
export const allResources: Resource = Object.entries(regional).reduce<Resource>(
  (merged, [language, namespaces]) => ({ ...merged, [language]: { ...merged[language], ...namespaces } }),
  resources,
);
