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
    'I can talk you through a warm-up before your run and a cool-down after it, hands-free. I also keep a log of your rest days and help you get at least two a week. Try "give me a quick warm-up", "cool me down", "log a rest day", or "should I run today?". What would you like?',
    'Here is what I can do: guide a warm-up or a cool-down, step by step with timing, log your rest days, and tell you whether today is a good day to rest. Say "warm me up", "log a rest day", or "give me a tip". What would you like?',
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
    "Sorry, I didn't catch that. You can ask for a warm-up, a cool-down, or to log a rest day. Which would you like?",
    'I\'m not sure how to help with that. Try "warm me up", "cool me down", or "log a rest day". What would you like?',
  ],
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
