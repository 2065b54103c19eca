import { REST_DAY_INTENTS, REST_DAY_SLOTS } from '../../lambda/restdays/intents';
import { expandAll } from './grammar';
import { REST } from './restdays-lexicon';
import { restDayAnswers } from './restday-answers';
import type { ModelFragment } from './types';

const date = { name: REST_DAY_SLOTS.date, type: 'AMAZON.DATE' };

const samples = (patterns: string[]) => expandAll(patterns, REST);

/** Rest days: log, remove, ask, goal, advice; corrections and bare answers in `restday-answers.ts`. */
export const restdays: ModelFragment = {
  intents: [
    {
      name: REST_DAY_INTENTS.log,
      slots: [date],
      samples: samples([
        '<mark> (a|my|the) <restDay> [<on> {date}]',
        '<mark> {date} (as|down as) [a|my] <restDay>',
        '(put|mark) {date} down as [a|my] <restDay>',
        "(i'm|i am) (taking|having) (today|the day|a day) off",
        "(i'm|i am) (resting|taking it easy|not running) today",
        "(today is|today's|today will be|it's) a <restDay> [today]",
        'i (rested|took a <restDay>|had a <restDay>|took the day off|took it easy|did not run|skipped my run|had the day off) [<on> {date}|at {date}]',
        'i (took|had) {date} off',
        "i've (rested|had a <restDay>|taken a <restDay>) [{date}]",
        '{date} was (a|my) <restDay>',
        '(i want to|i need to|can i) (log|mark|add) (a|my) rest day [<on> {date}]',
        '<mark> (today|it) as a <restDay>',
      ]),
    },
    {
      name: REST_DAY_INTENTS.remove,
      slots: [date],
      samples: samples([
        '(remove|delete|undo|cancel|clear|scrap|take off) (my|the) <restDay> [(on|for) {date}]',
        '[<actually>] (remove|delete|undo|clear|unmark) {date}',
        '(remove|delete) {date} (as a rest day|from my <restDays>)',
        'take {date} (off|out of) my <restDays>',
        "[<actually>] i (didn't|did not) rest [on] [{date}]",
        "i (didn't|did not) (take a <restDay>|take the day off) [on] [{date}]",
        "{date} (wasn't|was not) a <restDay>",
        "that (wasn't|was not) a <restDay>",
        '[actually] i (ran|did run|went running|went for a run) [on] {date} [after all]',
      ]),
    },
    {
      name: REST_DAY_INTENTS.progress,
      samples: samples([
        'how many <restDays> (have i had|did i have|do i have|have i taken|did i take|is that|so far) [this week|so far]',
        'how many (days|times) (have i|did i) rest [this week]',
        'how many <restDays> (so far|this week)',
        '(am i|how am i) (on track|doing) [with my <restDays>|for my goal|for my rest day goal|this week]',
        'am i meeting my [rest day] goal',
        '(did|have) i (rest|rested|had|have) enough [<restDays>] [this week]',
        '(did|have) i (rest|rested|taken a <restDay>|take a <restDay>|had a <restDay>) this week',
        "(check|what's|tell me) my (<restDay> count|rest day goal|progress|week)",
        'my <restDays> this week',
        'how (is|was) my week [going] [for rest]',
      ]),
    },
    {
      name: REST_DAY_INTENTS.last,
      samples: samples([
        'when (was|did i have|did i take) my (last|most recent|previous) <restDay>',
        'when did i last (rest|take a <restDay>|have a <restDay>|take a day off)',
        'when was the last time i (rested|took a <restDay>|had a <restDay>)',
        '(what|which) (was my last <restDay>|day did i last rest)',
        '[tell me] my (last|most recent) <restDay>',
        'how long (since my last <restDay>|has it been since i rested|since i last rested|since i rested)',
        'how many days since (my last <restDay>|i rested)',
        'when did i rest last',
      ]),
    },
    {
      name: REST_DAY_INTENTS.list,
      samples: samples([
        '(list|tell me|read|read out|read me|show|show me|give me|go through) (my|the) [recent] <restDays>',
        '(what|which) (are|were) my [recent] <restDays>',
        '(which|what) days (did|have) i (rest|rested|taken off|take off)',
        'my <restDays>',
        '[read] my rest day log',
        "what's in my rest day log",
        'which days were <restDays>',
      ]),
    },
    {
      name: REST_DAY_INTENTS.goal,
      slots: [{ name: REST_DAY_SLOTS.count, type: 'AMAZON.NUMBER' }],
      samples: samples([
        '(set|change|update|make) my [weekly] (rest day goal|goal) [to {count}]',
        '(set|change) my goal to {count} <restDays> [a week|per week]',
        'my [rest day] goal is {count} [<restDays>] [a week]',
        "(i want|i'd like|i would like|i need|give me|let's do|let's go with|let's say|make that) {count} <restDays> (a|per|each|every) week",
        'i want to (rest|take) {count} days [off] (a|per) week',
        '(i want|set|give me) a [rest day] goal of {count} [<restDays>]',
        "(i want to|i'd like to|let's|i'll) aim for {count} [<restDays>] [a week|per week]",
        'aim for {count} [<restDays>] [a week|per week]',
        // bare answers to "a goal from one to four?"
        '{count}',
        '{count} (a|per|each) week',
        '{count} [<restDays>|days] [a week|per week|please]',
        "(let's go with|go with|i'll go with|i'll take|maybe|let's say) {count} [<restDays>] [a week]",
        'make it {count} (<restDays>|days|a week|per week)',
      ]),
    },
    {
      name: REST_DAY_INTENTS.advice,
      samples: samples([
        'should i (run|go for a run|go running|rest|take a <restDay>|take today off|run or rest|take a break) [today]',
        'do i need (a <restDay>|to rest|a break|some rest) [today]',
        '(is today a <restDay>|is it ok to run today|is it okay to run today|can i run today|can i go for a run today)',
        'is today a good day to (run|rest)',
        '(run or rest|give me advice for today|what do you recommend today|what should i do today)',
        '(should|do) i (take|have) a <restDay> [today]',
        'am i (due|overdue) a <restDay>',
      ]),
    },
    ...restDayAnswers,
    { name: REST_DAY_INTENTS.yes, samples: [] },
    { name: REST_DAY_INTENTS.no, samples: [] },
  ],
};
