import type { Lexicon } from './grammar';
import { CONVERSATION } from './phrases';

/** Rest-day words: a rest day is also a day off, a recovery day, a break. */
export const REST: Lexicon = {
  ...CONVERSATION,
  restDay: ['rest day', 'day off', 'recovery day', 'rest'],
  restDays: ['rest days', 'days off', 'recovery days'],
  mark: ['log', 'mark', 'record', 'save', 'note', 'add', 'put down', 'count'],
  on: ['on', 'for', ''],
};
