import { REST_DAY_INTENTS, REST_DAY_SLOTS } from '../../lambda/restdays/intents';
import { expandAll } from './grammar';
import { REST } from './restdays-lexicon';
import type { IntentSource } from './types';

/**
 * Corrections and bare days: "actually not tuesday, wednesday", "move my rest day from monday to
 * tuesday", "i meant wednesday not tuesday", and a day said on its own ("saturday", "on the
 * twentieth", "it was monday") as the answer to "which day?".
 */
export const restDayAnswers: IntentSource[] = [
  {
    name: REST_DAY_INTENTS.move,
    slots: [
      { name: REST_DAY_SLOTS.from, type: 'AMAZON.DATE' },
      { name: REST_DAY_SLOTS.to, type: 'AMAZON.DATE' },
    ],
    samples: expandAll(
      [
        '[<actually>] not {from} [it was|i meant|i mean] {to}',
        "[<actually>] (i meant|i mean|it was|it's|make it|i rested|i rested on) {to} not {from}",
        '[<actually>] {to} not {from}',
        '[<actually>] (i meant|i mean|it should be|it should have been|should be) {to}',
        '[<actually>] (move|change|switch|swap|shift) (my|the) (rest day|day off) from {from} to {to}',
        "(wrong day|that's the wrong day) (it should be|i meant|it was|make it) {to}",
        '[<actually>] (move|change|switch|shift) {from} to {to}',
        '[<actually>] (move|change|switch) (it|that|my rest day) to {to}',
        '[<actually>] (make|make it|change it to|make that) {to} (instead|then)',
        'change it to {to}',
        '[<actually>] make (it|that) {to}',
        '(swap|replace) {from} (for|with) {to}',
        "it wasn't {from} it was {to}",
        "(i didn't rest|i did not rest) {from} i rested {to}",
        'can you (move|change) (it|that|my <restDay>) to {to}',
        // the move asked for before its days: "move my rest day", "i want to change a day off"
        '(move|change|shift) (my|a|the) (rest day|day off)',
        '(can you|could you|i want to|i need to) (move|change) (my|a) (rest day|day off)',
        '(move|change) (my|the) (rest day|day off) from {from}',
        '(can you|could you|i want to) (move|change) my (rest day|day off) (from {from} to {to}|to {to})',
      ],
      REST,
    ),
  },
  {
    name: REST_DAY_INTENTS.dayAnswer,
    slots: [{ name: REST_DAY_SLOTS.date, type: 'AMAZON.DATE' }],
    samples: expandAll(
      [
        '{date}',
        "[<um>] (on|it was|it was on|that was|that was on|i think|i think it was|probably|that would be|that will be|it is|it's|it will be|the|at|over|to|from) {date}",
        '{date} (i think|i guess|thanks|thank you|please)',
        '<opening> {date}',
        'the one on {date}',
        "(i'm not sure|not sure) (probably|i think) {date}",
      ],
      REST,
    ),
  },
];
