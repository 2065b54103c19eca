import { TIP_INTENTS, TIP_SLOTS, TIP_TOPIC_TYPE } from '../../lambda/tips/intents';
import { expandAll, type Lexicon } from './grammar';
import { CONVERSATION } from './phrases';
import type { ModelFragment } from './types';

/**
 * Running tips from the article, by topic or at random. A topic is named as a noun ("tips on
 * shoes") or by what the runner asks about it ("what shoes should i get", "i can't sleep well",
 * "when should i replace my sneakers"): those phrases are topic synonyms, the patterns the frames.
 */
const TIP: Lexicon = {
  ...CONVERSATION,
  tip: ['tip', 'running tip', 'piece of advice'],
  tips: ['tips', 'running tips', 'advice', 'pointers'],
  about: ['about', 'on', 'for', 'regarding', 'with'],
};

export const tips: ModelFragment = {
  intents: [
    {
      name: TIP_INTENTS.tip,
      slots: [{ name: TIP_SLOTS.topic, type: TIP_TOPIC_TYPE }],
      samples: expandAll(
        [
          '(give me|tell me|i want|i would like|can i have|share|have you got|do you have) (a|another) <tip> [<about> {topic}]',
          "i'd like (a|another) <tip> [<about> {topic}]",
          '(any|some|more|got any) <tips> [<about> {topic}]',
          '(a|another) <tip> [<about> {topic}]',
          "(what's|what is) (your|today's|the) tip [<about> {topic}]",
          '<tips> <about> {topic}',
          '(tell me|teach me) [more] about {topic}',
          '(what should i know|what do you know|what can you tell me) about {topic}',
          '(i need|i want|give me) (advice|help|some advice|some help) (on|with|about) {topic}',
          '(help me with|what about|how about|advice on) {topic}',
          // the topic in the question itself
          '(what|which) (kind of|sort of|type of) {topic} should i (get|buy|wear|use)',
          '(what|which) {topic} should i (get|buy|wear|use|run in)',
          '(how|when|how often|how do i know when) should i {topic}',
          "(i can't|i cannot|i don't|i'm not) {topic} [well|very well|properly|enough|at night]",
          '(how can i|how do i|help me) {topic} (better|more)',
          'what should i (be|) {topic} [before a run|after a run|to run well]',
          '(do|are) my {topic}',
        ],
        TIP,
      ),
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
            'sneakers',
            'trainers',
            'footwear',
            'shoe fit',
            'arch height',
            'arch support',
            'pronation',
            'over pronation',
            'under pronation',
            'choosing shoes',
            'new shoes',
            'running sneakers',
            'the right shoes',
            'insoles',
          ],
        },
        { id: 'SOCKS', value: 'running socks', synonyms: ['socks', 'sock', 'proper socks', 'wear socks'] },
        {
          id: 'WORN_SHOES',
          value: 'worn shoes',
          synonyms: [
            'old shoes',
            'worn out shoes',
            'replacing shoes',
            'replacing my shoes',
            'shoe wear',
            'replace my shoes',
            'replace my sneakers',
            'replace my running shoes',
            'change my shoes',
            'change my sneakers',
            'get new shoes',
            'get new sneakers',
            'buy new shoes',
            'shoes need replacing',
            'sneakers need replacing',
            'shoes worn out',
            'sneakers worn out',
          ],
        },
        {
          id: 'SLEEP',
          value: 'sleep',
          synonyms: [
            'sleeping',
            'mattress',
            'my mattress',
            'a new mattress',
            'bed',
            'recovery',
            'sleep well',
            'sleep better',
            'get to sleep',
            'sleep at night',
            'rest well',
          ],
        },
        {
          id: 'FOOD',
          value: 'eating',
          synonyms: [
            'food',
            'nutrition',
            'diet',
            'eating enough',
            'meals',
            'nutrients',
            'eat',
            'be eating',
            'eating right',
            'eat enough',
            'eat before a run',
            'protein',
            'fuel',
            'fuelling',
          ],
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
