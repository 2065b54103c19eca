/** A small interaction model and corpus texts for the NLU tool's tests. */
import { parseModel } from '../../../tools/console/model';

export const NLU_MODEL = parseModel({
  interactionModel: {
    languageModel: {
      invocationName: 'run coach',
      intents: [
        { name: 'AMAZON.HelpIntent', samples: [] },
        { name: 'AMAZON.YesIntent', samples: [] },
        { name: 'AMAZON.NextIntent', samples: [] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
        { name: 'BackPainIntent', samples: ['my back hurts', 'ow'] },
        {
          name: 'StartRoutineIntent',
          slots: [
            { name: 'kind', type: 'RoutineKind' },
            { name: 'style', type: 'RoutineStyle' },
            { name: 'length', type: 'RoutineLength' },
          ],
          samples: ['start a {kind}', 'give me a {length} {style} {kind}'],
        },
        {
          name: 'WarmUpIntent',
          slots: [
            { name: 'style', type: 'RoutineStyle' },
            { name: 'length', type: 'RoutineLength' },
          ],
          samples: ['warm me up {length}', 'let me do {style}'],
        },
        {
          name: 'StretchIntent',
          slots: [{ name: 'length', type: 'RoutineLength' }],
          samples: ['stretch me out'],
        },
        {
          name: 'LogRestDayIntent',
          slots: [{ name: 'date', type: 'AMAZON.DATE' }],
          samples: ['i rested {date}', 'log a rest day'],
        },
      ],
      types: [
        {
          name: 'RoutineKind',
          values: [
            { id: 'warmup', name: { value: 'warm up' } },
            { id: 'cooldown', name: { value: 'cool down' } },
          ],
        },
        {
          name: 'RoutineStyle',
          values: [
            { id: 'yoga', name: { value: 'yoga' } },
            { id: 'aerobic', name: { value: 'aerobic', synonyms: ['cardio'] } },
          ],
        },
        {
          name: 'RoutineLength',
          values: [
            { id: 'quick', name: { value: 'quick', synonyms: ['short'] } },
            { id: 'full', name: { value: 'full' } },
          ],
        },
      ],
    },
  },
});
