import { TIP_INTENTS, TIP_SLOTS, TIP_TOPIC_TYPE } from '../../lambda/tips/intents';
import type { ModelFragment } from './types';

/** Running tips from the article, by topic or at random. */
export const tips: ModelFragment = {
  intents: [
    {
      name: TIP_INTENTS.tip,
      slots: [{ name: TIP_SLOTS.topic, type: TIP_TOPIC_TYPE }],
      samples: [
        'give me a tip',
        'give me a running tip',
        'tell me a tip',
        'tell me a running tip',
        'i want a tip',
        "i'd like a tip",
        'share a tip',
        'a tip please',
        'any tips',
        "what's your tip",
        'give me another tip',
        'give me a tip about {topic}',
        'give me a tip on {topic}',
        'tell me about {topic}',
        'tell me more about {topic}',
        'what should i know about {topic}',
        'any tips on {topic}',
        'any tips about {topic}',
        'i need advice on {topic}',
        'help me with {topic}',
        'what about {topic}',
        'teach me about {topic}',
        'advice on {topic}',
        'a tip',
        'a running tip',
        'tips',
        'some tips',
        'running tips',
        'a tip about {topic}',
        'a tip on {topic}',
        'tips on {topic}',
      ],
    },
    { name: TIP_INTENTS.yes, samples: [] },
    { name: TIP_INTENTS.no, samples: [] },
  ],
  types: [
    {
      name: TIP_TOPIC_TYPE,
      values: [
        {
          id: 'SHOES',
          value: 'running shoes',
          synonyms: [
            'shoes',
            'trainers',
            'sneakers',
            'footwear',
            'shoe fit',
            'arch height',
            'arch support',
            'pronation',
            'over pronation',
            'under pronation',
            'choosing shoes',
          ],
        },
        { id: 'SOCKS', value: 'running socks', synonyms: ['socks', 'sock', 'proper socks'] },
        {
          id: 'WORN_SHOES',
          value: 'worn shoes',
          synonyms: ['old shoes', 'worn out shoes', 'replacing shoes', 'replacing my shoes', 'shoe wear'],
        },
        {
          id: 'SLEEP',
          value: 'sleep',
          synonyms: ['sleeping', 'mattress', 'my mattress', 'a new mattress', 'bed', 'recovery'],
        },
        {
          id: 'FOOD',
          value: 'eating',
          synonyms: ['food', 'nutrition', 'diet', 'eating enough', 'meals', 'nutrients'],
        },
        {
          id: 'WARM_UP',
          value: 'warming up',
          synonyms: ['warm up', 'warm ups', 'warmups', 'stretching before a run'],
        },
        {
          id: 'COOL_DOWN',
          value: 'cooling down',
          synonyms: ['cool down', 'cool downs', 'cooldowns', 'stretching after a run'],
        },
      ],
    },
  ],
};
