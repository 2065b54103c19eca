/**
 * Rest days: logging, summaries, corrections, the weekly goal and advice. `{{day}}` is a spoken date
 * ("today", "yesterday", "Monday, November 23"); `{{start}}`–`{{end}}` the Monday–Sunday week.
 */
export default {
  logged: [
    'Done. {{day}} is logged as a rest day.',
    'Got it: {{day}} is saved as a rest day.',
    'Logged. {{day}} is a rest day. Your back will thank you.',
  ],
  alreadyLogged: [
    '{{day}} is already logged as a rest day. It counts once.',
    'You already have {{day}} down as a rest day. It stays logged, once.',
  ],
  // The write's outcome is unknown (it may have landed with its answer lost), so claim neither way;
  // saying it again is safe: a day is stored once.
  notConfirmed: [
    "Sorry, I couldn't reach your log just now, so I can't confirm {{day}} was saved as a rest day. Please say it again in a minute; it will never count twice.",
    "Sorry, your log isn't answering right now, so I can't confirm {{day}} was saved as a rest day. Please try again shortly; logging it again won't count it twice.",
  ],
  readFailed: [
    "Sorry, I couldn't read your log just now. Nothing was changed. Please try again in a minute.",
    'Sorry, your log is not answering right now. Nothing was changed. Please try again shortly.',
  ],
  removeFailed: [
    "Sorry, I couldn't reach your log just now, so {{day}} was not removed from your rest days. Please try again in a minute.",
    'Sorry, your log is not answering right now. {{day}} was not removed and is still a rest day. Please try again shortly.',
  ],
  removeUnconfirmed: [
    "Sorry, your log didn't answer in time, so I can't confirm whether {{day}} was removed. Please ask me to remove it again in a minute; that is always safe.",
    "Sorry, I lost my connection to your log, so I can't confirm {{day}} was removed from your rest days. Please try again shortly; removing it again is safe.",
  ],
  goalFailed: [
    "Sorry, I couldn't reach your profile just now, so your goal was not changed. Please try again in a minute.",
    'Sorry, your profile is not answering right now. Your goal was not changed. Please try again shortly.',
  ],
  goalUnconfirmed: [
    "Sorry, your profile didn't answer in time, so I can't confirm your new goal was saved. Please set it again in a minute; that is always safe.",
    "Sorry, I lost my connection to your profile, so I can't confirm your goal was changed. Please try again shortly; setting it again is safe.",
  ],
  askWhichDay: [
    'Which day did you mean? For example, say "I rested on monday", or "log yesterday as a rest day".',
    'I need one day. You could say "log yesterday as a rest day", or "I rested on monday".',
  ],
  askWhichDayToRemove: [
    'Which day should I remove? For example, say "remove my rest day on tuesday".',
    'I need one day. You could say "I didn\'t rest yesterday", or "remove my rest day on tuesday".',
  ],
  askMoveFrom: [
    'Which rest day should I move to {{day}}? For example, "yesterday", or "monday".',
    'Which day should become {{day}}? Tell me the rest day to move, like "monday".',
  ],
  askMoveTo: [
    'Which day should I move {{day}} to? For example, "yesterday", or "monday".',
    'Move {{day}} to which day? Tell me one day, like "monday".',
  ],
  askWhichDayToMove: [
    'Which rest day should I move, and to which day? For example, "move my rest day from monday to tuesday".',
    'Tell me the day to move and the new day, like "move monday to tuesday".',
  ],
  whichDayReprompt: [
    'Which day? For example, "yesterday", or "monday".',
    'Tell me one day, like "yesterday" or "monday".',
  ],
  future: [
    "{{day}} hasn't happened yet, so I can't log it. Log a rest day on the day itself, or afterwards.",
    "{{day}} is still ahead. I only log rest days once they've happened. Ask me again then.",
  ],
  futureRemove: [
    "{{day}} hasn't happened yet, so there's no rest day to remove.",
    "{{day}} is still ahead, so there's nothing logged to remove.",
  ],
  tooOld: [
    'I can only log rest days from the last {{limit}} days, and {{day}} is further back than that.',
    '{{day}} is more than {{limit}} days ago. I keep the log to the last {{limit}} days.',
  ],
  tooOldRemove: [
    'I can only change rest days from the last {{limit}} days, and {{day}} is further back than that.',
    '{{day}} is more than {{limit}} days ago, so I left it as it is. I can change the last {{limit}} days.',
  ],
  confirmLog: ['Did you mean {{day}}?', 'Just to check: do you mean {{day}}?'],
  confirmLogReprompt: [
    'Should I log {{day}} as a rest day? Yes or no?',
    'Log {{day}} as a rest day? Say yes or no.',
  ],
  confirmLogDeclined: [
    'OK, nothing logged. You can log today, or a day that has passed, like "log yesterday as a rest day".',
    'All right, I left your log as it is. Rest days can be logged once they have happened.',
  ],
  confirmRemove: [
    'Remove {{day}} from your rest days?',
    'Just to be sure: should I remove {{day}} from your rest days?',
  ],
  confirmRemoveReprompt: [
    'Should I remove {{day}} from your rest days? Yes or no?',
    'Remove {{day}} from your rest days? Say yes or no.',
  ],
  confirmMove: [
    'Move your rest day from {{from}} to {{to}}?',
    'Just to check: should {{to}} be your rest day instead of {{from}}?',
  ],
  confirmMoveReprompt: [
    'Should I move your rest day from {{from}} to {{to}}? Yes or no?',
    'Move the rest day from {{from}} to {{to}}? Say yes or no.',
  ],
  moveKept: ['OK, I left your rest days as they were.', 'All right, nothing moved. Your log is as it was.'],
  moveSameDay: [
    "That's the same day, so there's nothing to move.",
    'Both are {{day}}, so your log stays as it is.',
  ],
  moved: [
    'Done. {{to}} is now your rest day, instead of {{from}}.',
    'Moved: {{from}} is off your rest days, and {{to}} is on.',
  ],
  movedAlreadyLogged: [
    'Done. {{from}} is no longer a rest day, and {{to}} already was one.',
    'I removed {{from}}; {{to}} was already logged as a rest day.',
  ],
  movedFromNotFound: [
    "{{from}} wasn't logged as a rest day, so I logged {{to}}.",
    '{{from}} was not in your log, so I simply logged {{to}} as a rest day.',
  ],
  moveNothingChanged: [
    "{{from}} wasn't logged, and {{to}} already is a rest day, so nothing changed.",
    '{{to}} was already a rest day and {{from}} was not, so your log stays as it is.',
  ],
  moveRemoveFailed: [
    "Sorry, I couldn't reach your log just now, so I can't confirm {{from}} was removed, and I haven't logged {{to}}. Please try again in a minute.",
    "Sorry, your log isn't answering, so I can't confirm the change to {{from}}, and {{to}} isn't logged yet. Please try again shortly.",
  ],
  moveLogFailed: [
    'I removed {{from}}, but I couldn\'t reach your log again, so I can\'t confirm {{to}} was saved. Please say "log {{to}} as a rest day" in a minute.',
    "{{from}} is off your rest days, but I can't confirm {{to}} was saved as one. Please log {{to}} again shortly; it will never count twice.",
  ],
  moveNotFoundLogFailed: [
    '{{from}} wasn\'t logged as a rest day, and I can\'t confirm {{to}} was saved. Please say "log {{to}} as a rest day" in a minute.',
    "{{from}} was not in your log, and I couldn't confirm {{to}} was saved. Please log {{to}} again shortly.",
  ],
  removed: ['Done. {{day}} is no longer a rest day.', 'OK, I removed {{day}} from your rest days.'],
  removeNotFound: [
    '{{day}} was not logged as a rest day, so nothing changed.',
    "{{day}} wasn't logged as a rest day, so there was nothing to remove.",
  ],
  removeKept: ['OK, I kept {{day}} as a rest day.', 'All right, {{day}} stays a rest day.'],
  weekNone: [
    "You haven't logged a rest day this week, {{start}} to {{end}}.",
    'No rest days logged yet this week, which runs {{start}} to {{end}}.',
  ],
  weekSome: [
    'This week, {{start}} to {{end}}, you rested on {{days}}.',
    'So far this week, from {{start}} to {{end}}, you took a rest on {{days}}.',
  ],
  goalMet: [
    "That's {{count}}, which meets your goal of {{goal}}. Nicely done.",
    "That's {{count}}: your goal of {{goal}} is met. Well done.",
  ],
  onTrack: [
    "That's {{count}} of your goal of {{goal}}, and the week has room for the rest, so you're on track.",
    "You're on track: {{count}} of {{goal}}, with enough of the week left.",
  ],
  tight: [
    "That's {{count}} of your goal of {{goal}}. To reach it, rest every day that's left this week, today included.",
    "You're at {{count}} of {{goal}}. Every day left this week, today included, needs to be a rest day to make it.",
  ],
  missed: [
    "That's {{count}} of your goal of {{goal}}, and there aren't enough days left to reach it. Aim for it next week, and rest when your back asks.",
    "You're at {{count}} of {{goal}}, and the goal is out of reach this week. Next week is a fresh start.",
  ],
  lastRest: ['Your last rest day was {{day}}.', 'Your most recent rest day was {{day}}.'],
  lastNone: [
    "I don't have a rest day logged in the last {{limit}} days.",
    'No rest days in your log for the last {{limit}} days.',
  ],
  listSome: [
    'In the last two weeks, since {{since}}, you rested on {{days}}.',
    'Your rest days since {{since}}: {{days}}.',
  ],
  listNone: [
    'No rest days logged in the last two weeks, since {{since}}.',
    "Since {{since}}, I don't have any rest days logged.",
  ],
  goalSet: [
    'Done. Your goal is now {{goal}} rest days a week, Monday to Sunday.',
    "OK, I'll coach you toward {{goal}} rest days a week, Monday to Sunday.",
  ],
  goalSetOne: [
    'Done. Your goal is now one rest day a week. The article suggests at least two, so listen to your back.',
    'OK, one rest day a week it is. Two is kinder to a sore back, if you can manage it.',
  ],
  goalOutOfRange: [
    'I can set a goal from {{min}} to {{max}} rest days a week. Which would you like?',
    'Rest day goals go from {{min}} to {{max}} a week. How many would you like?',
  ],
  goalMissing: [
    'How many rest days a week would you like, from {{min}} to {{max}}?',
    'Sure. How many rest days a week shall we aim for, from {{min}} to {{max}}?',
  ],
  goalReprompt: [
    'How many rest days a week, from {{min}} to {{max}}?',
    'Just say a number from {{min}} to {{max}}, like two.',
  ],
  adviceRestedToday: [
    "Today is already a rest day, so no run today. That's a good choice.",
    "You've logged today as a rest day. Enjoy it: no run today.",
  ],
  adviceStreak: [
    "You've run {{days}} days in a row: today is a good day to rest.",
    "That's {{days}} running days in a row. Give your back a break today.",
  ],
  adviceBehind: [
    "You've had {{rested}} of your {{goal}} rest days this week, so today is a good day to rest.",
    "To reach your goal of {{goal}} rest days this week, today should be one. You're at {{rested}}.",
  ],
  adviceNoRecentRest: [
    "You haven't logged a rest day in the last week: today is a good day to rest.",
    "No rest day in your log for a week now. I'd rest today.",
  ],
  adviceNoData: [
    "I don't have any runs or rest days from the last week. Aim for {{goal}} rest days a week; if you run today, warm up first and stop if your back hurts.",
    'Your log is empty for the last week. A run is fine if your back feels good: warm up first, and plan {{goal}} rest days this week.',
  ],
  adviceRunOk: [
    "A run is fine today. You've had {{rested}} of your {{goal}} rest days this week. Warm up well first.",
    "Yes, go for a run, after a good warm-up. You're at {{rested}} of {{goal}} rest days this week.",
  ],
  gentle: [
    'On a rest day you could take a walk, do some gentle yoga, or simply do nothing at all.',
    'A walk, some easy yoga, or nothing at all: any of them counts as rest.',
  ],
  recovery: [
    'Sleep well tonight: a supportive mattress helps your back recover. And make sure you eat enough.',
    'Rest is also good sleep, on a mattress that supports your back, and eating enough, not just eating well.',
  ],
  offerLogToday: ['Shall I log today as a rest day?', 'Want me to log today as a rest day?'],
  offerLogTodayReprompt: [
    'Should I log today as a rest day? Yes or no?',
    'Log today as a rest day? Say yes or no.',
  ],
  whichDayDeclined: ['OK, I left your log as it is.', 'All right, nothing changed in your log.'],
  logTodayDeclined: [
    'All right. Take it easy, and stop if your back hurts.',
    "OK, I won't log it. Go gently, and listen to your back.",
  ],
} as const;
