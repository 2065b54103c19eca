/**
 * The built-in conversation: welcome, help, goodbye, fallback and errors. Each key lists phrasings;
 * one is picked at random per turn. Keep turns short: they are heard, not read.
 */
export default {
  welcomeFirst: [
    "Welcome to Run Coach. I'm here to help you run safely with a sore back. This isn't medical advice: see your doctor or physical therapist if your pain is sharp or getting worse. You can ask me for a warm-up, a cool-down, or to log a rest day. What would you like?",
    "Hi, and welcome to Run Coach, your coach for running kindly on your back. This isn't medical advice: see your doctor or physical therapist if your pain is sharp or getting worse. Ask me for a warm-up, a cool-down, or to log a rest day. What would you like?",
  ],
  welcomeBack: [
    'Welcome back. Warm-up, cool-down, or a rest day?',
    'Good to hear from you again. What would you like: a warm-up, a cool-down, or to log a rest day?',
    'Hi again. Shall we warm up, cool down, or log a rest day?',
  ],
  welcomeReprompt: [
    'You can say "warm me up", "cool me down", or "log a rest day".',
    'Try "give me a warm-up", or "log a rest day".',
  ],
  help: [
    'I can talk you through a warm-up before your run and a cool-down after it, hands-free. I also keep a log of your rest days and help you get at least two a week. Try "give me a quick warm-up", "cool me down", "log a rest day", "should I run today?", or "give me a tip". If something hurts, say "my back hurts". What would you like?',
    'Here is what I can do: guide a warm-up or a cool-down, step by step with timing, log your rest days, and tell you whether today is a good day to rest. Say "warm me up", "log a rest day", or "give me a tip", and if anything hurts, "my back hurts". What would you like?',
  ],
  helpPending: [
    'I asked you a question, and {{fits}} answers it. Or say "stop" to finish, or "my back hurts" if something hurts.',
    'Right now, {{fits}} is all I need. You can also say "stop", or "my back hurts" if anything hurts.',
  ],
  helpReprompt: [
    'What would you like: a warm-up, a cool-down, or a rest day?',
    'Say "warm me up", or "log a rest day".',
  ],
  goodbye: [
    'Goodbye. Be kind to your back.',
    'Take care, and run easy.',
    'Bye for now. Listen to your back.',
  ],
  fallback: [
    "Sorry, I didn't catch that. You can ask for a warm-up, a cool-down, a tip, or to log a rest day, and if something hurts, say my back hurts. Which would you like?",
    'I\'m not sure how to help with that. Try "warm me up", "log a rest day", or "give me a tip", and if something hurts, "my back hurts". What would you like?',
    'Sorry, I missed that. I can do warm-ups, cool-downs, rest days and tips; if anything hurts, say "my back hurts". What would you like?',
  ],
  fallbackPending: [
    "Sorry, I didn't catch that. What fits here is {{fits}}.",
    'Sorry, I missed that. I just need {{fits}}.',
    "Sorry, I didn't get that. All I need is {{fits}}.",
  ],
  fallbackPendingReprompt: ['What do you say? I need {{fits}}.', 'Your answer, please: {{fits}}.'],
  declined: [
    'All right, never mind that. What would you like: a warm-up, a cool-down, a tip, or a rest day?',
    'No problem. Is there something else: a warm-up, a cool-down, or a rest day?',
  ],
  strayDay: [
    'I heard a day, but I\'m not sure what for. You can say "log monday as a rest day", or "remove monday". What would you like?',
    'A day, but for what? Try "I rested on monday", or "move my rest day from monday to tuesday". What would you like?',
  ],
  strayYesNo: [
    "I haven't asked anything just now. You can ask for a warm-up, a cool-down, a tip, or to log a rest day. What would you like?",
    'There\'s no question waiting. Try "warm me up", "log a rest day", or "give me a tip". What would you like?',
  ],
  strayFeeling: [
    'Thanks for telling me. If something hurts, say "my back hurts" and I\'ll help. Otherwise, a warm-up, a cool-down, or a rest day?',
    'Good to know how your back is. If it hurts, just say "my back hurts". Would you like a warm-up, a cool-down, or a rest day?',
  ],
  fits: {
    yesNo: ['a yes or a no', 'just yes or no'],
    kind: ['a warm-up or a cool-down', 'either a warm-up or a cool-down'],
    routine: [
      'a style, like yoga or aerobic, or a length, like the quick one',
      'a style, like yoga, or the quick or the full one',
    ],
    nearest: ['yes, no, or another style, like yoga', 'a yes, or another style, like walking or yoga'],
    feeling: ['how your back feels: better, the same, or worse', 'better, the same, or worse'],
    day: ['one day, like yesterday or monday', 'a single day, like saturday or the twentieth'],
    number: ['a number, like two or three', 'a number of rest days a week, like two'],
    answer: ['an answer to my question', 'your answer to my question'],
  },
  fallbackReprompt: [
    'What would you like: a warm-up, a cool-down, or a rest day?',
    'You can say "warm me up", or "log a rest day".',
  ],
  error: [
    'Sorry, something went wrong on my side. Could you say that again?',
    'Sorry, I ran into a problem there. What would you like to do?',
  ],
  errorReprompt: ['You can try again, or say "stop".', 'Try again, or say "stop" to finish.'],
} as const;
