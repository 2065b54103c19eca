/**
 * The skill package: the manifest agrees with the models (locales, example phrases), carries what
 * certification expects, and the ASK CLI project is generated from it with the real endpoint.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOCATION_NAME, LOCALES, type InteractionModel } from '../../models/source';
import {
  buildManifest,
  EXAMPLE_PHRASES,
  MEDICAL_DISCLAIMER,
  type SkillManifest,
} from '../../models/source/manifest';
import { MANIFEST_PATH, renderManifest } from '../../tools/skill/manifest';
import {
  ASK_RESOURCES,
  checkEndpoint,
  recordedSkillId,
  writeAskProject,
} from '../../tools/skill/ask-package';

const MODELS = join(__dirname, '..', '..', 'models');
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:RunCoach-SkillFunction4ADF40E6-AbC123';

const committed = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as SkillManifest;
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
      if (!/[a-z]/.test(sample.replace(/\{[^}]+\}/g, ''))) continue;
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
    expect(Object.keys(committed.manifest.publishingInformation.locales).sort()).toEqual(modelLocales);
    expect([...LOCALES].sort()).toEqual(modelLocales);
    expect([...committed.manifest.publishingInformation.distributionCountries].sort()).toEqual(
      [...new Set(modelLocales.map((l) => l.split('-')[1]))].sort(),
    );
  });

  it.each(modelLocales)(
    'has example phrases that resolve to the %s model, the first one opening the skill',
    (locale) => {
      const phrases = committed.manifest.publishingInformation.locales[locale]?.examplePhrases ?? [];
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
    for (const text of Object.values(committed.manifest.publishingInformation.locales)) {
      expect(text.description).toContain(MEDICAL_DISCLAIMER);
      expect(text.description).toMatch(/not a substitute for professional medical advice/);
      expect(text.summary.length).toBeLessThanOrEqual(160);
      expect(text.description.length).toBeLessThanOrEqual(4000);
    }
  });

  it('answers the privacy and compliance questions and asks for no permissions', () => {
    expect(committed.manifest.privacyAndCompliance).toEqual({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
    expect(committed.manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
    expect(committed.manifest).not.toHaveProperty('permissions');
  });

  it('subscribes the endpoint to SKILL_DISABLED, the same endpoint that answers requests', () => {
    const manifest = buildManifest({ uri: ARN }).manifest;
    expect(manifest).toMatchObject({
      events: { endpoint: { uri: ARN }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] },
      apis: { custom: { endpoint: { uri: ARN } } },
    });
  });
});

describe('npm run ask:package, the ASK CLI project', () => {
  it('writes ask-resources.json, the manifest with the function ARN and every locale model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-coach-ask-'));
    await writeAskProject(checkEndpoint(ARN), dir);
    expect(JSON.parse(readFileSync(join(dir, 'ask-resources.json'), 'utf8'))).toEqual(ASK_RESOURCES);
    const manifest = JSON.parse(
      readFileSync(join(dir, 'skill-package', 'skill.json'), 'utf8'),
    ) as SkillManifest;
    expect(manifest).toEqual(buildManifest({ uri: ARN }));
    const custom = join(dir, 'skill-package', 'interactionModels', 'custom');
    expect(readdirSync(custom).sort()).toEqual(modelLocales.map((l) => `${l}.json`));
    for (const locale of modelLocales) {
      expect(JSON.parse(readFileSync(join(custom, `${locale}.json`), 'utf8'))).toEqual(model(locale));
    }
  });

  it('creates the skill without an endpoint before the stack exists (no events either)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-coach-ask-'));
    await writeAskProject(undefined, dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'skill-package', 'skill.json'), 'utf8')) as {
      manifest: Record<string, unknown>;
    };
    expect(manifest.manifest.apis).toEqual({ custom: {} });
    expect(manifest.manifest).not.toHaveProperty('events');
  });

  it('refuses an endpoint that is not a Lambda ARN in a region Alexa calls', () => {
    expect(() => checkEndpoint('arn:aws:lambda:eu-central-1:123456789012:function:RunCoach')).toThrow(
      /us-east-1, eu-west-1, us-west-2/,
    );
    expect(() => checkEndpoint('https://example.com/alexa')).toThrow(/not a Lambda function ARN/);
  });

  it('reads the skill ID the ASK CLI recorded, so it can reach cdk deploy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-coach-ask-'));
    expect(await recordedSkillId(dir)).toBeUndefined();
    mkdirSync(join(dir, '.ask'));
    const skillId = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
    writeFileSync(
      join(dir, '.ask', 'ask-states.json'),
      JSON.stringify({ askcliStatesVersion: '2020-03-31', profiles: { default: { skillId } } }),
    );
    expect(await recordedSkillId(dir)).toBe(skillId);
  });
});
