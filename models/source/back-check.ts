import { expandAll, type Lexicon } from './grammar';
import { CONVERSATION } from './phrases';
import type { IntentSource, SlotTypeSource } from './types';

/** The slot type of the answer to "how does your back feel?". */
export const BACK_FEELING = 'BackFeeling';

/**
 * Answers to "how does your back feel?", asked at a routine's end and in the days after a pain
 * report. A pain word ("it still hurts") is a pain report instead (BackPainIntent), so no feeling
 * here is also a pain word.
 */
const FEELING: Lexicon = {
  ...CONVERSATION,
  it: ['it', 'my back', 'things', 'everything'],
  feels: [
    "it's",
    'it feels',
    'feels',
    "it's feeling",
    'my back feels',
    "my back's",
    'my back is',
    'i feel',
    "i'm feeling",
    'feeling',
  ],
  yes: ['yeah', 'yes', 'oh', 'um', 'honestly', 'i think'],
  after: [
    'thanks',
    'thank you',
    'today',
    'this morning',
    'i think',
    'i guess',
    'than before',
    'so far',
    'actually',
    'now',
    'really',
    'overall',
    'to be honest',
    'honestly',
  ],
};

export const backFeels: IntentSource = {
  name: 'BackFeelsIntent',
  slots: [{ name: 'feeling', type: BACK_FEELING }],
  samples: expandAll(
    [
      '{feeling}',
      '[<yes>] {feeling} [<after>]',
      '{feeling} <after>',
      '<feels> {feeling} [<after>]',
      '<yes> <feels> {feeling}',
      '<it> (feels|is|seems|has been) {feeling}',
    ],
    FEELING,
  ),
};

/** Better, the same, or worse, said every way people do. */
/** A comparative said against a time: "better than yesterday", "worse than last time", "same as before". */
function comparedWith(words: readonly string[]): string[] {
  const times = ['yesterday', 'before', 'last time', 'this morning', 'last week', 'it was'];
  return words.flatMap((word) =>
    times.map((time) => (/same|different/.test(word) ? `${word} as ${time}` : `${word} than ${time}`)),
  );
}

const once = (words: readonly string[]): string[] => [...new Set(words)];

export const backFeelingType: SlotTypeSource = {
  name: BACK_FEELING,
  values: [
    {
      id: 'BETTER',
      value: 'better',
      synonyms: once([
        'much better',
        'a lot better',
        'loads better',
        'way better',
        'bit better',
        'a bit better',
        'a little better',
        'slightly better',
        'somewhat better',
        'heaps better',
        'fine',
        'good',
        'great',
        'really good',
        'pretty good',
        'all good',
        'good as new',
        'as good as new',
        'brilliant',
        'fantastic',
        'perfect',
        'much improved',
        'improved',
        'improving',
        'getting better',
        'on the mend',
        'no pain',
        'pain free',
        'not bad',
        'not too bad',
        'okay now',
        'much easier',
        'looser',
        'less stiff',
        'less sore',
        'eased off',
        'easing off',
        'not sore anymore',
        'not as sore',
        'not sore',
        'loosened up',
        'no pain at all',
        'not sore at all',
        'no problems',
        'never better',
        'never felt better',
        ...comparedWith([
          'better',
          'a bit better',
          'a lot better',
          'much better',
          'a little better',
          'bit better',
        ]),
      ]),
    },
    {
      id: 'SAME',
      value: 'the same',
      synonyms: once([
        'same',
        'about the same',
        'pretty much the same',
        'much the same',
        'the same as before',
        'same as before',
        'same as yesterday',
        'no different',
        'not much different',
        'no change',
        'not much change',
        'unchanged',
        'so so',
        'meh',
        'not better not worse',
        'neither better nor worse',
        'no better',
        'not any better',
        'not really better',
        'similar',
        'about the same as before',
        "hasn't changed",
        "hasn't changed much",
        'not changed',
        'not changed much',
        'nothing has changed',
        "nothing's changed",
        ...comparedWith(['the same', 'same', 'no different', 'no better']),
      ]),
    },
    {
      id: 'WORSE',
      value: 'worse',
      synonyms: once([
        'much worse',
        'a lot worse',
        'a bit worse',
        'a little worse',
        'slightly worse',
        'way worse',
        'getting worse',
        'worse than before',
        'not great',
        'not good',
        'not so good',
        'not too good',
        'not very good',
        'terrible',
        'awful',
        'horrible',
        'rough',
        'bad',
        'pretty bad',
        'not well',
        'not improving',
        'got worse',
        'gotten worse',
        'even worse',
        ...comparedWith(['worse', 'a bit worse', 'a lot worse', 'much worse', 'a little worse', 'bit worse']),
      ]),
    },
  ],
};
