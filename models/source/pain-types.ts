import type { SlotTypeSource, SlotValueSource } from './types';

/** The slot types of BackPainIntent. */
export const BODY_PART = 'BodyPart';
export const PAIN_WORD = 'PainWord';

/**
 * Where it hurts. `sided` parts also answer to "left …" and "right …"; every singular name also
 * answers in its contracted form ("my back's killing me"): Alexa wants an "'s" inside the slot
 * value, not after the slot in a sample.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/best-practices-for-sample-utterances-and-custom-slot-type-values.html
 */
const BODY_PARTS: { id: string; names: string[]; sided?: boolean }[] = [
  {
    id: 'BACK',
    names: ['back', 'spine', 'backbone', 'back muscles', 'whole back', 'mid back', 'middle back'],
  },
  {
    id: 'LOWER_BACK',
    names: [
      'lower back',
      'low back',
      'lumbar',
      'lumbar spine',
      'lower spine',
      'small of my back',
      'bottom of my back',
      'base of my spine',
      'lower back muscles',
    ],
  },
  {
    id: 'UPPER_BACK',
    names: [
      'upper back',
      'top of my back',
      'upper spine',
      'shoulder blades',
      'shoulder blade',
      'shoulders',
      'shoulder',
      'thoracic spine',
      'traps',
    ],
  },
  { id: 'HIP', names: ['hip', 'hips', 'hip flexor', 'hip flexors', 'hip joint', 'groin'], sided: true },
  {
    id: 'HAMSTRING',
    names: [
      'hamstring',
      'hamstrings',
      'hammy',
      'hammies',
      'back of my thigh',
      'back of my leg',
      'back of my knee',
    ],
    sided: true,
  },
  { id: 'KNEE', names: ['knee', 'knees', 'kneecap', 'knee joint'], sided: true },
  { id: 'SCIATICA', names: ['sciatica', 'sciatic nerve', 'sciatic', 'nerve'] },
  {
    id: 'GLUTE',
    names: ['glute', 'glutes', 'butt', 'bum', 'backside', 'buttock', 'buttocks', 'bottom', 'piriformis'],
    sided: true,
  },
  {
    id: 'CALF',
    names: ['calf', 'calves', 'calf muscle', 'achilles', 'shin', 'shins', 'ankle', 'ankles'],
    sided: true,
  },
  { id: 'NECK', names: ['neck', 'neck muscles'] },
  { id: 'LEG', names: ['leg', 'legs', 'thigh', 'thighs', 'quad', 'quads', 'foot', 'feet'], sided: true },
  { id: 'SIDE', names: ['side', 'stitch', 'a stitch', 'ribs', 'rib', 'tummy', 'stomach'], sided: true },
];

/** "back" → "back", "back's"; sided: "left hip", "left hip's", … */
function bodyPartForms(names: readonly string[], sided = false): string[] {
  const withSides = sided ? [...names, ...names.flatMap((name) => [`left ${name}`, `right ${name}`])] : names;
  const contracted = withSides.filter((name) => !/s$|^a /.test(name)).map((name) => `${name}'s`);
  return [...new Set([...withSides, ...contracted])];
}

/** Words before a pain word that make it stronger, milder or lasting: "really sore", "still a bit tight". */
const INTENSIFIERS = [
  'really',
  'so',
  'very',
  'super',
  'pretty',
  'quite',
  'a bit',
  'bit',
  'a little',
  'kind of',
  'kinda',
  'still',
  'still a bit',
  'still really',
  'still pretty',
  'just',
  'too',
  'way too',
  'a bit too',
  'seriously',
  'properly',
  'totally',
  'all',
  'getting',
  'feeling',
];

/** Nouns a pain adjective names: "a sharp pain", "a stabbing feeling", "a burning sensation". */
const PAIN_NOUNS = ['pain', 'feeling', 'sensation'];

/**
 * Severe words said in front of another pain adjective: "a sharp shooting pain", "a sudden stabbing
 * pain". The compound takes the id of the adjective it qualifies.
 */
const PAIN_QUALIFIERS = ['sharp', 'sudden', 'really sharp'];

/** Words after a pain verb: "hurts a lot", "pulls a bit". */
const TAILS = ['a bit', 'a lot', 'so much', 'a little', 'like hell', 'like crazy', 'badly', 'loads'];

/**
 * What it feels like. Ordinary ids get the calm advice; severe ids (SHARP … GAVE_OUT) get the advice
 * to stop and seek care. `graded` words take an intensifier; `verbs` also take a tail; `pain` words
 * also name a pain ("sharp" → "sharp pain", "a sharp pain", "sharp pains"); `fixed` are said as they are.
 */
const PAIN_WORDS: { id: string; graded?: string[]; verbs?: string[]; pain?: string[]; fixed?: string[] }[] = [
  {
    id: 'HURT',
    graded: ['hurting'],
    verbs: ['hurts', 'hurt', 'hurting me'],
    fixed: ['hurt myself', 'injured', 'injured myself'],
  },
  { id: 'SORE', graded: ['sore', 'tender', 'bruised'], pain: ['sore'], fixed: ['soreness', 'sore as hell'] },
  {
    id: 'ACHE',
    graded: ['aching', 'achy'],
    verbs: ['aches', 'ache', 'throbs'],
    pain: ['aching', 'throbbing'],
    fixed: ['an ache', 'a dull ache', 'dull ache', 'achiness'],
  },
  {
    id: 'PULL',
    graded: ['pulling', 'pulled', 'pulling on', 'tugging'],
    verbs: ['pulls', 'pulls on', 'pull', 'tugs on'],
    fixed: ['a pull'],
  },
  {
    id: 'TWINGE',
    graded: ['twinged', 'twingey'],
    verbs: ['twinges'],
    fixed: [
      'twinge',
      'a twinge',
      'a little twinge',
      'a slight twinge',
      'bit of a twinge',
      'a bit of a twinge',
    ],
  },
  {
    id: 'TIGHT',
    graded: ['tight', 'tense', 'tightening up', 'tightened up', 'tight as hell', 'knotted'],
    fixed: ['tightness'],
  },
  {
    id: 'STIFF',
    graded: ['stiff', 'stiffened up', 'stiffening up', 'rigid'],
    fixed: ['stiffness', 'stiff as a board'],
  },
  {
    id: 'FLARE',
    graded: ['flaring up', 'flared up', 'playing up', 'acting up', 'flaring', 'flared', 'playing me up'],
    fixed: ['a flare up', 'flare up', 'kicking off'],
  },
  {
    id: 'KILLING',
    graded: ['killing me', 'killing', 'murdering me', 'killing my back'],
    fixed: ['is killing me'],
  },
  {
    id: 'OW',
    fixed: [
      'ow',
      'ouch',
      'ugh',
      'argh',
      'ah',
      'agh',
      'oof',
      'ooh',
      'aah',
      'aargh',
      'ow ow',
      'ouch ouch',
      'ow ow ow',
      'ouchie',
    ],
  },
  {
    id: 'PAIN',
    graded: ['in pain', 'paining', 'painful'],
    verbs: ['paining'],
    fixed: ['pain', 'a pain', 'some pain', 'pains', 'a lot of pain', 'in a lot of pain', 'discomfort'],
  },
  {
    id: 'STRAIN',
    graded: ['strained', 'straining'],
    fixed: ['strain', 'a strain', 'overdid it', 'overdone it'],
  },
  {
    id: 'TWEAK',
    graded: ['tweaked', 'twisted', 'jarred', 'wrenched', 'tweaking'],
    fixed: ['tweak', 'a tweak', 'put out'],
  },
  {
    id: 'SPASM',
    graded: ['spasming', 'spasmed', 'cramping', 'cramped', 'cramping up', 'in spasm'],
    fixed: [
      'spasm',
      'spasms',
      'a spasm',
      'cramp',
      'a cramp',
      'went into spasm',
      'gone into spasm',
      'into spasm',
    ],
  },
  {
    id: 'SHARP',
    graded: ['sharp'],
    pain: ['sharp'],
    fixed: ['sharp twinge', 'a sharp twinge'],
  },
  {
    id: 'SHOOTING',
    graded: ['shooting', 'radiating', 'shot', 'shot down'],
    verbs: ['shoots', 'shoots down'],
    pain: ['shooting', 'radiating'],
    fixed: ['shooting down my leg'],
  },
  {
    id: 'NUMB',
    graded: ['numb', 'gone numb', 'went numb', 'going numb', 'dead'],
    pain: ['numb'],
    fixed: ['numbness', 'no feeling', 'lost feeling', 'a numb feeling', 'numb feeling', 'feel'],
  },
  {
    id: 'TINGLING',
    graded: ['tingling', 'tingly', 'buzzing'],
    verbs: ['tingles'],
    fixed: ['pins and needles', 'a tingling', 'tingling feeling', 'a tingling feeling'],
  },
  {
    id: 'CANT_MOVE',
    fixed: [
      "can't move",
      'cannot move',
      'can barely move',
      'can hardly move',
      "can't stand up",
      "can't stand",
      "can't walk",
      'can barely walk',
      "can't bend",
      "can't straighten up",
      "can't get up",
      'unable to move',
      'move',
      'stand up straight',
      'straighten up',
      'get up',
      'bend down',
      'stand up',
      'straighten',
      "can't straighten",
      'straighten my back',
      'get out of bed',
      "can't get out of bed",
    ],
  },
  {
    id: 'STABBING',
    graded: ['stabbing', 'piercing'],
    verbs: ['stabs'],
    pain: ['stabbing', 'piercing'],
    fixed: ['like a knife'],
  },
  {
    id: 'SEVERE',
    graded: [
      'severe',
      'excruciating',
      'unbearable',
      'agonizing',
      'agonising',
      'burning',
      'intense',
      'searing',
    ],
    pain: [
      'severe',
      'excruciating',
      'unbearable',
      'burning',
      'intense',
      'terrible',
      'awful',
      'horrible',
      'really bad',
    ],
    fixed: ['agony', 'in agony', 'the worst pain'],
  },
  {
    id: 'LOCKED',
    graded: ['locked', 'locked up', 'seized', 'seized up', 'stuck', 'frozen', 'jammed'],
    verbs: ['locks up'],
  },
  {
    id: 'GAVE_OUT',
    graded: [
      'gave out',
      'gave way',
      'given out',
      'went',
      'gone',
      'collapsed',
      'buckled',
      'popped',
      'snapped',
      'pop',
    ],
    fixed: ['gave in'],
  },
];

const forms = (
  words: readonly string[] = [],
  before: readonly string[] = [],
  after: readonly string[] = [],
) =>
  words.flatMap((word) => [word, ...before.map((b) => `${b} ${word}`), ...after.map((a) => `${word} ${a}`)]);

/** Every way of saying one pain word's value, most plain first. */
function painForms({ graded, verbs, pain, fixed }: (typeof PAIN_WORDS)[number]): string[] {
  return [
    ...new Set([
      ...forms(verbs, INTENSIFIERS, TAILS),
      ...forms(graded, INTENSIFIERS),
      ...(fixed ?? []),
      ...forms(
        pain?.flatMap((word) => [
          ...PAIN_NOUNS.map((noun) => `${word} ${noun}`),
          ...PAIN_NOUNS.map((noun) => `a ${word} ${noun}`),
          `${word} pains`,
        ]),
      ),
      ...(pain ?? [])
        .filter((word) => !PAIN_QUALIFIERS.includes(word))
        .flatMap((word) => PAIN_QUALIFIERS.flatMap((q) => [`${q} ${word} pain`, `a ${q} ${word} pain`])),
    ]),
  ];
}

function valueOf(id: string, spoken: string[]): SlotValueSource {
  const [value = id.toLowerCase(), ...synonyms] = spoken;
  return { id, value, synonyms };
}

/** The two pain slot types. */
export const painTypes: SlotTypeSource[] = [
  {
    name: BODY_PART,
    values: BODY_PARTS.map(({ id, names, sided }) => valueOf(id, bodyPartForms(names, sided))),
  },
  { name: PAIN_WORD, values: PAIN_WORDS.map((entry) => valueOf(entry.id, painForms(entry))) },
];
