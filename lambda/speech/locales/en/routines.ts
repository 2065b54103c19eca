/**
 * Warm-ups and cool-downs: every word the routines say around the catalog's step content (names,
 * instructions and notes live in lambda/routines/catalog, where a physiotherapist reviews them).
 * Each key lists phrasings; one is picked per turn. Units have one natural form, given twice.
 */
export default {
  name: {
    warmup: {
      walk: ['walk-to-run warm-up', 'walk to run warm-up'],
      aerobic: ['aerobic warm-up', 'cardio warm-up'],
      yoga: ['yoga warm-up', 'yoga flow warm-up'],
    },
    cooldown: {
      walk: ['run-to-walk cool-down', 'jog to walk cool-down'],
      stretch: ['back and leg stretch cool-down', 'stretching cool-down for your back and legs'],
      yoga: ['gentle yoga cool-down', 'easy yoga cool-down'],
    },
  },
  length: { quick: ['quick', 'short'], full: ['full', 'full-length'] },
  unit: {
    seconds: ['{{n}} seconds', '{{n}} seconds'],
    minutes: ['{{n}} minutes', '{{n}} minutes'],
    minuteAndHalf: ['a minute and a half', 'one and a half minutes'],
    minutesAndHalf: ['{{n}} and a half minutes', '{{n}} and a half minutes'],
  },
  starting: [
    'Here is your {{length}} {{routine}}, about {{duration}}. Say pause, next, or stop at any time.',
    "Let's do your {{length}} {{routine}}. It takes about {{duration}}; say pause or next whenever you like.",
  ],
  stepIntro: ['{{name}}. {{instruction}}', 'Now, {{name}}. {{instruction}}'],
  stepResume: ['Carry on with {{name}}.', 'Back to {{name}}.'],
  dose: {
    timed: ['For {{duration}}.', 'Keep it up for {{duration}}.'],
    left: ['Another {{duration}} to go.', 'Still {{duration}} left.'],
  },
  count: {
    times: ['Do {{n}}, at your own pace.', '{{n}} of them, in your own time.'],
    eachSide: ['{{n}} on each side.', 'Do {{n}} each side.'],
    eachLeg: ['{{n}} on each leg.', 'Do {{n}} each leg.'],
    breaths: ['Take {{n}} slow breaths.', 'For {{n}} slow breaths.'],
  },
  cue: {
    go: ['Go.', 'Start now.', 'Begin.'],
    halfway: ['Halfway.', "You're halfway there.", 'Halfway through.'],
    tenLeftNext: ['Ten seconds left. Next: {{next}}.', 'Ten seconds to go, then {{next}}.'],
    tenLeftLast: ['Ten seconds left on the last move.', 'Ten seconds to go on the final move.'],
    time: ['And done.', "That's time.", 'Good.'],
  },
  breakQuestion: ['Nice work so far. Ready for {{next}}?', 'Next up is {{next}}. Ready?'],
  breakReprompt: [
    'Say yes or next to carry on, or stop to finish.',
    'Ready to carry on? Say yes, or say stop.',
  ],
  endQuestion: {
    warmup: ["That's the last move. Ready for your run?", 'All the moves are done. Ready to head out?'],
    cooldown: ["That's the last move. Ready to wrap up?", 'That was the final move. Shall we finish there?'],
  },
  endReprompt: ['Say yes to finish.', 'Just say yes, and we are done.'],
  finish: {
    warmup: [
      'Well done, your warm-up is finished. Have a good run! Afterwards, say "ask Run Coach to cool me down".',
      'Nicely done, you are warmed up. Have a good run, and when you are back, ask Run Coach to cool you down.',
    ],
    cooldown: [
      'Well done, you are cooled down. Remember to take at least two rest days a week.',
      'Nicely done, that is your cool-down finished. And remember: at least two rest days a week help your back recover.',
    ],
  },
  notRecorded: [
    "I couldn't confirm this routine was saved to your history, so it may not count in your weekly summary.",
    "One thing: I couldn't confirm this routine made it into your history, so it might not show in your weekly summary.",
    "Just so you know, I couldn't confirm this routine was recorded, so your weekly summary may leave it out.",
  ],
  notice: {
    firstStep: [
      'This is the first move, so here it is again.',
      "We're at the first move; starting it again.",
    ],
    lastStep: ['That was the last move.', 'That was the final move.'],
    notPaused: ["We weren't paused, so let's keep going.", 'Nothing was paused, so on we go.'],
    noEasier: [
      'This move has no easier version; just go slower and keep it small.',
      'There is no easier version of this one; take it gently and make it smaller.',
    ],
  },
  moved: {
    next: ['Skipping ahead.', 'Moving on.'],
    back: ['Going back one.', 'Back one move.'],
    repeat: ['Once more.', 'Again, from the start of this move.'],
    startOver: ['Starting over from the top.', 'Back to the beginning.'],
    easier: ["Here's an easier version.", "Let's make it gentler."],
    resume: ['Picking up where you left off.', 'Okay, from where you stopped.'],
  },
  howLong: [
    'About {{step}} left on this move, and {{total}} in all.',
    'You have {{step}} to go on this one, about {{total}} in total.',
  ],
  whatsNext: ['Next is {{next}}.', 'After this comes {{next}}.'],
  whatsNextLast: ['This is the last move.', 'Nothing after this one; it is the final move.'],
  howTo: ['{{instruction}} {{safety}}', 'Here is how. {{instruction}} {{safety}}'],
  whatFor: ['{{name}}: {{goodFor}}', 'What it does: {{goodFor}}'],
  paused: [
    'Paused, and your place is saved. Ready to carry on?',
    'Okay, paused. I have saved your place. Ready to carry on?',
  ],
  pausedNotSaved: [
    "Paused. I couldn't confirm your place was saved, so if we get cut off you may start this routine again. Ready to carry on?",
    "Okay, paused, but I couldn't confirm your place was saved this time. Ready to carry on?",
    "Okay, paused. I couldn't confirm I kept your place, so if we get cut off you may start again from the top. Ready to carry on?",
  ],
  readyQuestion: ['Ready to carry on?', 'Shall we carry on?'],
  pausedReprompt: ['Say resume or yes when you are ready.', 'Whenever you are ready, say resume.'],
  stopped: [
    'Stopped. Your place is saved: open Run Coach in the next few hours to pick up from {{step}}.',
    'Okay, stopping. I have saved your place, so open Run Coach soon to carry on from {{step}}.',
  ],
  stoppedNotSaved: [
    "Stopped. I couldn't confirm your place was saved, so next time you may start this routine again.",
    "Okay, stopping. I couldn't confirm your place was saved this time, so the routine may start from the top next time.",
    "Stopped. I couldn't confirm I kept your place, so next time you might begin this routine afresh.",
  ],
  list: [
    'There are three warm-ups: walk to run, aerobic, and yoga. And three cool-downs: run to walk, stretches for your back and legs, and gentle yoga. Each comes quick, about five minutes, or full, about ten. Which would you like?',
    'For warming up: walk to run, aerobic moves, or yoga. For cooling down: run to walk, back and leg stretches, or gentle yoga. Quick takes about five minutes, full about ten. Which one?',
  ],
  listReprompt: [
    'Say, for example, "a quick yoga warm-up" or "cool me down".',
    'Try "give me a full aerobic warm-up", or "I want to stretch after my run".',
  ],
  whichKind: ['Would you like a warm-up or a cool-down?', 'Is that for a warm-up, or a cool-down?'],
  noRoutine: [
    "There's no routine going right now. Would you like a warm-up or a cool-down?",
    'Nothing is running at the moment. Shall we do a warm-up, or a cool-down?',
  ],
  nothingPaused: [
    "There's nothing paused right now. Would you like a warm-up or a cool-down?",
    'I have no paused routine for you. Shall we start a warm-up, or a cool-down?',
  ],
  resumeUnavailable: [
    "I couldn't check for a paused routine just now. Would you like to start a warm-up or a cool-down?",
    "Sorry, I couldn't look up your paused routine at the moment. Shall we start a warm-up, or a cool-down?",
  ],
  resumeOffer: [
    'Welcome back. You paused your {{routine}} at {{step}}. Shall we pick up where you left off?',
    'Hi again. Your {{routine}} is paused at {{step}}. Would you like to carry on?',
  ],
  resumeReprompt: ['Say yes to carry on, or no to do something else.', 'Shall we carry on? Yes or no.'],
  resumeDeclined: [
    'Okay, a fresh start. Warm-up, cool-down, or a rest day?',
    'No problem. What would you like: a warm-up, a cool-down, or a rest day?',
  ],
  laterSaved: [
    'Okay. Your place is saved, so open Run Coach in the next few hours to carry on. Take care.',
    'No problem. I have saved your place; open Run Coach soon to pick it up. Take care.',
  ],
  help: [
    "I've paused {{step}}. While a routine plays, you can say pause, resume, next, go back, repeat, how much longer, or stop. Shall I carry on?",
    '{{step}} is paused. During a routine, say next or go back to move, repeat to hear a move again, pause or resume, how much longer, or stop. Shall I carry on?',
    'Paused on {{step}}. The words that work while we go: pause, resume, next, go back, repeat, how much longer, and stop. Shall I carry on?',
  ],
  helpAtEnd: [
    'That was the last move. You can say go back to do the one before again, or stop. Shall we finish there?',
    "You've done every move. Say go back to repeat the one before, or stop. Shall we finish there?",
  ],
  fallback: [
    "Sorry, I didn't catch that, so I've paused {{step}}. You can say resume, or stop. Shall I carry on?",
    "Sorry, I missed that. {{step}} is paused; say resume when you're ready, or stop to end. Shall we carry on?",
  ],
  fallbackAtEnd: [
    "Sorry, I didn't catch that. That was the last move. Shall we finish there?",
    "Sorry, I missed that. You've done every move; shall we finish there?",
  ],
  noRoutineLogToday: [
    "There's no routine going right now. Shall I log today as a rest day?",
    'Nothing is playing at the moment. Would you like me to log today as a rest day?',
  ],
  noRoutineAfterPain: [
    "I stopped the routine to look after your back, so let's leave it for today. Shall I log today as a rest day?",
    "We stopped because your back hurt, and it's best not to carry on today. Would you like me to log today as a rest day?",
  ],
  noRoutinePending: [
    "There's no routine going right now. What do you say to my question: yes, or no?",
    'Nothing is playing at the moment. So, to my question: yes or no?',
  ],
  noRoutinePendingReprompt: ['Please say yes or no.', 'Yes, or no?'],
  pain: [
    "Let's stop right here. Stop the exercise and walk gently for a minute or two if you can. Don't push through sharp pain, and if it persists or gets worse, see a doctor or physical therapist. Shall I log today as a rest day?",
    "Okay, we'll stop now. Ease off and walk slowly for a bit if that feels okay. Never push through sharp pain; if it keeps up or gets worse, please see a doctor or physical therapist. Would you like me to log today as a rest day?",
  ],
  painReprompt: ['Shall I log today as a rest day? Yes or no.', 'Would you like today logged as a rest day?'],
} as const;
