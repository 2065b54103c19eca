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
      complete: ['walk and stretch cool-down', 'ease-down-and-stretch cool-down'],
      walk: ['run-to-walk cool-down', 'jog to walk cool-down'],
      stretch: ['back and leg stretch cool-down', 'stretching cool-down for your back and legs'],
      yoga: ['gentle yoga cool-down', 'easy yoga cool-down'],
    },
  },
  length: { quick: ['quick', 'short'], full: ['full', 'full-length'] },
  unit: {
    second: ['1 second', 'one second'],
    seconds: ['{{n}} seconds', '{{n}} seconds'],
    minutes: ['{{n}} minutes', '{{n}} minutes'],
    minuteAndHalf: ['a minute and a half', 'one and a half minutes'],
    minutesAndHalf: ['{{n}} and a half minutes', '{{n}} and a half minutes'],
  },
  starting: [
    'Here is your {{length}} {{routine}}, about {{duration}}.',
    "Let's do your {{length}} {{routine}}: about {{duration}}.",
    'Your {{length}} {{routine}}, about {{duration}}.',
  ],
  firstStep: ['First, {{name}}, {{dose}}.', 'We start with {{name}}, {{dose}}.'],
  stepIntro: ['{{name}}, {{dose}}.', 'Now {{name}}, {{dose}}.', 'Next, {{name}}: {{dose}}.'],
  stepResume: ['{{name}}: {{left}} left.', 'Back to {{name}}: {{left}}.', '{{name}} again: {{left}} more.'],
  stepOtherSide: ['{{name}}, other side: {{left}}.', 'Now the other side, {{left}}.'],
  dose: { timed: ['{{duration}}', 'for {{duration}}'] },
  count: {
    times: ['{{n}} times, at your own pace', '{{n}} of them, in your own time'],
    eachSide: ['{{n}} on each side', '{{n}} each side'],
    eachLeg: ['{{n}} on each leg', '{{n}} each leg'],
    breaths: ['{{n}} slow breaths', '{{n}} slow, deep breaths'],
  },
  cue: {
    go: ['Go.', 'Start now.', 'Begin.'],
    halfway: ['Halfway.', "You're halfway there.", 'Halfway through.'],
    switch: ['Switch sides.', 'Now the other side.', 'Change sides.'],
    countHalf: ['About {{done}} done, {{left}} to go.', "That's about {{done}}; {{left}} more."],
    tenLeftNext: ['Ten seconds left. Next: {{next}}.', 'Ten seconds to go, then {{next}}.'],
    tenLeftLast: ['Ten seconds left on the last move.', 'Ten seconds to go on the final move.'],
    time: ['And done.', "That's time.", 'Good.'],
  },
  breakQuestion: [
    'Next: {{next}}. Carry on?',
    'Up next, {{next}}. Ready?',
    '{{next}} is next. Shall I go on?',
  ],
  restQuestion: [
    'Keep it up; there is more {{next}} to come. Carry on?',
    'Still some {{next}} to go. Ready?',
  ],
  otherSideQuestion: [
    'Switch sides. Ready?',
    'Other side next. Carry on?',
    'Time for the other side. Ready?',
  ],
  breakReprompt: [
    'Say next or carry on to go on. Pause and stop work at any time, too.',
    'Ready? Say yes or next. You can also say pause, or stop, at any time.',
  ],
  closing: {
    warmup: [
      'Well done, you are warmed up.',
      'Nicely done, that is your warm-up finished.',
      'Good work, warm-up done.',
    ],
    cooldown: [
      'Well done, you are cooled down.',
      'Nicely done, that is your cool-down finished.',
      'Good work, cool-down done.',
    ],
  },
  backCheck: {
    question: ['How does your back feel?', 'How is your back feeling now?', 'And how does your back feel?'],
    reprompt: ['Is your back better, the same, or worse?', 'Better, the same, or worse?'],
    again: [
      'Sorry, is your back better, the same, or worse than before?',
      'Just tell me: does your back feel better, the same, or worse?',
    ],
    afterPain: [
      'Before we start: your back was hurting recently. How does it feel today?',
      'First, a quick check, since your back hurt a few days ago. How does it feel now?',
    ],
    after: {
      better: {
        warmup: [
          'Good to hear. Have a good run, and ask Run Coach to cool you down afterwards.',
          'Glad it feels good. Have a good run, and when you are back, ask Run Coach to cool you down.',
        ],
        cooldown: [
          'Good to hear. Remember to take at least two rest days a week.',
          'Glad it feels good. And remember: at least two rest days a week help your back recover.',
        ],
      },
      same: {
        warmup: [
          'Okay. Take the first minutes of your run easy, and stop if your back starts to hurt.',
          'All right. Start your run gently, and ease off if your back complains.',
        ],
        cooldown: [
          'Okay. Keep moving gently today, and take a rest day if it stays stiff.',
          'All right. Go easy for the rest of the day; a rest day tomorrow might help.',
        ],
      },
      unclear: [
        'All right. Look after your back, and take a rest day if it feels sore. Take care.',
        'Okay. Go easy on your back, and rest if it feels sore. Take care.',
      ],
      worse: [
        "I'm sorry it feels worse. Take it easy today, and if it keeps up or gets sharper, see a doctor or physical therapist. Shall I log today as a rest day?",
        'Sorry to hear that. Rest it today, and if the pain lasts or gets sharper, please see a doctor or physical therapist. Would you like me to log today as a rest day?',
      ],
    },
    gentle: ["Good. Let's keep it gentle.", "Glad it's better; let's go gently."],
    gentleChoice: [
      "Glad it's better. Let's keep it gentle today: a quick walk-to-run warm-up, or a quick run-to-walk cool-down?",
      "Good to hear. Today, let's go gently: a quick walking warm-up, or a quick walking cool-down?",
    ],
    rest: [
      "Then today is better as a rest day, and if it isn't easing, see a doctor or physical therapist. If you still want a routine, just ask. Shall I log today as a rest day?",
      "Then let's give it a rest today; if it doesn't ease, please see a doctor or physical therapist. You can still ask for a routine. Would you like me to log today as a rest day?",
    ],
  },
  endReprompt: ['Say yes to finish.', 'Just say yes, and we are done.'],
  disclaimer: [
    "This isn't medical advice: see your doctor or physical therapist if your pain is sharp or getting worse.",
    "A word first: this isn't medical advice, so see your doctor or physical therapist if your pain is sharp or getting worse.",
  ],
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
    resume: ['Picking up again.', 'Resuming.', 'Carrying on.'],
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
    'There are three warm-ups: walk to run, aerobic, and yoga. And four cool-downs: the whole one, easing down to a walk and then stretching; run to walk alone; stretches for your back and legs; and gentle yoga. Each comes quick, about five minutes, or full, about ten. Which would you like?',
    'For warming up: walk to run, aerobic moves, or yoga. For cooling down: ease down and stretch, run to walk, back and leg stretches, or gentle yoga. Quick takes about five minutes, full about ten. Which one?',
  ],
  listReprompt: [
    'Say, for example, "a quick yoga warm-up" or "cool me down".',
    'Try "give me a full aerobic warm-up", or "I want to stretch after my run".',
  ],
  whichKind: ['Would you like a warm-up or a cool-down?', 'Is that for a warm-up, or a cool-down?'],
  nearest: {
    warmupStretch: [
      "There's no stretching warm-up: before a run, moving beats holding a stretch. The nearest is the {{length}} yoga warm-up. Shall I start it, or would you like walk to run or aerobic?",
      "I don't have a stretch warm-up, because stretches suit the end of a run. The closest is the {{length}} yoga warm-up. Shall we do that, or walk to run, or aerobic?",
    ],
    cooldownAerobic: [
      "There's no aerobic cool-down: a cool-down eases you down instead. The nearest is the {{length}} run-to-walk cool-down. Shall I start it, or would you like stretches or yoga?",
      "I don't have an aerobic cool-down, since a cool-down should slow you down. The closest is the {{length}} run-to-walk cool-down. Shall we do that, or stretches, or yoga?",
    ],
    cooldownComplete: [
      "There's no single cool-down with everything in it. The run-to-walk cool-down eases you down, and the stretch one does your back and legs after it. Shall I start the {{length}} run-to-walk one, or would you like the stretches?",
      "I don't have one cool-down that does it all: run to walk eases you down, then the stretches look after your back and legs. Shall we start with the {{length}} run-to-walk one, or go straight to stretches?",
    ],
    warmupComplete: [
      "There's no single warm-up with everything in it. The nearest is the full walk-to-run warm-up. Shall I start it, or would you like aerobic or yoga?",
      "I don't have one warm-up that does it all; the full walk-to-run warm-up comes closest. Shall we do that, or aerobic, or yoga?",
    ],
    unknown: [
      "I don't have that kind of {{kind}}. The nearest is the {{length}} {{routine}}. Shall I start it, or would you like another style?",
      "That style isn't one I have. The closest is the {{length}} {{routine}}. Shall we do that, or pick another style?",
    ],
  },
  nearestReprompt: [
    'Say yes to start it, or name another style, like yoga.',
    'Shall I start it? Say yes, no, or another style.',
  ],
  nearestDeclined: [
    'All right. Which would you like: a warm-up or a cool-down, and which style?',
    'No problem. Say, for example, "a quick yoga warm-up" or "cool me down".',
  ],
  kindWord: { warmup: ['warm-up', 'warm-up'], cooldown: ['cool-down', 'cool-down'] },
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
    "I've paused {{step}}. While a routine plays, you can say pause, resume, next, go back, repeat, how much longer, how do I do this, what is this for, or stop. If something hurts, say my back hurts. Shall I carry on?",
    '{{step}} is paused. During a routine, say pause, resume, next, go back, repeat, how much longer, how do I do this, what is this for, or stop. If anything hurts, just say my back hurts. Shall I carry on?',
    'Paused on {{step}}. The words that work while we go: pause, resume, next, go back, repeat, how much longer, how do I do this, what is this for, and stop. If something hurts, say my back hurts. Shall I carry on?',
  ],
  helpBefore: [
    "{{step}} is up next and hasn't started. During a routine you can say next, go back, repeat, how much longer, how do I do this, or what is this for. If something hurts, say my back hurts. Shall I start it?",
    "We're just before {{step}}. You can say next, go back, repeat, how do I do this, what is this for, or stop. If anything hurts, say my back hurts. Ready to start it?",
  ],
  helpAtEnd: [
    'That was the last move. You can say go back to do the one before again, or stop. If something hurts, say my back hurts. Shall we finish there?',
    "You've done every move. Say go back to repeat the one before, or stop. If anything hurts, say my back hurts. Shall we finish there?",
  ],
  fallback: [
    "Sorry, I didn't catch that, so I've paused {{step}}. Say resume or stop, and if something hurts, say my back hurts. Shall I carry on?",
    'Sorry, I missed that. {{step}} is paused; say resume, or stop, and if anything hurts, say my back hurts. Shall we carry on?',
  ],
  fallbackPaused: [
    "Sorry, I didn't catch that. {{step}} is still paused; say resume to carry on, or stop, and if something hurts, say my back hurts. Shall I resume?",
    "Sorry, I missed that. We're paused on {{step}}; say resume, or stop, and if anything hurts, say my back hurts. Shall we carry on?",
  ],
  helpPaused: [
    '{{step}} is paused. You can say resume, next, go back, repeat, how much longer, how do I do this, what is this for, or stop. If something hurts, say my back hurts. Shall I resume?',
    "We're paused on {{step}}. Say resume, next, go back, repeat, how much longer, how do I do this, what is this for, or stop. If anything hurts, say my back hurts. Shall we carry on?",
  ],
  fallbackBefore: [
    "Sorry, I didn't catch that. {{step}} hasn't started yet; say yes to start it, or stop, and if something hurts, say my back hurts. Shall I start it?",
    'Sorry, I missed that. Next up is {{step}}; say yes to begin, or stop, and if anything hurts, say my back hurts. Ready to start it?',
  ],
  fallbackAtEnd: [
    "Sorry, I didn't catch that. That was the last move; if something hurts, say my back hurts. Shall we finish there?",
    "Sorry, I missed that. You've done every move, and if anything hurts, say my back hurts. Shall we finish there?",
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
  painSevere: [
    "Stop right now, please, and don't carry on today. {{pain}} needs checking: see {{who}} soon. {{urgent}}",
    "Let's stop here, and no more exercise today. {{pain}} should be checked by {{who}}. {{urgent}}",
  ],
  painWhat: {
    part: ['Pain like that in your {{part}}', 'That kind of pain in your {{part}}'],
    none: ['Pain like that', 'That kind of pain'],
  },
  careWho: ['a doctor or physical therapist', 'a doctor or physical therapist'],
  painUrgent: {
    now: [
      'With numbness, tingling or weakness in a leg, get urgent care today.',
      'Numbness, tingling or a weak leg need urgent care, so please get seen today.',
    ],
    ifNerve: [
      'If you notice numbness, tingling or weakness in a leg, get urgent care.',
      'And if a leg goes numb, tingles or feels weak, get urgent care.',
    ],
  },
  bodyPart: {
    BACK: ['back', 'back'],
    LOWER_BACK: ['lower back', 'lower back'],
    UPPER_BACK: ['upper back', 'upper back'],
    HIP: ['hip', 'hip'],
    HAMSTRING: ['hamstring', 'hamstring'],
    KNEE: ['knee', 'knee'],
    SCIATICA: ['back and leg', 'back and leg'],
    GLUTE: ['glute', 'glute'],
    CALF: ['calf', 'calf'],
    NECK: ['neck', 'neck'],
    LEG: ['leg', 'leg'],
    SIDE: ['side', 'side'],
  },
  painReprompt: ['Shall I log today as a rest day? Yes or no.', 'Would you like today logged as a rest day?'],
} as const;
