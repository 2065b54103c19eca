/** A small interaction model with every kind of slot the resolver handles, for the console's tests. */
import { DateTime } from 'luxon';
import { parseModel } from '../../../tools/console/model';

export const FIXTURE_MODEL = parseModel({
  interactionModel: {
    languageModel: {
      invocationName: 'run coach',
      intents: [
        { name: 'AMAZON.HelpIntent', samples: ['what can you do'] },
        { name: 'AMAZON.StopIntent', samples: [] },
        { name: 'AMAZON.CancelIntent', samples: [] },
        { name: 'AMAZON.YesIntent', samples: [] },
        { name: 'AMAZON.PauseIntent', samples: [] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
        {
          name: 'LogRestDayIntent',
          slots: [{ name: 'day', type: 'AMAZON.DATE' }],
          samples: ['log a rest day', 'log a rest day for {day}', 'i rested {day}'],
        },
        {
          name: 'StartRoutineIntent',
          slots: [
            { name: 'routine', type: 'RoutineType' },
            { name: 'minutes', type: 'AMAZON.NUMBER' },
          ],
          samples: ['start a {routine}', 'give me a {minutes} minute {routine}', 'give me a {routine}'],
        },
      ],
      types: [
        {
          name: 'RoutineType',
          values: [
            { id: 'WARMUP', name: { value: 'warm-up', synonyms: ['warm up', 'warmup'] } },
            { id: 'COOLDOWN', name: { value: 'cool-down', synonyms: ['cool down', 'stretch'] } },
          ],
        },
      ],
    },
  },
});

/** Thursday 26 November 2026, 10:00 in New York (ISO week 48). */
export const THURSDAY = DateTime.fromISO('2026-11-26T10:00:00', { zone: 'America/New_York' });
