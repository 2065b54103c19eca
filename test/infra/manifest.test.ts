/**
 * The skill package: the manifest agrees with the models (locales, example phrases), carries what
 * certification expects, and the ASK CLI project is generated from it with the real endpoint.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOCATION_NAME, LOCALES, type InteractionModel } from '../../models/source';
import {
  APL_INTERFACE,
  buildManifest,
  EXAMPLE_PHRASES,
  ICON_URIS,
  MEDICAL_DISCLAIMER,
  POLICY_URL_PLACEHOLDERS,
  TESTING_INSTRUCTIONS,
  type SkillManifest,
} from '../../models/source/manifest';
import { MANIFEST_PATH, renderManifest } from '../../tools/skill/manifest';
import {
  askResources,
  checkEndpoint,
  ICON_FILES,
  recordedSkillId,
  recordSkillId,
  writeAskProject,
} from '../../tools/skill/ask-package';
import { ICON_SIZES, iconPath } from '../../tools/icons/render';
import { SCREEN_DEVICES } from '../../harness/devices';

const MODELS = join(__dirname, '..', '..', 'models');
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:RunCoach-SkillFunction4ADF40E6-AbC123';

const committed = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as SkillManifest;
const publishing = committed.manifest.publishingInformation;
const listings = publishing.locales ?? {};
const modelLocales = readdirSync(MODELS)
  .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

function model(locale: string): InteractionModel {
  return JSON.parse(readFileSync(join(MODELS, `${locale}.json`), 'utf8')) as InteractionModel;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/[^a-z0-9'{} ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Connecting words Alexa strips after "ask <invocation name>". */
const CONNECTORS = /^(to|for|about|that|if|whether) /;

/**
 * What Alexa would route an example phrase to in this model: `LaunchRequest` for "open run coach",
 * the intent whose sample (with `{slot}` patterns) matches what follows "ask/tell run coach", or
 * undefined.
 */
function resolve(phrase: string, m: InteractionModel): string | undefined {
  const text = normalize(phrase).replace(/^alexa /, '');
  const name = normalize(INVOCATION_NAME);
  if (new RegExp(`^(open|start|launch|begin) ${name}$`).test(text)) return 'LaunchRequest';
  const rest = new RegExp(`^(ask|tell) ${name} (.+)$`).exec(text)?.[2];
  if (!rest) return undefined;
  const candidates = [rest, rest.replace(CONNECTORS, '')];
  for (const intent of m.interactionModel.languageModel.intents) {
    for (const sample of intent.samples) {
      // A sample of slots alone ("{style}") matches only values its types know, which this
      // checker does not model: it routes by carrier words.
      // Nor does one whose only words are connecting words ("to {date}"): those are stripped.
      const words = normalize(sample.replace(/\{[^}]+\}/g, ' '))
        .split(' ')
        .filter(Boolean);
      if (words.every((word) => CONNECTORS.test(`${word} `))) continue;
      const pattern = normalize(sample)
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith('{') ? '.+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
        .join('');
      if (candidates.some((c) => new RegExp(`^${pattern}$`).test(c))) return intent.name;
    }
  }
  return undefined;
}

/**
 * The intent one of whose samples (with no slot) is exactly what follows "ask/tell run coach" and its
 * connecting word, as certification requires of example phrases; undefined if none is.
 */
function literalSample(phrase: string, m: InteractionModel): string | undefined {
  const text = phrase
    .toLowerCase()
    .replace(/[.,?!]/g, '')
    .replace(/^alexa /, '');
  const rest = new RegExp(`^(ask|tell) ${INVOCATION_NAME.toLowerCase()} (.+)$`).exec(text)?.[2];
  if (!rest) return undefined;
  const said = [rest, rest.replace(CONNECTORS, '')];
  return m.interactionModel.languageModel.intents.find((intent) =>
    intent.samples.some((sample) => said.includes(sample)),
  )?.name;
}

describe('models/skill.json, the skill manifest', () => {
  it('is what models/source/manifest.ts generates (npm run manifest)', () => {
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(renderManifest());
  });

  it('lists exactly the locales that have a model, and every LOCALES entry has one', () => {
    expect(Object.keys(listings).sort()).toEqual(modelLocales);
    expect([...LOCALES].sort()).toEqual(modelLocales);
    expect([...(publishing.distributionCountries ?? [])].sort()).toEqual(
      [...new Set(modelLocales.map((l) => l.split('-')[1]))].sort(),
    );
  });

  it.each(modelLocales)(
    'has example phrases that resolve to the %s model, the first one opening the skill',
    (locale) => {
      const phrases = listings[locale]?.examplePhrases ?? [];
      expect(phrases).toEqual([...EXAMPLE_PHRASES]);
      expect(phrases.length).toBeGreaterThanOrEqual(1);
      expect(phrases.length).toBeLessThanOrEqual(3);
      const m = model(locale);
      expect(phrases.filter((p) => resolve(p, m) === undefined)).toEqual([]);
      expect(resolve(phrases[0]!, m)).toBe('LaunchRequest');
      for (const phrase of phrases) expect(phrase).toMatch(/^Alexa, (open|ask|tell) /);
      // Certification: what follows "ask/tell run coach (for|to)" is word for word one of the samples.
      expect(phrases.slice(1).filter((p) => literalSample(p, m) === undefined)).toEqual([]);
    },
  );

  it('shows a warm-up and a rest day, each word for word a sample of its intent', () => {
    const m = model('en-US');
    expect(EXAMPLE_PHRASES.map((p) => resolve(p, m))).toEqual([
      'LaunchRequest',
      'WarmUpIntent',
      'LogRestDayIntent',
    ]);
    expect(EXAMPLE_PHRASES.slice(1).map((p) => literalSample(p, m))).toEqual([
      'WarmUpIntent',
      'LogRestDayIntent',
    ]);
    expect(literalSample('Alexa, ask run coach for a quick warm up', m)).toBeUndefined();
  });

  it('resolves phrases the way Alexa routes them (checks the checker)', () => {
    const m = model('en-US');
    expect(resolve('Alexa, launch run coach', m)).toBe('LaunchRequest');
    expect(resolve('Alexa, ask run coach what can you do', m)).toBe('AMAZON.HelpIntent');
    expect(resolve('Alexa, ask run coach to order a pizza', m)).toBeUndefined();
    expect(resolve('Alexa, open some other skill', m)).toBeUndefined();
  });

  it('says it is not medical advice, in every locale', () => {
    for (const text of Object.values(listings)) {
      expect(text.description).toContain(MEDICAL_DISCLAIMER);
      expect(text.description).toMatch(/not a substitute for professional medical advice/);
      expect(text.summary?.length).toBeLessThanOrEqual(160);
      expect(text.description?.length).toBeLessThanOrEqual(4000);
    }
  });

  it('answers the privacy and compliance questions and asks for no permissions', () => {
    expect(committed.manifest.privacyAndCompliance).toEqual({
      locales: Object.fromEntries(modelLocales.map((l) => [l, POLICY_URL_PLACEHOLDERS])),
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
    expect(publishing.category).toBe('HEALTH_AND_FITNESS');
    expect(committed.manifest).not.toHaveProperty('permissions');
  });

  it('subscribes the endpoint to SKILL_DISABLED, the same endpoint that answers requests', () => {
    const manifest = buildManifest({ uri: ARN }).manifest;
    expect(manifest).toMatchObject({
      events: { endpoint: { uri: ARN }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] },
      apis: { custom: { endpoint: { uri: ARN } } },
    });
  });

  it('declares the APL interface, with and without an endpoint, so Alexa sends screens their documents', () => {
    expect(committed.manifest.apis.custom?.interfaces).toEqual([APL_INTERFACE]);
    expect(buildManifest(undefined).manifest.apis.custom?.interfaces).toEqual([APL_INTERFACE]);
    expect(APL_INTERFACE.type).toBe('ALEXA_PRESENTATION_APL');
  });

  it.each(Object.entries(SCREEN_DEVICES))(
    'declares a viewport the %s falls in (a class the documents lay out)',
    (_name, device) => {
      const { mode, shape, pixelWidth, pixelHeight, dpi } = device.viewport;
      const dp = (px: number | undefined) => Math.round(((px ?? 0) * 160) / (dpi ?? 160));
      const [width, height] = [dp(pixelWidth), dp(pixelHeight)];
      const fits = (APL_INTERFACE.supportedViewports ?? []).filter(
        (v) =>
          v.mode === mode &&
          v.shape === shape &&
          width >= (v.minWidth ?? 0) &&
          width <= (v.maxWidth ?? Infinity) &&
          height >= (v.minHeight ?? 0) &&
          height <= (v.maxHeight ?? Infinity),
      );
      expect(fits.length).toBeGreaterThanOrEqual(1);
    },
  );

  it('links the policies it is given in every locale, and none it is not given', () => {
    const urls = { privacyPolicyUrl: 'https://example.org/p', termsOfUseUrl: 'https://example.org/t' };
    const both = buildManifest({ uri: ARN }, urls).manifest.privacyAndCompliance;
    expect(Object.keys(both.locales ?? {}).sort()).toEqual(modelLocales);
    expect(Object.values(both.locales ?? {})).toEqual(modelLocales.map(() => urls));
    expect(buildManifest({ uri: ARN }).manifest.privacyAndCompliance).not.toHaveProperty('locales');
    const one = buildManifest({ uri: ARN }, { termsOfUseUrl: urls.termsOfUseUrl }).manifest;
    expect(one.privacyAndCompliance.locales?.['en-US']).toEqual({ termsOfUseUrl: urls.termsOfUseUrl });
  });

  it('shows the 108 and 512 pixel icons in every locale, and tells the reviewer how to test', () => {
    for (const text of Object.values(listings)) {
      expect([text.smallIconUri, text.largeIconUri]).toEqual([ICON_URIS.small, ICON_URIS.large]);
    }
    expect(ICON_URIS.small).toMatch(/108/);
    expect(ICON_URIS.large).toMatch(/512/);
    expect(publishing.testingInstructions).toBe(TESTING_INSTRUCTIONS);
    expect(TESTING_INSTRUCTIONS.length).toBeLessThanOrEqual(4000);
    expect(TESTING_INSTRUCTIONS).toMatch(/my back hurts/);
  });

  it('gives the reviewer the same testing instructions in docs/certification.md', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'certification.md'), 'utf8');
    const block =
      /<!-- testing-instructions -->([\s\S]*?)<!-- \/testing-instructions -->/.exec(doc)?.[1] ?? '';
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(flat(block)).toBe(flat(TESTING_INSTRUCTIONS));
  });
});

describe('npm run ask:package, the ASK CLI project', () => {
  it('writes ask-resources.json, the manifest with the function ARN, every locale model and the icons', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-coach-ask-'));
    const policies = { privacyPolicyUrl: 'https://example.org/p' };
    await writeAskProject({ endpoint: checkEndpoint(ARN), profile: 'work', policies }, dir);
    expect(JSON.parse(readFileSync(join(dir, 'ask-resources.json'), 'utf8'))).toEqual(askResources(['work']));
    const manifest = JSON.parse(
      readFileSync(join(dir, 'skill-package', 'skill.json'), 'utf8'),
    ) as SkillManifest;
    expect(manifest).toEqual(buildManifest({ uri: ARN }, policies));
    const images = join(dir, 'skill-package', 'assets', 'images');
    expect(readdirSync(images).sort()).toEqual([...ICON_FILES]);
    for (const [index, size] of ICON_SIZES.entries()) {
      expect(readFileSync(join(images, ICON_FILES[index]!))).toEqual(readFileSync(iconPath(size)));
    }
    const custom = join(dir, 'skill-package', 'interactionModels', 'custom');
    expect(readdirSync(custom).sort()).toEqual(modelLocales.map((l) => `${l}.json`));
    for (const locale of modelLocales) {
      expect(JSON.parse(readFileSync(join(custom, `${locale}.json`), 'utf8'))).toEqual(model(locale));
    }
  });

  it('creates the skill without an endpoint before the stack exists (no events either)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-coach-ask-'));
    await writeAskProject({}, dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'skill-package', 'skill.json'), 'utf8')) as {
      manifest: Record<string, unknown>;
    };
    expect(manifest.manifest.apis).toEqual({ custom: { interfaces: [APL_INTERFACE] } });
    expect(manifest.manifest).not.toHaveProperty('events');
  });

  it('refuses an endpoint that is not a Lambda ARN in a region Alexa calls', () => {
    expect(() => checkEndpoint('arn:aws:lambda:eu-central-1:123456789012:function:RunCoach')).toThrow(
      /us-east-1, eu-west-1, us-west-2/,
    );
    expect(() => checkEndpoint('https://example.com/alexa')).toThrow(/not a Lambda function ARN/);
  });

  it('reads the skill ID the ASK CLI recorded for each profile, so it can reach cdk deploy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-coach-ask-'));
    expect(await recordedSkillId(dir)).toBeUndefined();
    mkdirSync(join(dir, '.ask'));
    const skillId = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
    const other = 'amzn1.ask.skill.00000000-90ab-cdef-1234-567890abcdef';
    writeFileSync(
      join(dir, '.ask', 'ask-states.json'),
      JSON.stringify({
        askcliStatesVersion: '2020-03-31',
        profiles: { default: { skillId }, work: { skillId: other } },
      }),
    );
    expect(await recordedSkillId(dir)).toBe(skillId);
    expect(await recordedSkillId(dir, 'work')).toBe(other);
    expect(await recordedSkillId(dir, 'home')).toBeUndefined();
  });

  it('keeps the profiles an earlier project named, and tells the ASK CLI which skill to update', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-coach-ask-'));
    await writeAskProject({ profile: 'default' }, dir);
    await writeAskProject({ profile: 'work' }, dir);
    expect(JSON.parse(readFileSync(join(dir, 'ask-resources.json'), 'utf8'))).toEqual(
      askResources(['default', 'work']),
    );
    const skillId = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
    await recordSkillId(dir, 'work', skillId);
    expect(await recordedSkillId(dir, 'work')).toBe(skillId);
    expect(await recordedSkillId(dir, 'default')).toBeUndefined();
    await recordSkillId(dir, 'work', undefined);
    expect(await recordedSkillId(dir, 'work')).toBeUndefined();
  });
});
