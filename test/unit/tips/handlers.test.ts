import { nextTopic, TIP_TOPICS, TIPS, type TipTopic } from '../../../lambda/tips/content';
import { noMoreTipsHandler, tipHandler } from '../../../lambda/tips/handlers';
import { answerOf, spokenKeys } from '../../../harness/answers';
import { intentRequest } from '../../../harness/envelopes';
import { messagePattern } from '../../../harness/messages';
import { resources } from '../../../lambda/speech/locales';
import { conversation } from '../../../harness/conversation';
import { seededRandom, testDeps } from '../../../harness/skill';
import { reprompted, spoken } from '../../../harness/speech';

const TIP = 'RunningTipIntent';
const topic = (id: string, value: string) => ({ topic: { value, id, type: 'TipTopic' } });

describe('tips', () => {
  it('"give me a tip" gives a tip from the article and offers another', async () => {
    const { answer, sessionAttributes } = await answerOf(tipHandler(testDeps()), intentRequest(TIP));
    expect(answer).toMatchObject({
      type: 'ask',
      speech: [{ key: expect.stringMatching(/^tips:/) as unknown }, { key: 'tips:another' }],
      reprompt: [{ key: 'tips:anotherReprompt' }],
      question: { kind: 'tips.another' },
    });
    const tip = spokenKeys(answer)[0];
    expect(Object.values(TIPS).map((t) => t.message)).toContain(tip);
    expect(sessionAttributes.tips).toEqual({
      heard: [Object.values(TIPS).find((t) => t.message === tip)?.topic],
    });
    const response = await conversation().intent(TIP);
    expect(spoken(response)).toMatch(messagePattern('tips:another'));
    expect(reprompted(response)).toMatch(messagePattern('tips:anotherReprompt'));
    expect(response.response.shouldEndSession).toBe(false);
  });

  it.each([
    ['SHOES', 'running shoes', /arch height/],
    ['SHOES', 'sneakers', /pronat/],
    ['SOCKS', 'socks', /running socks/],
    ['WORN_SHOES', 'old shoes', /[Rr]eplace/],
    ['SLEEP', 'mattress', /mattress/],
    ['FOOD', 'nutrition', /eat enough/],
    ['WARM_UP', 'warm up', /[Ww]arm up/],
    ['COOL_DOWN', 'cool down', /jog/],
  ])('"tell me about %s" (said "%s") gives that tip', async (id, value, expected) => {
    const { answer } = await answerOf(tipHandler(testDeps()), intentRequest(TIP, topic(id, value)));
    expect(spokenKeys(answer)).toEqual([TIPS[id as TipTopic].message, 'tips:another']);
    const response = await conversation().intent(TIP, topic(id, value));
    expect(spoken(response)).toMatch(expected);
  });

  it('an unmatched topic gets a tip anyway', async () => {
    const unmatched = intentRequest(TIP, { topic: { value: 'hats', type: 'TipTopic' } });
    const { answer } = await answerOf(tipHandler(testDeps()), unmatched);
    expect(spokenKeys(answer)).toHaveLength(2);
    expect(spokenKeys(answer)[1]).toBe('tips:another');
  });

  it('"yes" gives a different tip each time, no repeats until all were heard', async () => {
    const convo = conversation();
    const heard = [spoken(await convo.intent(TIP))];
    for (let i = 1; i < TIP_TOPICS.length; i += 1) heard.push(spoken(await convo.intent('AMAZON.YesIntent')));
    const firstSentences = heard.map((said) => said.split('.')[0]);
    expect(new Set(firstSentences).size).toBe(TIP_TOPICS.length);
  });

  it('"no" ends kindly', async () => {
    const convo = conversation();
    await convo.intent(TIP);
    const response = await convo.intent('AMAZON.NoIntent');
    expect(spoken(response)).toMatch(messagePattern('tips:done'));
    expect(response.response.shouldEndSession).toBe(true);
    const pending = { question: { kind: 'tips.another' } };
    const no = intentRequest('AMAZON.NoIntent', {}, { sessionAttributes: pending });
    expect((await answerOf(noMoreTipsHandler, no)).answer).toMatchObject({
      type: 'tell',
      speech: [{ key: 'tips:done' }],
    });
  });

  it('nextTopic prefers topics not heard yet, then avoids the last one', () => {
    const random = seededRandom(7);
    expect(nextTopic(['SHOES', 'SOCKS', 'WORN_SHOES', 'SLEEP', 'FOOD', 'WARM_UP'], random)).toBe('COOL_DOWN');
    for (let i = 0; i < 20; i += 1) expect(nextTopic([...TIP_TOPICS], random)).not.toBe('COOL_DOWN');
  });

  it('every tip has phrasings in every language', () => {
    for (const tip of Object.values(TIPS)) {
      const [namespace, key] = tip.message.split(':') as [string, string];
      const phrasings = (resources.en?.[namespace] as Record<string, unknown>)[key];
      expect(Array.isArray(phrasings) && phrasings.length >= 2).toBe(true);
    }
  });
});
