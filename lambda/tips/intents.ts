/** The intents the tips handlers answer (the model's `tips` fragment defines them). */
export const TIP_INTENTS = {
  tip: 'RunningTipIntent',
  yes: 'AMAZON.YesIntent',
  no: 'AMAZON.NoIntent',
  next: 'AMAZON.NextIntent',
  repeat: 'AMAZON.RepeatIntent',
} as const;

/** The topic slot and its custom type. */
export const TIP_SLOTS = { topic: 'topic' } as const;
export const TIP_TOPIC_TYPE = 'TipTopic';

/** The yes/no question "want another tip?". */
export const TIP_QUESTIONS = { another: 'tips.another' } as const;

/** Every intent listed above, for `HANDLED_INTENTS`. */
export const tipIntents = Object.values(TIP_INTENTS);
