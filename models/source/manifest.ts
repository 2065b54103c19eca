/**
 * The skill manifest's source: store texts, example phrases and compliance answers. The generator
 * (`npm run manifest`, tools/skill/manifest.ts) writes `models/skill.json` from this and from
 * {@link LOCALES}, so the manifest lists exactly the locales that have a model.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/skill-manifest.html
 */
import { INVOCATION_NAME, LOCALES, type Locale } from './index';

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
  testingInstructions:
    'Say "Alexa, open run coach". The first launch includes a one-sentence medical disclaimer. ' +
    'No account linking or permissions are needed. Rest days are stored per Alexa user and deleted ' +
    'when the skill is disabled with "delete my data".',
} as const;

/** The country each locale is distributed in (`en-US` → `US`). */
export function countryOf(locale: Locale): string {
  const country = locale.split('-')[1];
  if (!country) throw new Error(`locale ${locale} has no country part`);
  return country;
}

/** The skill's Lambda endpoint, unknown until the stack is deployed. */
export interface Endpoint {
  uri: string;
}

/**
 * Stands for the function ARN in the committed `models/skill.json`; `npm run ask:package` replaces it
 * with the stack's `FunctionArn` output (or drops the endpoint before the first deploy).
 */
export const ENDPOINT_PLACEHOLDER = 'arn:aws:lambda:us-east-1:000000000000:function:RUN_COACH_FUNCTION_ARN';

/** The manifest document (`skill.json`) for the given endpoint; without one, no endpoint or events. */
export function buildManifest(endpoint: Endpoint | undefined) {
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: Object.fromEntries(
          LOCALES.map((locale) => [
            locale,
            {
              name: STORE_TEXT.name,
              summary: STORE_TEXT.summary,
              description: STORE_TEXT.description,
              examplePhrases: [...EXAMPLE_PHRASES],
              keywords: [...STORE_TEXT.keywords],
            },
          ]),
        ),
        isAvailableWorldwide: false,
        distributionCountries: [...new Set(LOCALES.map(countryOf))],
        distributionMode: 'PUBLIC',
        category: 'HEALTH_AND_FITNESS',
        testingInstructions: STORE_TEXT.testingInstructions,
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
      },
      // The Settings API's time zone needs no permission, so the manifest asks for none.
      ...(endpoint
        ? {
            events: { endpoint: { uri: endpoint.uri }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] },
            apis: { custom: { endpoint: { uri: endpoint.uri } } },
          }
        : { apis: { custom: {} } }),
    },
  };
}

/** The manifest document's type. */
export type SkillManifest = ReturnType<typeof buildManifest>;
