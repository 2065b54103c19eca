/**
 * The skill manifest's source: store texts, example phrases, testing instructions and compliance
 * answers. The generator (`npm run manifest`, tools/skill/manifest.ts) writes `models/skill.json` from
 * this and from {@link LOCALES}, so the manifest lists exactly the locales that have a model.
 *
 * Every part is typed against Amazon's Skill Management API model (`ask-smapi-model`), and each
 * object literal is returned as that type, so a field the API does not accept (or a value outside
 * its enumerations: a distribution country, an event name) is a compile error.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/skill-manifest.html
 */
import type { v1 } from 'ask-smapi-model';
import { INVOCATION_NAME, LOCALES, type Locale } from './index';

type Manifest = v1.skill.Manifest.SkillManifest;

/**
 * What the store shows as "Try saying" (at most three). Certification asks that each begins with the
 * wake word and a supported launch phrase with the invocation name, the first one opening the skill,
 * and that what follows the invocation name (and its connecting word) is, word for word, a sample
 * utterance of the model. test/infra/manifest.test.ts checks this against every locale's model:
 * "a warm up" is a WarmUpIntent sample, "log a rest day" a LogRestDayIntent one.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/understanding-how-users-invoke-custom-skills.html
 * @see https://developer.amazon.com/blogs/alexa/post/74d0ed59-ad4f-470a-abcf-d37c10a1dfd6/crafting-great-example-phrases-that-meet-certification-requirements
 */
export const EXAMPLE_PHRASES: readonly string[] = [
  `Alexa, open ${INVOCATION_NAME}`,
  `Alexa, ask ${INVOCATION_NAME} for a warm up`,
  `Alexa, tell ${INVOCATION_NAME} to log a rest day`,
];

/** The sentence certification expects in a health-related skill's description. */
export const MEDICAL_DISCLAIMER =
  'Run Coach is not a substitute for professional medical advice, diagnosis or treatment: ' +
  'see your doctor or physical therapist if your pain is sharp or getting worse.';

/** Store texts, the same for every English locale. */
export const STORE_TEXT = {
  name: 'Run Coach',
  summary: 'Hands-free warm-ups and cool-downs for runners with back pain, and a log of your rest days.',
  description: [
    'Run Coach talks you through a gentle warm-up before your run and a cool-down after it, step by step,',
    'with spoken timing so you never need to look at a screen. Say "pause", "next" or "repeat" at any point.',
    'Tell it when you take a rest day and it keeps count, nudging you to take at least two rest days a week.',
    'If your back hurts during a routine, say so: Run Coach stops and offers to log a rest day.',
    MEDICAL_DISCLAIMER,
  ].join(' '),
  keywords: ['running', 'back pain', 'warm up', 'cool down', 'stretching', 'rest day', 'runner'],
} as const;

/**
 * The testing instructions for the certification reviewer, sent as the manifest's
 * `publishingInformation.testingInstructions`; docs/certification.md shows the same text (a test
 * keeps the two equal).
 */
export const TESTING_INSTRUCTIONS = [
  'No account linking, no permissions and no purchases. Nothing is needed before testing.',
  '1. First contact: say "Alexa, open run coach", or, as a new user\'s very first request, "Alexa, ask run coach to warm me up". The first response of a new user includes a one-sentence disclaimer that the skill is not medical advice, before any routine starts; later requests do not repeat it.',
  '2. Routines: say "give me a quick warm-up" (about 5 minutes) or "cool me down" (the whole cool-down: easing down from a run to a walk, then stretches for the back and the legs; about 10 minutes). A routine runs hands-free: each response speaks several timed steps with pauses and cues (halfway, "switch sides" on one-sided stretches, ten seconds left), then asks a short question such as "Up next, calf stretch. Ready?" and keeps the session open; a 10-minute routine asks at most twice. "Yes", "next" or "carry on" answers it. During it, try "pause", "resume", "next", "go back", "repeat", "how much longer", "help" and "stop". Stop saves the place; opening the skill again within four hours offers to continue.',
  '3. Back check: after the last move the skill praises the user and asks how the back feels ("better", "the same" or "worse"); "worse" suggests a rest day and a doctor or physical therapist.',
  '4. Back pain is a safety path: at any point say "my back hurts". The routine stops at once, the skill gives calm advice (see a doctor or physical therapist if the pain is sharp or getting worse) and offers to log today as a rest day. Severe pain ("a sharp pain in my back", "my leg is numb") stops everything, advises seeing a doctor or physical therapist soon (urgent care with numbness, tingling or weakness) and ends the session without offering any routine.',
  '5. Pain-aware sessions: for three days after a pain report, the launch and any routine request first ask how the back feels. "Better" offers the gentlest routines (a quick walking warm-up or cool-down); "the same" or "worse" suggests a rest day and a doctor or physical therapist, and the user can still ask for a routine.',
  '6. Rest days: "log a rest day", "log yesterday as a rest day", "how many rest days have I had this week", "should I run today", "set my rest day goal to three", "remove my rest day on tuesday" (asks to confirm first). Dates follow the device\'s time zone.',
  '7. Tips: "give me a tip", then "next" or "no".',
  '8. Stop and Cancel always end the session. After a question the session stays open with a reprompt.',
  '9. Data: rest days and completed routines are stored per Alexa user. Disabling the skill with the choice not to keep data deletes everything stored for that user.',
  '10. On an Echo Show, a routine shows the move, a countdown, step k of n and Pause, Next and Back buttons that work like the spoken commands; rest-day answers show the week; tips show the tip.',
].join('\n');

/** The country each locale is distributed in: a locale added to {@link LOCALES} must be added here. */
const COUNTRY: Record<Locale, v1.skill.Manifest.DistributionCountries> = {
  'en-US': 'US',
  'en-GB': 'GB',
  'en-CA': 'CA',
  'en-AU': 'AU',
  'en-IN': 'IN',
};

/** The country a locale is distributed in (`en-US` → `US`). */
export function countryOf(locale: Locale): v1.skill.Manifest.DistributionCountries {
  return COUNTRY[locale];
}

/** The skill's Lambda endpoint, unknown until the stack is deployed. */
export type Endpoint = v1.skill.Manifest.SkillManifestEndpoint;

/** The public privacy policy and terms of use (docs/deploy.md, skill.config.json). */
export interface PolicyUrls {
  privacyPolicyUrl?: string;
  termsOfUseUrl?: string;
}

/**
 * Icon paths inside the skill package. The skill package format takes `file://` URIs relative to
 * the package for images in its `assets/images/` folder; the ASK CLI uploads them with the package.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/skill-package-api-reference.html
 */
export const ICON_URIS = {
  small: 'file://assets/images/icon-108.png',
  large: 'file://assets/images/icon-512.png',
} as const;

/**
 * Stands for the function ARN in the committed `models/skill.json`; the ASK package (tools/skill/)
 * replaces it with the stack's `FunctionArn` output (or drops the endpoint before the first deploy).
 */
export const ENDPOINT_PLACEHOLDER = 'arn:aws:lambda:us-east-1:000000000000:function:RUN_COACH_FUNCTION_ARN';

/** Stand for the policy URLs in the committed `models/skill.json` (the deploy sets the real ones). */
export const POLICY_URL_PLACEHOLDERS = {
  privacyPolicyUrl: 'https://example.com/RUN_COACH_PRIVACY_POLICY_URL',
  termsOfUseUrl: 'https://example.com/RUN_COACH_TERMS_OF_USE_URL',
} as const satisfies PolicyUrls;

/** The manifest document (`skill.json`): its top-level parts are always there. */
export interface SkillManifestDocument extends v1.skill.Manifest.SkillManifestEnvelope {
  manifest: Manifest & Required<Pick<Manifest, 'publishingInformation' | 'privacyAndCompliance' | 'apis'>>;
}

function storeListing(): v1.skill.Manifest.SkillManifestLocalizedPublishingInformation {
  return {
    name: STORE_TEXT.name,
    summary: STORE_TEXT.summary,
    description: STORE_TEXT.description,
    smallIconUri: ICON_URIS.small,
    largeIconUri: ICON_URIS.large,
    examplePhrases: [...EXAMPLE_PHRASES],
    keywords: [...STORE_TEXT.keywords],
  };
}

function publishing(): v1.skill.Manifest.SkillManifestPublishingInformation {
  return {
    locales: Object.fromEntries(LOCALES.map((locale) => [locale, storeListing()])),
    isAvailableWorldwide: false,
    distributionCountries: [...new Set(LOCALES.map(countryOf))],
    distributionMode: 'PUBLIC',
    category: 'HEALTH_AND_FITNESS',
    testingInstructions: TESTING_INSTRUCTIONS,
  };
}

function privacy(urls: PolicyUrls): v1.skill.Manifest.SkillManifestPrivacyAndCompliance {
  const perLocale: v1.skill.Manifest.SkillManifestLocalizedPrivacyAndCompliance = {
    ...(urls.privacyPolicyUrl ? { privacyPolicyUrl: urls.privacyPolicyUrl } : {}),
    ...(urls.termsOfUseUrl ? { termsOfUseUrl: urls.termsOfUseUrl } : {}),
  };
  return {
    ...(Object.keys(perLocale).length > 0
      ? { locales: Object.fromEntries(LOCALES.map((locale) => [locale, { ...perLocale }])) }
      : {}),
    allowsPurchases: false,
    usesPersonalInfo: false,
    isChildDirected: false,
    isExportCompliant: true,
    containsAds: false,
  };
}

/**
 * The screen interface: without it Alexa sends no `Alexa.Presentation.APL` in a request's supported
 * interfaces and refuses APL directives. The viewports are the classes the documents lay out
 * (lambda/screens/documents): small round hubs, short, medium and large landscape hubs (up to the
 * Echo Show 15's 1920 × 1080 dp), and TVs; sizes in dp.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-support-for-your-skill.html
 */
export const APL_INTERFACE: v1.skill.Manifest.AlexaPresentationAplInterface = {
  type: 'ALEXA_PRESENTATION_APL',
  supportedViewports: [
    { mode: 'HUB', shape: 'ROUND', minWidth: 100, maxWidth: 599, minHeight: 100, maxHeight: 599 },
    { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 1279, minHeight: 100, maxHeight: 599 },
    { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 1279, minHeight: 600, maxHeight: 959 },
    { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1280, maxWidth: 1920, minHeight: 600, maxHeight: 1279 },
    { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1920, maxWidth: 2560, minHeight: 960, maxHeight: 1279 },
    { mode: 'TV', shape: 'RECTANGLE', minWidth: 960, maxWidth: 960, minHeight: 540, maxHeight: 540 },
  ],
};

function events(endpoint: Endpoint): v1.skill.Manifest.SkillManifestEvents {
  return { endpoint: { uri: endpoint.uri }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] };
}

/**
 * The manifest document for the given endpoint and policy URLs. Without an endpoint (the first
 * deploy, which creates the skill to learn its ID) it has no endpoint and no event subscription.
 * The Settings API's time zone needs no permission, so the manifest asks for none. Every version
 * declares the APL interface ({@link APL_INTERFACE}).
 */
export function buildManifest(endpoint: Endpoint | undefined, urls: PolicyUrls = {}): SkillManifestDocument {
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: publishing(),
      privacyAndCompliance: privacy(urls),
      ...(endpoint ? { events: events(endpoint) } : {}),
      apis: {
        custom: { ...(endpoint ? { endpoint: { uri: endpoint.uri } } : {}), interfaces: [APL_INTERFACE] },
      },
    },
  };
}

/** The manifest document's type. */
export type SkillManifest = SkillManifestDocument;
