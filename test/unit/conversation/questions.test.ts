/**
 * The pending-question protocol: what the re-ask of each question says fits, and the words a question
 * is asked again in, kept in the session beside it. Those words come back from the client, so a
 * malformed or forged copy must be ignored: the question is then asked again in general words.
 */
import { ask, message, text, tell, type Answer, type MessagePart } from '../../../lambda/core/answer';
import { fallbackHandler } from '../../../lambda/conversation/handlers';
import { reaskInterceptor } from '../../../lambda/conversation/questions';
import { attributesOf } from '../../../lambda/core/session';
import type { PlainMessageKey } from '../../../lambda/speech/messages';
import { answerOf, handlerInputFor, spokenKeys } from '../../../harness/answers';
import { conversation } from '../../../harness/conversation';
import { intentRequest } from '../../../harness/envelopes';
import { messagePattern } from '../../../harness/messages';
import { skillUnderTest } from '../../../harness/skill';
import { reprompted, spoken } from '../../../harness/speech';

/** The fallback's answer to a stray day while `question` waits, with `reask` as the kept words. */
async function reaskOf(kind: string, reask?: unknown): Promise<Answer> {
  const sessionAttributes = { question: { kind }, ...(reask === undefined ? {} : { reask }) };
  const request = intentRequest('DayAnswerIntent', { date: { value: '2026-11-28' } }, { sessionAttributes });
  return (await answerOf(fallbackHandler, request)).answer;
}

/** What the lead sentence of a re-ask says fits. */
function fitsSaid(answer: Answer): unknown {
  return answer.type === 'ask' ? answer.speech[0] : undefined;
}

const anotherTip = message('tips:anotherReprompt');

/** The general words "another tip?" is asked again in when no words of its own are kept. */
const generalWords = [
  message('conversation:fallbackPendingReprompt', { fits: message('conversation:fits.yesNo') }),
];

/** Kept words asking `kind` again: `words` as stored. */
const keptWords = (kind: string, words: unknown[]) => ({ kind, words });

describe('what fits as the answer, said before the question again', () => {
  it.each<[string, PlainMessageKey]>([
    ['routines.whichKind', 'conversation:fits.kind'],
    ['routines.whichRoutine', 'conversation:fits.routine'],
    ['routines.offerNearest', 'conversation:fits.nearest'],
    ['routines.backCheck', 'conversation:fits.feeling'],
    ['restdays.whichDay', 'conversation:fits.day'],
    ['restdays.goal', 'conversation:fits.number'],
    ['routines.continue', 'conversation:fits.yesNo'],
    ['routines.resume', 'conversation:fits.yesNo'],
    ['restdays.logToday', 'conversation:fits.yesNo'],
    ['restdays.confirmLog', 'conversation:fits.yesNo'],
    ['restdays.confirmRemove', 'conversation:fits.yesNo'],
    ['restdays.confirmMove', 'conversation:fits.yesNo'],
    ['tips.another', 'conversation:fits.yesNo'],
    ['someday.newQuestion', 'conversation:fits.answer'],
  ])('while %s waits, the re-ask says %s fits', async (kind, fits) => {
    const answer = await reaskOf(kind);
    expect(fitsSaid(answer)).toEqual(message('conversation:fallbackPending', { fits: message(fits) }));
    expect(answer).toMatchObject({ type: 'ask', question: { kind } });
  });

  it('without kept words, the question is asked again in general words naming what fits', async () => {
    const answer = await reaskOf('restdays.whichDay');
    const general = [
      message('conversation:fallbackPendingReprompt', { fits: message('conversation:fits.day') }),
    ];
    expect(answer).toMatchObject({ type: 'ask', reprompt: general });
    expect(spokenKeys(answer)).toEqual([
      'conversation:fallbackPending',
      'conversation:fallbackPendingReprompt',
    ]);
  });
});

describe('the words a question is asked again in', () => {
  it('are those the question was asked with, so "another tip?" is asked again as itself', async () => {
    const convo = conversation();
    await convo.intent('RunningTipIntent');
    const response = await convo.intent('DayAnswerIntent', { date: { value: '2026-11-28' } });
    expect(spoken(response)).toMatch(messagePattern('conversation:fits.yesNo'));
    expect(reprompted(response)).toMatch(messagePattern('tips:anotherReprompt'));
    expect(response.sessionAttributes?.question).toEqual({ kind: 'tips.another' });
  });

  it('keep their data (numbers, names and nested messages) as they were kept', async () => {
    const inner = message('conversation:fits.day');
    const words = [
      { kind: 'message', key: 'tips:anotherReprompt', vars: { count: 2, day: 'monday', fits: inner } },
    ];
    const answer = await reaskOf('tips.another', keptWords('tips.another', words));
    expect(answer).toMatchObject({ type: 'ask', reprompt: words });
  });

  it('are kept for messages nested three deep, and ignored nested deeper', async () => {
    const nested = (levels: number): MessagePart =>
      levels === 0 ? anotherTip : message('conversation:fallbackPending', { fits: nested(levels - 1) });
    const kept = await reaskOf('tips.another', keptWords('tips.another', [nested(3)]));
    expect(kept).toMatchObject({ type: 'ask', reprompt: [nested(3)] });
    const deeper = await reaskOf('tips.another', keptWords('tips.another', [nested(4)]));
    expect(deeper).toMatchObject({ type: 'ask', reprompt: generalWords });
  });

  it.each<[string, unknown]>([
    ['not an object', 'say yes'],
    ['null', null],
    ['without a kind', { words: [anotherTip] }],
    ['with no words', keptWords('tips.another', [])],
    ['with words not in a list', { kind: 'tips.another', words: anotherTip }],
    ['with a null word', keptWords('tips.another', [null])],
    ['with one good word and one missing', keptWords('tips.another', [anotherTip, null])],
    ['with a word that is not a message', keptWords('tips.another', [{ ...anotherTip, kind: 'text' }])],
    ['with a key that is not a string', keptWords('tips.another', [{ ...anotherTip, key: 7 }])],
    [
      'with a key the skill does not have',
      keptWords('tips.another', [{ ...anotherTip, key: 'tips:forged' }]),
    ],
    ['with variables in a list', keptWords('tips.another', [{ ...anotherTip, vars: ['monday'] }])],
    [
      'with a variable that is neither text, a number nor a message',
      keptWords('tips.another', [{ ...anotherTip, vars: { day: true } }]),
    ],
    [
      'with a nested variable that is not a message',
      keptWords('tips.another', [
        { ...anotherTip, vars: { fits: { kind: 'message', key: 'tips:forged', vars: {} } } },
      ]),
    ],
    ['kept for another question', keptWords('routines.resume', [message('routines:resumeReprompt')])],
  ])('are ignored when %s: the question is asked again in general words', async (_label, reask) => {
    const answer = await reaskOf('tips.another', reask);
    expect(answer).toMatchObject({ type: 'ask', reprompt: generalWords, question: { kind: 'tips.another' } });
  });
});

describe('keeping the words beside the question', () => {
  /** The kept words after `answer`, given those the session held before. */
  function keptAfter(answer: Answer, before?: unknown): unknown {
    const input = handlerInputFor(
      intentRequest(
        'AMAZON.HelpIntent',
        {},
        { sessionAttributes: before === undefined ? {} : { reask: before } },
      ),
    );
    void reaskInterceptor(input, answer);
    return attributesOf(input).reask;
  }
  const previous = keptWords('tips.another', [anotherTip]);

  it('keeps the reprompt of a question as its words', () => {
    const answer = ask(message('tips:another'), anotherTip, { kind: 'tips.another' });
    expect(keptAfter(answer)).toEqual(previous);
  });

  it.each<[string, Answer]>([
    ['an answer that asks nothing', ask(message('conversation:help'), message('conversation:helpReprompt'))],
    ['a goodbye', tell(message('conversation:goodbye'))],
    [
      'a question with a reprompt not made of messages',
      ask(message('tips:another'), [anotherTip, text('yes?')], { kind: 'tips.another' }),
    ],
    ['a question with no reprompt', ask(message('tips:another'), [], { kind: 'tips.another' })],
  ])('after %s, no words are kept', (_label, answer) => {
    expect(keptAfter(answer, previous)).toBeUndefined();
  });

  it('an answer that asks nothing is said as it is, not turned into an apology', async () => {
    const response = await skillUnderTest()(
      intentRequest('AMAZON.HelpIntent', {}, { sessionAttributes: {} }),
    );
    expect(spoken(response)).toMatch(messagePattern('conversation:help'));
    expect(response.sessionAttributes?.reask).toBeUndefined();
  });
});
