/** The intents the built-in conversation handles (each capability lists its own in `intents.ts`). */
export const conversationIntents = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
] as const;
