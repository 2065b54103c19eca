/**
 * Pain through the real skill: each pain line said at top level, mid-routine (a real routine
 * started first) or as a one-shot is sent as the envelope Alexa would send to `createSkill` on an
 * in-memory store, and the answer must be the one pain needs. Two ways: as said (the resolver picks
 * the intent, so a model gap shows here too) and as labelled (the labelled intent and slots, so the
 * handlers are checked on their own).
 *
 * The answer kind is read from the speech: it holds a phrasing of `routines:painSevere` (stop and
 * seek care) or of `routines:pain` (calm advice), in the request's locale. Either way the routine is
 * stopped (no `routine` session attribute) and nothing offers to carry on (no pending
 * `routines.continue` or `routines.resume` question).
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { MessageKey } from '../../lambda/speech/messages';
import { recordingMetrics } from '../../lambda/core/metrics';
import { TEST_SKILL_ID } from '../../harness/envelopes';
import { createSkill, type SkillHandler } from '../../lambda/skill';
import { createMemoryStore } from '../../lambda/store/memory';
import {
  intentEnvelope,
  launchEnvelope,
  newSessionId,
  type Device,
  type SessionState,
} from '../console/envelope';
import type { InteractionModel } from '../console/model';
import { messagePattern } from '../../harness/messages';
import { speechText } from '../../harness/speech';
import type { ResolvedIntent } from '../console/resolver';
import type { CorpusLine } from './corpus';
import { corpusResolver, isPainLine, isSevereLine } from './evaluate';
import { CORPUS_NOW, CORPUS_TIME_ZONE } from './labels';
import { share, type Share } from './metrics';
import { slotsOf } from './validate';

/** The message keys whose phrasings make a pain answer, by kind. */
export const PAIN_ANSWER_KEYS = {
  pain: 'routines:pain',
  painSevere: 'routines:painSevere',
} as const satisfies Record<string, MessageKey>;
/** Questions that offer to carry on with a routine: never pending after a pain answer. */
export const CARRY_ON_QUESTIONS = ['routines.continue', 'routines.resume'];
/** The contexts the check runs pain lines in. */
export const BEHAVIOUR_CONTEXTS = ['top', 'routine', 'oneshot'];

/** The kind of answer a response is. */
export type AnswerKind = keyof typeof PAIN_ANSWER_KEYS | 'other';

/** How one pain line fared through the skill. */
export interface BehaviourResult {
  line: CorpusLine;
  mode: 'spoken' | 'labelled';
  expected: keyof typeof PAIN_ANSWER_KEYS;
  got: AnswerKind;
  /** What is wrong besides the kind (routine kept, carry-on offered, setup failed). */
  problems: string[];
  ok: boolean;
  speech: string;
}

/** Any phrasing of `key` in `locale` (variables match any words), from the harness's message patterns. */
function phrasingsOf(
  locale: string,
  key: (typeof PAIN_ANSWER_KEYS)[keyof typeof PAIN_ANSWER_KEYS],
): RegExp[] {
  return [messagePattern(key, { locale })];
}

/** Reads a response's answer kind with `patterns` per kind. */
function answerKind(speech: string, patterns: Record<keyof typeof PAIN_ANSWER_KEYS, RegExp[]>): AnswerKind {
  if (patterns.painSevere.some((p) => p.test(speech))) return 'painSevere';
  if (patterns.pain.some((p) => p.test(speech))) return 'pain';
  return 'other';
}

/** The intent Alexa would send for a label: every declared slot, the labelled ones filled and resolved. */
export function labelledIntent(
  model: InteractionModel,
  intent: string,
  slots: Record<string, string>,
): ResolvedIntent {
  const declared = slotsOf(model, intent) ?? {};
  return {
    name: intent,
    slots: Object.entries(declared).map(([name, type]) => {
      const value = slots[name];
      if (value === undefined) return { name, type };
      const custom = !type.startsWith('AMAZON.');
      const resolution = custom ? { code: 'ER_SUCCESS_MATCH' as const, id: value, name: value } : undefined;
      return { name, type, filled: { name, type, value, ...(resolution ? { resolution } : {}) } };
    }),
  };
}

/** One user's session with the real skill, turn by turn. */
class SkillSession {
  private state: SessionState | undefined;
  constructor(
    private readonly handler: SkillHandler,
    private readonly device: Device,
    private readonly at: Date,
  ) {}

  private async send(build: (state: SessionState) => Parameters<SkillHandler>[0], fresh: boolean) {
    const state =
      !fresh && this.state ? this.state : { sessionId: newSessionId(), isNew: true, attributes: {} };
    const response: ResponseEnvelope = await this.handler(build(state), {});
    this.state =
      response.response.shouldEndSession === false
        ? { sessionId: state.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} }
        : undefined;
    return response;
  }

  launch() {
    return this.send((state) => launchEnvelope(this.device, state, this.at), true);
  }

  intent(intent: ResolvedIntent, oneShot: boolean) {
    return this.send((state) => intentEnvelope(this.device, state, this.at, intent), oneShot || !this.state);
  }
}

/** Options of {@link checkPainBehaviour}. */
export interface BehaviourOptions {
  locale: string;
  modes?: BehaviourResult['mode'][];
}

/** Sends every pain line of `lines` said in a {@link BEHAVIOUR_CONTEXTS} context through the real skill. */
export async function checkPainBehaviour(
  model: InteractionModel,
  lines: readonly CorpusLine[],
  { locale, modes = ['spoken', 'labelled'] }: BehaviourOptions,
): Promise<BehaviourResult[]> {
  const at = new Date(CORPUS_NOW);
  const deps = {
    store: createMemoryStore(),
    clock: { now: () => at.getTime() },
    random: () => 0.5,
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    timeZones: { timeZoneOf: () => Promise.resolve(CORPUS_TIME_ZONE) },
    metrics: recordingMetrics(),
    skillId: TEST_SKILL_ID,
  };
  const { handler } = createSkill(deps);
  const resolver = corpusResolver(model);
  const patterns = {
    pain: phrasingsOf(locale, PAIN_ANSWER_KEYS.pain),
    painSevere: phrasingsOf(locale, PAIN_ANSWER_KEYS.painSevere),
  };
  const start = labelledIntent(model, 'StartRoutineIntent', { kind: 'warmup', length: 'quick' });
  const results: BehaviourResult[] = [];
  let user = 0;
  for (const line of lines.filter((l) => isPainLine(l) && BEHAVIOUR_CONTEXTS.includes(l.context))) {
    for (const mode of modes) {
      user += 1;
      const device: Device = {
        skillId: TEST_SKILL_ID,
        userId: `amzn1.ask.account.NLU-${user}`,
        deviceId: 'amzn1.ask.device.NLU',
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'nlu.api-access-token',
        locale,
      };
      const session = new SkillSession(handler, device, at);
      const problems: string[] = [];
      if (line.context !== 'oneshot') await session.launch();
      if (line.context === 'routine') {
        const started = await session.intent(start, false);
        const pending = (started.sessionAttributes?.question as { kind?: unknown } | undefined)?.kind;
        if (pending !== 'routines.continue')
          problems.push(`setup: no routine waiting to continue (${String(pending)})`);
      }
      const oneShot = line.context === 'oneshot';
      const resolution = oneShot ? resolver.resolve(line.say) : undefined;
      let response: ResponseEnvelope | undefined;
      if (mode === 'labelled')
        response = await session.intent(labelledIntent(model, 'BackPainIntent', line.slots), oneShot);
      else if (!resolution || resolution.kind === 'intent')
        response = await session.intent(resolution?.intent ?? resolver.resolveIntent(line.say), oneShot);
      const speech = response ? speechText(response.response.outputSpeech) : '';
      const attributes = response?.sessionAttributes ?? {};
      const pending = (attributes.question as { kind?: unknown } | undefined)?.kind;
      if ('routine' in attributes) problems.push('the routine is kept');
      if (typeof pending === 'string' && CARRY_ON_QUESTIONS.includes(pending))
        problems.push(`offers to carry on (${pending})`);
      const expected = isSevereLine(line) ? 'painSevere' : 'pain';
      const got = answerKind(speech, patterns);
      results.push({
        line,
        mode,
        expected,
        got,
        problems,
        ok: got === expected && problems.length === 0,
        speech,
      });
    }
  }
  return results;
}

/** Pain lines through the skill, per mode. */
export interface BehaviourSummary {
  locale: string;
  spoken: Share;
  labelled: Share;
  /** One line per miss: where, what was said, the answer needed and got, and what else is wrong. */
  spokenMisses: string[];
  labelledMisses: string[];
}

/** A behaviour miss as one line. */
export function describeMiss(r: BehaviourResult): string {
  const problems = r.problems.length > 0 ? `; ${r.problems.join('; ')}` : '';
  return `${r.line.file}:${r.line.line} [${r.line.context}, ${r.mode}] "${r.line.say}": needs ${r.expected}, got ${r.got}${problems}`;
}

/** Summarises behaviour results of one locale. */
export function summariseBehaviour(locale: string, results: readonly BehaviourResult[]): BehaviourSummary {
  const of = (mode: BehaviourResult['mode']) => results.filter((r) => r.mode === mode);
  const ok = (list: BehaviourResult[]) => share(list.filter((r) => r.ok).length, list.length);
  return {
    locale,
    spoken: ok(of('spoken')),
    labelled: ok(of('labelled')),
    spokenMisses: of('spoken')
      .filter((r) => !r.ok)
      .map(describeMiss),
    labelledMisses: of('labelled')
      .filter((r) => !r.ok)
      .map(describeMiss),
  };
}
