import { nextTopic, TIP_TOPICS, TIPS } from '../../../lambda/tips/content';
import { resources } from '../../../lambda/speech/locales';
import { conversation } from '../../../harness/conversation';
import { seededRandom } from '../../../harness/skill';
import { reprompted, spoken } from '../../../harness/speech';

const TIP = 'RunningTipIntent';
const topic = (id: string, value: string) => ({ topic: { value, id, type: 'TipTopic' } });

describe('tips', () => {
  it('"give me a tip" gives a tip from the article and offers another', async () => {
    const response = await conversation().intent(TIP);
    expect(spoken(response)).toMatch(/another/);
    expect(reprompted(response)).toMatch(/yes or no/i);
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
    const response = await conversation().intent(TIP, topic(id, value));
    expect(spoken(response)).toMatch(expected);
  });

  it('an unmatched topic gets a tip anyway', async () => {
    const response = await conversation().intent(TIP, { topic: { value: 'hats', type: 'TipTopic' } });
    expect(spoken(response)).toMatch(/another/);
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
    expect(spoken(response)).toMatch(/[Rr]un|back/);
    expect(response.response.shouldEndSession).toBe(true);
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
