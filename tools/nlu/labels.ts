/**
 * The agreed vocabulary of the NLU corpus (test/nlu/README.md): the clock every line is resolved
 * at, the contexts a line can be said in, what the interaction model is growing (intents, slots and
 * slot values it may not have yet), the severe pain words, and the one canonical form that both a
 * label and the resolver's answer are brought to before they are compared.
 */
import { SEVERE_PAIN_WORDS } from '../../lambda/routines/pain';

/** The corpus clock: Wednesday 2026-11-25, 07:30 in New York. Dates are labelled as Alexa fills them then. */
export const CORPUS_NOW = '2026-11-25T07:30:00-05:00';
export const CORPUS_TIME_ZONE = 'America/New_York';

/** The locale evaluated by default and every locale the skill ships a model for. */
export const DEFAULT_LOCALE = 'en-US';
export const ALL_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

/** The questions a `question:<kind>` context can name. */
export const QUESTION_KINDS = [
  'routines.whichKind',
  'routines.whichRoutine',
  'routines.continue',
  'routines.resume',
  'routines.backCheck',
  'restdays.logToday',
  'restdays.confirmLog',
  'restdays.whichDay',
  'restdays.confirmRemove',
  'restdays.confirmMove',
  'restdays.goal',
  'tips.another',
] as const;

/** Where a line is said: one-shot to the device, at the top of a session, mid-routine, or answering. */
export type Context = 'oneshot' | 'top' | 'routine' | `question:${(typeof QUESTION_KINDS)[number]}`;

/** True when `value` names a context. */
export function isContext(value: string): value is Context {
  if (value === 'oneshot' || value === 'top' || value === 'routine') return true;
  const kind = /^question:(.+)$/.exec(value)?.[1];
  return kind !== undefined && (QUESTION_KINDS as readonly string[]).includes(kind);
}

/** Labels that are no intent: the skill is opened (LaunchRequest) or Alexa ends the session. */
export const LAUNCH = 'launch';
export const EXIT = 'exit';

/** The pain intent, whose lines are gated at 100 %. */
export const PAIN_INTENT = 'BackPainIntent';
/** The routine-start intent every start is canonicalised to. */
export const START_INTENT = 'StartRoutineIntent';

/** Intents the model is growing, with their slots and slot types. */
export const NEW_INTENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  BackFeelsIntent: { feeling: 'BackFeeling' },
  MoveRestDayIntent: { from: 'AMAZON.DATE', to: 'AMAZON.DATE' },
  DayAnswerIntent: { date: 'AMAZON.DATE' },
};

/** Slots the model is adding to intents it already has. */
export const NEW_SLOTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  BackPainIntent: { bodyPart: 'BodyPart', painWord: 'PainWord' },
};

/**
 * Severe pain words: any of them means "stop and seek care". One list, the skill's own
 * (lambda/routines/pain.ts), so the corpus can never label a word severe that the skill treats as
 * ordinary, or the reverse.
 */
export { SEVERE_PAIN_WORDS };

/** Slot value ids the model is adding, by slot type. */
export const NEW_VALUES: Readonly<Record<string, readonly string[]>> = {
  RoutineStyle: ['complete'],
  BodyPart: [
    'BACK',
    'LOWER_BACK',
    'UPPER_BACK',
    'HIP',
    'HAMSTRING',
    'KNEE',
    'SCIATICA',
    'GLUTE',
    'CALF',
    'NECK',
    'LEG',
    'SIDE',
  ],
  PainWord: [
    'HURT',
    'SORE',
    'ACHE',
    'PULL',
    'TWINGE',
    'TIGHT',
    'STIFF',
    'FLARE',
    'KILLING',
    'OW',
    'PAIN',
    'STRAIN',
    'TWEAK',
    'SPASM',
    ...SEVERE_PAIN_WORDS,
  ],
  BackFeeling: ['BETTER', 'SAME', 'WORSE'],
};

/** A label value that accepts any filled date: `date: "*"`. */
export const ANY_VALUE = '*';

/** An intent with its filled slots, each slot as an entity-resolution id or a built-in value. */
export interface Meaning {
  /** An intent name, or {@link LAUNCH} / {@link EXIT}. */
  intent: string;
  slots: Record<string, string>;
}

/**
 * The one canonical form of a meaning: the routine intents that name their kind (WarmUpIntent,
 * CoolDownIntent) and StretchIntent are StartRoutineIntent with that kind (and style) filled.
 */
export function canonical(meaning: Meaning): Meaning {
  const fixed: Record<string, Record<string, string>> = {
    WarmUpIntent: { kind: 'warmup' },
    CoolDownIntent: { kind: 'cooldown' },
    StretchIntent: { kind: 'cooldown', style: 'stretch' },
  };
  const implied = fixed[meaning.intent];
  if (!implied) return meaning;
  return { intent: START_INTENT, slots: { ...meaning.slots, ...implied } };
}

/** True when a pain word id is severe. */
export function isSevere(painWord: string | undefined): boolean {
  return painWord !== undefined && (SEVERE_PAIN_WORDS as readonly string[]).includes(painWord);
}
