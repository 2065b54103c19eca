import { fallbackHandler, helpHandler } from '../../../lambda/conversation/handlers';
import { answerOf, repromptKeys, spokenKeys } from '../../../harness/answers';
import { conversation } from '../../../harness/conversation';
import { intentRequest } from '../../../harness/envelopes';
import { messagePattern, phrasingsOf } from '../../../harness/messages';
import { skillUnderTest } from '../../../harness/skill';
import { reprompted, spoken } from '../../../harness/speech';

/** The session of a turn with `question` pending and its words kept, as the skill leaves it. */
const waiting = (kind: string, key: string, data?: Record<string, string>) => ({
  sessionAttributes: {
    question: { kind, ...(data ? { data } : {}) },
    reask: { kind, words: [{ kind: 'message', key, vars: {} }] },
  },
});

describe('an answer that fits no pending question', () => {
  it('a day said to "another tip?" gets one short sentence of what fits, and the question again', async () => {
    const request = intentRequest(
      'DayAnswerIntent',
      { date: { value: '2026-11-28' } },
      waiting('tips.another', 'tips:anotherReprompt'),
    );
    const { answer } = await answerOf(fallbackHandler, request);
    expect(spokenKeys(answer)).toEqual(['conversation:fallbackPending', 'tips:anotherReprompt']);
    expect(answer).toMatchObject({ type: 'ask', question: { kind: 'tips.another' } });
    expect(repromptKeys(answer)).toEqual(['tips:anotherReprompt']);
  });

  it('a yes to "which day?" says a day fits, and asks again with the purpose kept', async () => {
    const request = intentRequest(
      'AMAZON.YesIntent',
      {},
      waiting('restdays.whichDay', 'restdays:whichDayReprompt', { purpose: 'remove' }),
    );
    const response = await skillUnderTest()(request);
    expect(spoken(response)).toMatch(/one day|a single day/);
    expect(reprompted(response)).toMatch(messagePattern('restdays:whichDayReprompt'));
    expect(response.response.shouldEndSession).toBe(false);
    expect(response.sessionAttributes?.question).toEqual({
      kind: 'restdays.whichDay',
      data: { purpose: 'remove' },
    });
  });

  it('a day said to "how many rest days a week?" says a number fits', async () => {
    const request = intentRequest(
      'DayAnswerIntent',
      { date: { value: '2026-11-28' } },
      waiting('restdays.goal', 'restdays:goalReprompt'),
    );
    const response = await skillUnderTest()(request);
    expect(spoken(response)).toMatch(/a number/);
    expect(response.sessionAttributes?.question).toMatchObject({ kind: 'restdays.goal' });
  });

  it('the re-ask leads with one short sentence in every phrasing', () => {
    for (const phrasing of phrasingsOf('conversation:fallbackPending')) {
      expect(phrasing.split(/[.?!]\s/)).toHaveLength(2); // "Sorry, …. What fits here is {{fits}}."
      expect(phrasing.length).toBeLessThan(70);
    }
  });

  it('with nothing pending, a stray yes or day hears what it could be for', async () => {
    const yes = await answerOf(fallbackHandler, intentRequest('AMAZON.YesIntent'));
    expect(spokenKeys(yes.answer)).toEqual(['conversation:strayYesNo']);
    const day = await answerOf(
      fallbackHandler,
      intentRequest('DayAnswerIntent', { date: { value: '2026-11-28' } }),
    );
    expect(spokenKeys(day.answer)).toEqual(['conversation:strayDay']);
    const no = await answerOf(fallbackHandler, intentRequest('AMAZON.NoIntent'));
    expect(spokenKeys(no.answer)).toEqual(['conversation:strayYesNo']);
    const feeling = await answerOf(fallbackHandler, intentRequest('BackFeelsIntent'));
    expect(spokenKeys(feeling.answer)).toEqual(['conversation:strayFeeling']);
  });

  it('a no to "which day?" lets the question go and asks what else the user would like', async () => {
    const request = intentRequest(
      'AMAZON.NoIntent',
      {},
      waiting('restdays.whichDay', 'restdays:whichDayReprompt', { purpose: 'remove' }),
    );
    const { answer } = await answerOf(fallbackHandler, request);
    expect(answer).toEqual({
      type: 'ask',
      speech: [{ kind: 'message', key: 'conversation:declined', vars: {} }],
      reprompt: [{ kind: 'message', key: 'conversation:fallbackReprompt', vars: {} }],
    });
  });

  it('a no that reaches the fallback while a yes/no question waits asks that question again', async () => {
    const request = intentRequest('AMAZON.NoIntent', {}, waiting('tips.another', 'tips:anotherReprompt'));
    const { answer } = await answerOf(fallbackHandler, request);
    expect(spokenKeys(answer)).toEqual(['conversation:fallbackPending', 'tips:anotherReprompt']);
    expect(answer).toMatchObject({ type: 'ask', question: { kind: 'tips.another' } });
  });
});

describe('what help and fallback mention', () => {
  it('help at the top level mentions tips and "my back hurts" in every phrasing', () => {
    for (const phrasing of phrasingsOf('conversation:help')) {
      expect(phrasing).toMatch(/tip/);
      expect(phrasing).toMatch(/my back hurts/);
    }
  });

  it('fallback at the top level mentions tips and "my back hurts" in every phrasing', () => {
    for (const phrasing of phrasingsOf('conversation:fallback')) {
      expect(phrasing).toMatch(/tip/);
      expect(phrasing).toMatch(/my back hurts/);
    }
  });

  it('help while a question waits says what answers it and "my back hurts", and asks again', async () => {
    const { answer } = await answerOf(
      helpHandler,
      intentRequest('AMAZON.HelpIntent', {}, waiting('routines.resume', 'routines:resumeReprompt')),
    );
    expect(spokenKeys(answer)).toEqual(['conversation:helpPending', 'routines:resumeReprompt']);
    for (const phrasing of phrasingsOf('conversation:helpPending')) expect(phrasing).toMatch(/my back hurts/);
  });

  it('mid-routine help mentions "how do I do this", "what is this for" and "my back hurts" in every phrasing', () => {
    for (const key of ['routines:help', 'routines:helpBefore', 'routines:helpPaused'] as const)
      for (const phrasing of phrasingsOf(key)) {
        expect(phrasing).toMatch(/how do I do this/);
        expect(phrasing).toMatch(/what is this for/);
        expect(phrasing).toMatch(/my back hurts/);
      }
  });
});

describe('a fallback mid-routine', () => {
  it('before the first step has started, says it is next and does not claim to pause it', async () => {
    const convo = conversation();
    await convo.intent('WarmUpIntent');
    convo.wait(1); // the first words are still playing: the step's timer has not started
    const response = await convo.intent('AMAZON.FallbackIntent');
    expect(spoken(response)).not.toMatch(/paused/i);
    expect(spoken(response)).toMatch(/hasn't started|next up/i);
    expect(spoken(response)).toMatch(/my back hurts/);
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('once a step is under way, says it is paused and asks to carry on', async () => {
    const convo = conversation();
    await convo.intent('WarmUpIntent');
    convo.wait(45);
    const response = await convo.intent('AMAZON.FallbackIntent');
    expect(spoken(response)).toMatch(/paused/i);
    expect(spoken(response)).toMatch(/my back hurts/);
    expect(spoken(response)).toMatch(/carry on\?$/);
  });
});
