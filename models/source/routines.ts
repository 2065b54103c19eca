import { backFeelingType, backFeels } from './back-check';
import { backPain } from './pain';
import { painTypes } from './pain-types';
import { listRoutines, startRoutine } from './routine-start';
import { coolDown, stretch, warmUp } from './routine-verbs';
import { stepIntents } from './routine-steps';
import { routineTypes } from './routine-types';
import type { ModelFragment } from './types';

/**
 * Warm-ups and cool-downs: choosing a routine by voice, asking about the current step, pain
 * reports (heard anywhere), the back check after a routine, and Amazon's navigation built-ins.
 */
export const routines: ModelFragment = {
  intents: [
    // Routines named by their verb first: "a warm up" is WarmUpIntent's own sample, the one the
    // skill's example phrase "ask run coach for a warm up" quotes word for word.
    warmUp,
    coolDown,
    stretch,
    startRoutine,
    listRoutines,
    ...stepIntents,
    backPain,
    backFeels,
    { name: 'AMAZON.YesIntent', samples: [] },
    { name: 'AMAZON.NoIntent', samples: [] },
  ],
  types: [...routineTypes, ...painTypes, backFeelingType],
};
