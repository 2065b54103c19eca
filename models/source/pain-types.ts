import type { SlotTypeSource, SlotValueSource } from './types';

/** The slot types of BackPainIntent. */
export const BODY_PART = 'BodyPart';
export const PAIN_WORD = 'PainWord';

/**
 * Where it hurts. `sided` parts also answer to "left …" and "right …"; every singular name also
 * answers in its contracted form ("my back's killing me"), which Alexa wants inside the slot value.
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
      'lower lumbar',
    ],
  },
  {
    id: 'UPPER_BACK',
    names: [
      'upper back',
      'top of my back',
      'upper spine',
      'shoulder blades',
      'between my shoulder blades',
      'shoulders',
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
  { id: 'SCIATICA', names: ['sciatica', 'sciatic nerve', 'sciatic', 'nerve', 'nerve pain'] },
  {
    id: 'GLUTE',
    names: ['glute', 'glutes', 'butt', 'bum', 'backside', 'buttock', 'buttocks', 'bottom', 'piriformis'],
    sided: true,
  },
  { id: 'CALF', names: ['calf', 'calves', 'calf muscle', 'achilles', 'shin', 'shins', 'ankle'], sided: true },
  { id: 'NECK', names: ['neck', 'neck muscles', 'top of my neck'] },
  { id: 'LEG', names: ['leg', 'legs', 'thigh', 'thighs', 'quad', 'quads', 'foot', 'feet'], sided: true },
  {
    id: 'SIDE',
    names: ['side', 'stitch', 'a stitch', 'ribs', 'rib', 'tummy', 'stomach', 'belly'],
    sided: true,
  },
];

/** "back" → "back", "back's"; sided: "left hip", "left hip's", … */
function bodyPartForms(names: readonly string[], sided = false): string[] {
  const withSides = sided ? [...names, ...names.flatMap((name) => [`left ${name}`, `right ${name}`])] : names;
  const contracted = withSides.filter((name) => !/s$|^a /.test(name)).map((name) => `${name}'s`);
  return [...new Set([...withSides, ...contracted])];
}

/** Words that make a graded pain word stronger or milder: "really sore", "a bit tight". */
const INTENSIFIERS = [
  'really',
  'so',
  'very',
  'super',
  'pretty',
  'quite',
  'a bit',
  'a little',
  'kind of',
  'kinda',
  'still',
  'just',
  'too',
  'seriously',
  'properly',
  'totally',
];

/**
 * What it feels like. Ordinary ids get the calm advice; severe ids (SHARP … GAVE_OUT) get the
 * advice to stop and seek care (NLU-SPEC severity). Each entry lists graded words (take an
 * intensifier) and fixed ones.
 */
const PAIN_WORDS: { id: string; graded: string[]; fixed?: string[] }[] = [
  {
    id: 'HURT',
    graded: ['hurts', 'hurting', 'painful', 'hurt'],
    fixed: [
      'hurts like hell',
      'hurts a lot',
      'hurts so much',
      'hurts a bit',
      'hurts like crazy',
      'hurts badly',
      'hurt myself',
      'injured',
      'injured myself',
      'killing my back',
    ],
  },
  { id: 'SORE', graded: ['sore', 'tender', 'bruised'], fixed: ['soreness', 'sore as hell'] },
  {
    id: 'ACHE',
    graded: ['aches', 'aching', 'achy', 'throbbing', 'throbs', 'ache'],
    fixed: ['an ache', 'a dull ache', 'dull ache', 'achiness'],
  },
  {
    id: 'PULL',
    graded: ['pulls', 'pulling', 'pulled', 'pulling on', 'pulls on', 'tugging', 'tugs on', 'pull'],
    fixed: ['a pull'],
  },
  {
    id: 'TWINGE',
    graded: ['twinges', 'twinged', 'twingey', 'twinge'],
    fixed: ['a twinge', 'a little twinge', 'a slight twinge'],
  },
  {
    id: 'TIGHT',
    graded: ['tight', 'tense', 'tightening up', 'tightened up', 'tight as hell', 'knotted'],
    fixed: ['tightness'],
  },
  { id: 'STIFF', graded: ['stiff', 'stiffened up', 'stiffening up', 'rigid'], fixed: ['stiffness'] },
  {
    id: 'FLARE',
    graded: ['flaring up', 'flared up', 'playing up', 'acting up', 'flaring', 'flared'],
    fixed: ['a flare up', 'flare up', 'kicking off'],
  },
  { id: 'KILLING', graded: ['killing me', 'killing', 'murdering me'], fixed: ['is killing me'] },
  {
    id: 'OW',
    graded: [],
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
    ],
  },
  {
    id: 'PAIN',
    graded: ['in pain'],
    fixed: [
      'pain',
      'a pain',
      'some pain',
      'back pain',
      'a lot of pain',
      'in a lot of pain',
      'pains',
      'discomfort',
    ],
  },
  {
    id: 'STRAIN',
    graded: ['strained', 'straining'],
    fixed: ['strain', 'a strain', 'overdid it', 'overdone it'],
  },
  {
    id: 'TWEAK',
    graded: ['tweaked', 'twisted', 'jarred', 'wrenched', 'tweaking'],
    fixed: ['tweak', 'a tweak', 'tweaked something', 'put out', 'done in'],
  },
  {
    id: 'SPASM',
    graded: ['spasming', 'cramping', 'cramped', 'cramping up', 'in spasm'],
    fixed: ['spasm', 'spasms', 'a spasm', 'cramp', 'a cramp', 'went into spasm', 'gone into spasm'],
  },
  {
    id: 'SHARP',
    graded: ['sharp'],
    fixed: [
      'sharp pain',
      'a sharp pain',
      'sharp pains',
      'really sharp pain',
      'a really sharp pain',
      'sharp stabbing pain',
    ],
  },
  {
    id: 'SHOOTING',
    graded: ['shooting', 'shoots', 'radiating'],
    fixed: ['shooting pain', 'a shooting pain', 'shooting pains', 'shooting down my leg', 'shooting down'],
  },
  {
    id: 'NUMB',
    graded: ['numb', 'gone numb', 'went numb', 'going numb', 'dead'],
    fixed: ['numbness', 'no feeling', 'lost feeling'],
  },
  {
    id: 'TINGLING',
    graded: ['tingling', 'tingly', 'tingles', 'buzzing'],
    fixed: ['pins and needles', 'a tingling', 'tingling feeling'],
  },
  {
    id: 'CANT_MOVE',
    graded: [],
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
    ],
  },
  {
    id: 'STABBING',
    graded: ['stabbing', 'stabs', 'piercing'],
    fixed: ['stabbing pain', 'a stabbing pain', 'like a knife'],
  },
  {
    id: 'SEVERE',
    graded: ['severe', 'excruciating', 'unbearable', 'agonizing', 'burning', 'intense', 'searing'],
    fixed: [
      'agony',
      'in agony',
      'terrible pain',
      'awful pain',
      'the worst pain',
      'severe pain',
      'really bad pain',
    ],
  },
  {
    id: 'LOCKED',
    graded: ['locked', 'locked up', 'locks up', 'seized', 'seized up', 'stuck', 'frozen', 'jammed'],
    fixed: [],
  },
  {
    id: 'GAVE_OUT',
    graded: ['gave out', 'gave way', 'went', 'gone', 'collapsed', 'buckled', 'popped', 'snapped', 'pop'],
    fixed: ['just gave out', 'just went', 'gave in'],
  },
];

function painForms(graded: readonly string[], fixed: readonly string[] = []): string[] {
  const intensified = graded.flatMap((word) => INTENSIFIERS.map((adverb) => `${adverb} ${word}`));
  return [...new Set([...graded, ...fixed, ...intensified])];
}

function valueOf(id: string, forms: string[]): SlotValueSource {
  const [value = id.toLowerCase(), ...synonyms] = forms;
  return { id, value, synonyms };
}

/** The two pain slot types. */
export const painTypes: SlotTypeSource[] = [
  {
    name: BODY_PART,
    values: BODY_PARTS.map(({ id, names, sided }) => valueOf(id, bodyPartForms(names, sided))),
  },
  {
    name: PAIN_WORD,
    values: PAIN_WORDS.map(({ id, graded, fixed }) => valueOf(id, painForms(graded, fixed))),
  },
];
