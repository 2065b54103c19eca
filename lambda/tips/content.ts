import type { PlainMessageKey } from '../speech/messages';

/**
 * Running tips from the article the skill follows (running safely with back pain). The words live in
 * `speech/locales/<lang>/tips.ts` under each tip's key; this file is the typed catalog.
 */
export const TIP_TOPICS = ['SHOES', 'SOCKS', 'WORN_SHOES', 'SLEEP', 'FOOD', 'WARM_UP', 'COOL_DOWN'] as const;

/** A tip's topic: also the id of the `TipTopic` slot value that asks for it. */
export type TipTopic = (typeof TIP_TOPICS)[number];

/** One tip: its topic and the message key of its phrasings. */
export interface Tip {
  topic: TipTopic;
  /** `tips:<key>` in the speech resources. */
  message: Extract<PlainMessageKey, `tips:${string}`>;
  /** What in the article it comes from, for reviewers. */
  source: string;
}

/** Every tip, one per topic. */
export const TIPS: Readonly<Record<TipTopic, Tip>> = {
  SHOES: { topic: 'SHOES', message: 'tips:shoes', source: 'Make sure your running shoes fit' },
  SOCKS: { topic: 'SOCKS', message: 'tips:socks', source: 'get some proper running socks' },
  WORN_SHOES: { topic: 'WORN_SHOES', message: 'tips:wornShoes', source: 'Replace your shoes' },
  SLEEP: { topic: 'SLEEP', message: 'tips:sleep', source: 'a new mattress designed for back pain' },
  FOOD: { topic: 'FOOD', message: 'tips:food', source: 'make sure you are eating enough' },
  WARM_UP: { topic: 'WARM_UP', message: 'tips:warmUp', source: 'Warm up well' },
  COOL_DOWN: { topic: 'COOL_DOWN', message: 'tips:coolDown', source: 'Cool down well' },
};

/** Whether a slot value id names a tip topic. */
export function isTipTopic(id: unknown): id is TipTopic {
  return typeof id === 'string' && (TIP_TOPICS as readonly string[]).includes(id);
}

/**
 * The next tip when the user did not name a topic: a random one they have not heard in this session
 * (all of them again once every topic was heard).
 */
export function nextTopic(heard: readonly TipTopic[], random: () => number): TipTopic {
  const fresh = TIP_TOPICS.filter((topic) => !heard.includes(topic));
  const pool = fresh.length > 0 ? fresh : TIP_TOPICS.filter((topic) => topic !== heard.at(-1));
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))] ?? 'SHOES';
}
