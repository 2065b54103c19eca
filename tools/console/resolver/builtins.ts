/**
 * Common phrasings of Amazon's built-in intents. Alexa recognises these without samples in the model;
 * the console offers each only when the intent is in the model, as Alexa does.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/standard-built-in-intents.html
 */
export const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'help please', 'i need help', 'can you help me', 'what can i do'],
  'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'be quiet', 'stop it', 'enough'],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'forget it', 'cancel that'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to home', 'go to the home screen'],
  'AMAZON.YesIntent': [
    'yes',
    'yeah',
    'yep',
    'yup',
    'sure',
    'ok',
    'okay',
    'yes please',
    'sounds good',
    'of course',
  ],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now'],
  'AMAZON.NextIntent': ['next', 'skip', 'skip this', 'skip it', 'go forward', 'next one', 'skip ahead'],
  'AMAZON.PreviousIntent': ['go back', 'back', 'previous', 'previous one', 'skip back', 'back up'],
  'AMAZON.RepeatIntent': [
    'repeat',
    'repeat that',
    'say that again',
    'again',
    'come again',
    'what did you say',
  ],
  'AMAZON.PauseIntent': ['pause', 'pause it', 'hold on', 'wait', 'pause that'],
  'AMAZON.ResumeIntent': ['resume', 'continue', 'keep going', 'carry on', 'unpause', 'go on'],
  'AMAZON.StartOverIntent': [
    'start over',
    'restart',
    'start again',
    'begin again',
    'start from the beginning',
  ],
  'AMAZON.MoreIntent': ['more', 'tell me more', 'show more'],
  'AMAZON.ScrollDownIntent': ['scroll down'],
  'AMAZON.ScrollUpIntent': ['scroll up'],
  'AMAZON.LoopOnIntent': ['loop on', 'loop'],
  'AMAZON.LoopOffIntent': ['loop off', 'stop looping'],
  'AMAZON.ShuffleOnIntent': ['shuffle', 'shuffle on'],
  'AMAZON.ShuffleOffIntent': ['shuffle off', 'stop shuffling'],
};

/** What the user says to leave a skill: the console sends `SessionEndedRequest` (USER_INITIATED). */
export const EXIT_PHRASES: readonly string[] = ['exit', 'quit', 'alexa exit', 'alexa quit'];

/**
 * Words that open the skill: "open run coach", "launch run coach", "start run coach", "talk to run coach".
 * @see https://developer.amazon.com/blogs/alexa/post/74d0ed59-ad4f-470a-abcf-d37c10a1dfd6/crafting-great-example-phrases-that-meet-certification-requirements
 */
export const LAUNCH_VERBS: readonly string[] = [
  'open',
  'talk to',
  'launch',
  'start',
  'begin',
  'load',
  'run',
  'play',
  'use',
];

/** One-shot forms: "ask run coach to …", "tell run coach …"; the connecting word is dropped. */
export const ONE_SHOT_VERBS: readonly string[] = ['ask', 'tell', ...LAUNCH_VERBS];
export const CONNECTING_WORDS: readonly string[] = ['to', 'for', 'about', 'that', 'if', 'whether', 'and'];

/** Politeness Alexa ignores around an utterance. */
export const FILLERS: readonly RegExp[] = [
  /^(alexa )/,
  /^(please )/,
  /( please)$/,
  /^(can you |could you )/,
  /( now)$/,
];
