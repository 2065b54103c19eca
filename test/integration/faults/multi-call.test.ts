/**
 * Turns that make more than one call, with everything hung over real HTTP: DynamoDB accepts every
 * call and never answers, and so does the Settings API, through the real store (production limits)
 * and the real Settings API client. Each turn answers within 6.5 s, on AWS Lambda (a context with
 * `getRemainingTimeInMillis`: the 7 s function timeout, or less left) and without one (the console),
 * and says what is known: "I can't confirm", never "logged" or "set". The cases of a context run at
 * once, so the suite waits about one turn's worth per context (every-turn-hung.test.ts covers every
 * turn type on a fake clock).
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ANSWER_BUDGET_MS } from '../../../lambda/core/deadline';
import type { MessageKey } from '../../../lambda/speech/messages';
import { daysAgo, routineSession } from '../../../harness/every-turn';
import { intentRequest, launchRequest, type EnvelopeOptions } from '../../../harness/envelopes';
import { startFailingDynamo, startSettingsApi, type LoopbackServer } from '../../../harness/loopback';
import { says } from '../../../harness/messages';
import { lambdaContext } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { DISCLAIMER } from './failing-dynamo';
import { claimsSaved, faultySkill, isPlainAnswer, settleWithin } from './faulty-skill';

const clock = { now: () => Date.now() };

/** A multi-call turn: how to build it, and what it must say (a message, or a pattern). */
interface Case {
  name: string;
  envelope(options: EnvelopeOptions, routine: Record<string, unknown>): RequestEnvelope;
  says: MessageKey | RegExp;
}

const withQuestion = (routine: Record<string, unknown>, kind: string, data: Record<string, string>) => ({
  ...routine,
  question: { kind, data },
});

const CASES: Case[] = [
  {
    // The log's write, then the interceptor's save of the routine it cut off (not tried: the first failed).
    name: 'a rest-day log said mid-routine',
    envelope: (o, routine) =>
      intentRequest(
        'LogRestDayIntent',
        { date: { value: daysAgo(1) } },
        { ...o, sessionAttributes: routine },
      ),
    says: 'restdays:notConfirmed',
  },
  {
    name: 'a goal set mid-routine',
    envelope: (o, routine) =>
      intentRequest('SetRestDayGoalIntent', { count: { value: '3' } }, { ...o, sessionAttributes: routine }),
    says: 'restdays:goalUnconfirmed',
  },
  {
    // The pain mark's write; the advice and the offer to log are said whatever the store does.
    name: 'a pain report mid-routine',
    envelope: (o, routine) => intentRequest('BackPainIntent', {}, { ...o, sessionAttributes: routine }),
    says: 'routines:pain',
  },
  {
    // The "yes" that logs after a pain report: the time zone (hung), then the log's write.
    name: '"yes" to logging today after a pain report',
    envelope: (o, routine) =>
      intentRequest(
        'AMAZON.YesIntent',
        {},
        { ...o, sessionAttributes: withQuestion(routine, 'restdays.logToday', { after: 'pain' }) },
      ),
    says: 'restdays:notConfirmed',
  },
  {
    // A removal, then a log (not tried: the removal failed).
    name: 'a move confirmed',
    envelope: (o) =>
      intentRequest(
        'AMAZON.YesIntent',
        {},
        {
          ...o,
          sessionAttributes: withQuestion({}, 'restdays.confirmMove', { from: daysAgo(2), to: daysAgo(1) }),
        },
      ),
    says: 'restdays:moveRemoveFailed',
  },
  {
    // The launch's profile write, with the Settings API hung too: the disclaimer, since it cannot tell.
    name: 'a launch',
    envelope: (o) => launchRequest(o),
    says: DISCLAIMER,
  },
];

describe('every service hung', () => {
  let dynamo: LoopbackServer;
  let settings: LoopbackServer;
  let routine: Record<string, unknown>;
  let users = 0;
  beforeAll(async () => {
    dynamo = await startFailingDynamo({ kind: 'hang' });
    settings = await startSettingsApi({ kind: 'hang' });
    routine = await routineSession(clock);
  });
  afterAll(async () => {
    await Promise.all([dynamo.stop(), settings.stop()]);
  });

  /** Sends every case at once, each to its own skill and user, with `context()`; what each said, and when. */
  async function sendAll(context: () => unknown) {
    return Promise.all(
      CASES.map(async (c) => {
        users += 1;
        const options = {
          userId: `amzn1.ask.account.MULTI-${process.pid}-${users}`,
          deviceId: `amzn1.ask.device.MULTI-${process.pid}-${users}`,
          apiEndpoint: settings.endpoint,
          timestamp: new Date().toISOString(),
        };
        const skill = faultySkill({ dynamoEndpoint: dynamo.endpoint, settingsEndpoint: settings.endpoint });
        const envelope = c.envelope(options, routine);
        const start = Date.now();
        const outcome = await settleWithin(skill.sendWith(envelope, context()));
        const elapsedMs = Date.now() - start;
        skill.destroy();
        const response: ResponseEnvelope | undefined =
          outcome.state === 'answered' ? outcome.value : undefined;
        const text = response ? spoken(response) : '';
        return {
          name: c.name,
          elapsedMs,
          plain: response !== undefined && isPlainAnswer(response, envelope),
          claimsSaved: response !== undefined && claimsSaved(response),
          saysWhatIsKnown: typeof c.says === 'string' ? says(text, c.says) : c.says.test(text),
        };
      }),
    );
  }

  it.each([
    ['on AWS Lambda (7 s timeout)', () => lambdaContext(clock, 7000)],
    ['without a Lambda context (the console)', () => ({})],
  ])(
    '%s, every multi-call turn answers within 6.5 s and says what is known',
    async (_label, context) => {
      const results = await sendAll(context);
      expect(results.filter((r) => r.elapsedMs > ANSWER_BUDGET_MS)).toEqual([]);
      expect(results.filter((r) => !r.plain || r.claimsSaved || !r.saysWhatIsKnown)).toEqual([]);
    },
    20_000,
  );

  it('with only 2.5 s left in the Lambda, every multi-call turn answers before it is cut off', async () => {
    const results = await sendAll(() => lambdaContext(clock, 2500));
    expect(results.filter((r) => r.elapsedMs >= 2500)).toEqual([]);
    expect(results.filter((r) => !r.plain || r.claimsSaved || !r.saysWhatIsKnown)).toEqual([]);
  }, 20_000);
});
