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
  tips: ['tips', 'running tips', 'advice', 'running advice', 'pointers'],
  about: ['about', 'on', 'for', 'regarding', 'with'],
};

/** Shoes said to be worn: "trainers are falling apart", "shoes too old", "runners worn out". */
function wornShoes(): string[] {
  const shoes = ['shoes', 'trainers', 'sneakers', 'runners', 'running shoes'];
  const worn = [
    'falling apart',
    'getting old',
    'worn out',
    'wearing out',
    'too old',
    'old',
    'worn',
    'worn down',
  ];
  return shoes.flatMap((shoe) => worn.flatMap((state) => [`${shoe} are ${state}`, `${shoe} ${state}`]));
}

export const tips: ModelFragment = {
  intents: [
    {
      name: TIP_INTENTS.tip,
      slots: [{ name: TIP_SLOTS.topic, type: TIP_TOPIC_TYPE }],
      samples: expandAll(
        [
          "(give me|tell me|i want|i'd love|can i have|share|have you got|got) (a|another) <tip> [<about> {topic}]",
          '(give me|tell me|share) a <tip> (please|for me)',
          'give me another [one|tip]',
          '<um> (give me|tell me) (a|another|some) (tip|tips|advice)',
          "i'd like (a|another) <tip> [<about> {topic}]",
          '(any|some|more|got any|have you got any|do you have any) <tips> [<about> {topic}]',
          '(any|have you got any|do you have any) <tips> for me',
          '(give me|tell me|share) (some|your) <tips> [<about> {topic}]',
          '(a|another) <tip> [<about> {topic}] [please]',
          "(what's|what is) (your|today's|the) tip [<about> {topic}]",
          '(tip|tips) of the day',
          '<tips>',
          '<tips> <about> {topic}',
          '[any|some] {topic} (tips|advice)',
          'what (tips|advice) (have you got|do you have) [for (me|running|runners|running with back pain)]',
          '[<um>] (tell me|teach me) [more] about {topic}',
          'about {topic}',
          '(what should i know|what do you know|what can you tell me) about {topic}',
          '(i need|i want|give me) (advice|help|some advice|some help) (on|with|about) {topic}',
          '(help me with|advice on) {topic}',
          // the topic in the question itself: "what shoes should i get", "i can't sleep well"
          '[<um>] (what|which) [kind of] {topic} (should i|do i) (get|buy|wear|need|use)',
          '(what|which) {topic} (would you recommend|i should get)',
          '(what|which) {topic} (is|are) (good|best) for (back pain|a bad back|running|runners|my back)',
          '(do|does) [my|running] {topic} (matter|make a difference)',
          '(are|is) {topic} worth it',
          'what should i look for in [a pair of] {topic}',
          '(when|how often|how do i know when) (should|do) i {topic}',
          'when (do|should) i (need|get) {topic}',
          'when to {topic}',
          'how do i know [if|when] my {topic}',
          "(i can't|i cannot|i don't|i'm not|i am not) {topic} (well|very well|properly|enough|at night|much)",
          '(how can i|how do i|help me) {topic} (better|more)',
          'how should i {topic} (with|when i have) (a bad back|back pain|a sore back)',
          '(what should i|what do i|what i should|what to) (be|) {topic} [before a run|after a run|for running|to run well]',
          'am i {topic}',
          '(why|why should i|why do i need to|why bother|why is it important to) {topic} [after a run|before a run]',
          '(why is|is) {topic} (important|necessary|worth it)',
          '(do i really need to|do i have to) {topic}',
          'tell me why {topic} (matter|matters|is important)',
          "(what's|what is) the point of [a|the] {topic}",
          "(tell me|give me) something (that'll|that will|that could|to) help (my running|me run better|with my running)",
          '(next|one more) <tip> [please]',
          'hit me with (another|another one|another tip|a tip)',
          'do i need [special|proper|good|new|running] {topic}',
          'how (do|should) i (pick|choose|find|select) [the right|good|new] {topic}',
          '(what about|how about) {topic}',
          '(what|which) [kind of] {topic} to (wear|buy|get|use)',
          'my {topic} [so] (should i|do i) (get|buy|need) new ones',
          'when (are|is) my {topic}',
          '(do|does) {topic} (matter|help) for (recovery|running|my running|my back)',
          '(do|does) {topic} [really|actually] help',
          '(why is|is) {topic} really (important|necessary|worth it)',
          'is it (bad|ok|okay|fine|alright) to skip [the|a|my] {topic}',
          '(what to|what should i) {topic} (before|after) running',
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
            'shoes are worn out',
            'sneakers are worn out',
            'replace my trainers',
            'new trainers',
            'new sneakers',
            'new running shoes',
            ...wornShoes().filter(
              (form) =>
                ![
                  'shoes worn out',
                  'sneakers worn out',
                  'shoes are worn out',
                  'sneakers are worn out',
                ].includes(form),
            ),
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
            'sleeping better',
            'sleeping well',
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
