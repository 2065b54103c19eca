/**
 * Cool-downs. The article: do the opposite of the warm-up (run, jog, slow trot, then walk 2 to 3
 * minutes while breath and heart rate settle), then stretch or do yoga, stretching the back as well as
 * the legs. The complete cool-down is that whole sequence; the others are its parts, and yoga.
 */
import { counted, timed, type Move, type Routine } from './types';

// ── Run to walk ─────────────────────────────────────────────────────────────────────────────────

const easeToJog: Move = {
  id: 'ease-to-jog',
  name: 'Ease down to a jog',
  instruction: 'Drop from your running pace to an easy jog and let your stride shorten.',
  backSafety: 'Keep landing softly under your hips as you slow.',
  goodFor: 'Starts bringing your heart rate down gradually, not all at once.',
};

const slowTrot: Move = {
  id: 'slow-trot',
  name: 'Slow trot',
  instruction: 'Slow to a gentle trot, barely faster than a walk.',
  backSafety: 'Stay tall; tired runners tend to slump at the waist.',
  goodFor: 'Keeps the blood moving so your muscles can clear out lactic acid.',
};

const recoveryWalk: Move = {
  id: 'recovery-walk',
  name: 'Recovery walk',
  instruction: 'Walk at an easy pace and breathe deeply while your heart rate drops.',
  backSafety: 'Let your arms swing freely and keep your shoulders relaxed.',
  goodFor: 'Lets your breathing and heart rate settle, which helps prevent soreness.',
};

const shoulderRollWalk: Move = {
  id: 'shoulder-roll-walk',
  name: 'Slow walk with shoulder rolls',
  instruction: 'Keep walking slowly and roll your shoulders back in big, easy circles.',
  backSafety: 'Keep the movement in your shoulders, not your lower back.',
  goodFor: 'Releases tension that builds in your upper back while running.',
};

const standingBreaths: Move = {
  id: 'standing-breaths',
  name: 'Standing breaths',
  instruction: 'Stand still, hands on your belly, and take slow, deep breaths.',
  backSafety: 'Stand tall with soft knees.',
  goodFor: 'Brings your breathing fully back to rest.',
};

/** Run, jog, slow trot, walk: 2 to 3 minutes of walking until breath and heart rate settle. */
export const walkCooldown: Routine = {
  id: 'cooldown.walk',
  kind: 'cooldown',
  style: 'walk',
  quick: [
    timed(easeToJog, 60),
    timed(slowTrot, 60),
    timed(recoveryWalk, 150),
    counted(standingBreaths, 5, 'breaths', 30),
  ],
  full: [
    timed(easeToJog, 120),
    timed(slowTrot, 120),
    timed(recoveryWalk, 180),
    timed(shoulderRollWalk, 120),
    counted(standingBreaths, 8, 'breaths', 60),
  ],
};

// ── Stretches: legs and back ────────────────────────────────────────────────────────────────────

const calfStretch: Move = {
  id: 'calf-stretch',
  name: 'Calf stretch',
  instruction: 'Hands on a wall, step one foot back and press its heel down.',
  backSafety: 'Keep your body in one straight line from head to back heel.',
  goodFor: 'Relieves tight calves, which change your stride and load your back.',
  oneSided: true,
};

const quadStretch: Move = {
  id: 'quad-stretch',
  name: 'Standing thigh stretch',
  instruction: 'Holding a wall, bend one knee and hold that foot behind you.',
  backSafety: 'Keep your knees together and do not arch your lower back.',
  goodFor: 'Stretches the front of your thighs after the work of running.',
  oneSided: true,
  easier: {
    name: 'Thigh stretch lying on your side',
    instruction: 'Lie on your side and hold your top foot behind you, knees together.',
  },
};

const hamstringStretch: Move = {
  id: 'hamstring-stretch',
  name: 'Hamstring stretch',
  instruction: 'Put one heel forward, toes up, and hinge forward from your hips.',
  backSafety: 'Hinge at the hips with a flat back; never round your lower back to reach further.',
  goodFor: 'Loosens the backs of your legs, which pull on your lower back when tight.',
  oneSided: true,
  easier: {
    name: 'Lying hamstring stretch',
    instruction: 'Lie on your back and hold one leg up behind the thigh, knee soft.',
  },
};

const hipFlexorStretch: Move = {
  id: 'hip-flexor-stretch',
  name: 'Hip flexor stretch',
  instruction: 'Kneel on one knee, other foot forward, and shift your hips gently forward.',
  backSafety: 'Tuck your tailbone under so the stretch is in your hip, not your lower back.',
  goodFor: 'Opens the front of your hips, a common cause of lower back tightness in runners.',
  oneSided: true,
  easier: {
    name: 'Standing hip stretch',
    instruction: 'Stand in a short split stance, holding a wall, and tuck your tailbone under.',
  },
};

const kneesToChest: Move = {
  id: 'knees-to-chest',
  name: 'Knees to chest',
  instruction: 'Lie on your back and hug both knees gently in to your chest.',
  backSafety: 'Keep your head and shoulders relaxed on the floor.',
  goodFor: 'Gently stretches your lower back.',
  easier: {
    name: 'One knee to chest',
    instruction: 'Keep one foot on the floor and hug just one knee at a time.',
  },
};

const lyingTwist: Move = {
  id: 'lying-twist',
  name: 'Lying spinal twist',
  instruction: 'Lying on your back, let both knees fall slowly to one side.',
  backSafety: 'Keep both shoulders on the floor and only go as far as is comfortable.',
  goodFor: 'Releases the muscles along your spine and the sides of your back.',
  oneSided: true,
  easier: {
    name: 'Small knee rocks',
    instruction: 'Rock your knees a little way side to side instead of holding the twist.',
  },
};

const childsPose: Move = {
  id: 'childs-pose',
  name: "Child's pose",
  instruction: 'Kneel, sit back on your heels, and rest your arms and forehead forward.',
  backSafety: 'Widen your knees or put a pillow under your hips if your back feels tight.',
  goodFor: 'Lengthens your whole back and lets it rest.',
  easier: {
    name: 'Supported child’s pose',
    instruction: 'Rest your chest on a pillow or cushion between your knees.',
  },
};

const restingBreaths: Move = {
  id: 'resting-breaths',
  name: 'Resting breaths',
  instruction: 'Lie on your back, knees bent, and breathe slowly into your belly.',
  backSafety: 'Bent knees keep your lower back comfortable on the floor.',
  goodFor: 'Calms your body and helps your muscles recover.',
};

/** Stretches for the legs and, as the article insists, the back too. */
export const stretchCooldown: Routine = {
  id: 'cooldown.stretch',
  kind: 'cooldown',
  style: 'stretch',
  quick: [
    timed(calfStretch, 40),
    timed(quadStretch, 40),
    timed(hamstringStretch, 50),
    timed(kneesToChest, 50),
    timed(lyingTwist, 60),
    timed(childsPose, 60),
  ],
  full: [
    timed(calfStretch, 60),
    timed(quadStretch, 60),
    timed(hamstringStretch, 75),
    timed(hipFlexorStretch, 75),
    timed(kneesToChest, 75),
    timed(lyingTwist, 75),
    timed(childsPose, 90),
    counted(restingBreaths, 10, 'breaths', 90),
  ],
};

// ── Gentle yoga ─────────────────────────────────────────────────────────────────────────────────

const forwardFold: Move = {
  id: 'forward-fold',
  name: 'Soft forward fold',
  instruction: 'With knees well bent, fold forward and let your head and arms hang.',
  backSafety: 'Roll up slowly, one vertebra at a time, with your knees bent.',
  goodFor: 'Releases your back and hamstrings after the run.',
  easier: { name: 'Half fold', instruction: 'Rest your hands on your thighs and fold only halfway.' },
};

const catCow: Move = {
  id: 'cat-cow',
  name: 'Cat-cow',
  instruction:
    'On hands and knees, round your back as you breathe out, then let it gently dip as you breathe in.',
  backSafety: 'Keep the movement small and slow if your back is sore.',
  goodFor: 'Mobilizes your spine and eases stiffness.',
};

const figureFour: Move = {
  id: 'figure-four',
  name: 'Lying figure four',
  instruction: 'On your back, cross one ankle over the other knee and draw the legs in.',
  backSafety: 'Keep your head down and your lower back resting on the floor.',
  goodFor: 'Stretches your glutes and outer hips, which often tighten and tug on the lower back.',
  oneSided: true,
  easier: {
    name: 'Figure four, foot on the floor',
    instruction: 'Keep the lower foot on the floor instead of drawing the legs in.',
  },
};

const kneeRocks: Move = {
  id: 'knee-rocks',
  name: 'Knee hug rock',
  instruction: 'Hug your knees and rock gently side to side, massaging your lower back.',
  backSafety: 'Small, slow rocks only.',
  goodFor: 'Gives your lower back a gentle massage against the floor.',
};

const finalRest: Move = {
  id: 'final-rest',
  name: 'Final rest',
  instruction: 'Lie on your back with your knees bent or supported, close your eyes and just breathe.',
  backSafety: 'Put a pillow under your knees if your lower back feels tight.',
  goodFor: 'Lets your body settle and recover.',
};

/** A gentle yoga cool-down, mostly on the floor. */
export const yogaCooldown: Routine = {
  id: 'cooldown.yoga',
  kind: 'cooldown',
  style: 'yoga',
  quick: [
    timed(forwardFold, 40),
    counted(catCow, 6, 'breaths', 45),
    timed(childsPose, 45),
    timed(figureFour, 60),
    timed(lyingTwist, 60),
    timed(finalRest, 50),
  ],
  full: [
    timed(forwardFold, 60),
    counted(catCow, 10, 'breaths', 75),
    timed(childsPose, 75),
    timed(figureFour, 90),
    timed(lyingTwist, 90),
    timed(kneeRocks, 60),
    timed(finalRest, 150),
  ],
};

// ── The whole cool-down ─────────────────────────────────────────────────────────────────────────

/**
 * The article's whole cool-down, the default: run to jog to slow trot, a 2 to 3 minute walk, then
 * stretches for the legs and, as the article insists, the back.
 */
export const completeCooldown: Routine = {
  id: 'cooldown.complete',
  kind: 'cooldown',
  style: 'complete',
  quick: [
    timed(easeToJog, 30),
    timed(slowTrot, 30),
    timed(recoveryWalk, 120),
    timed(calfStretch, 30),
    timed(hamstringStretch, 30),
    timed(kneesToChest, 30),
    timed(childsPose, 30),
  ],
  full: [
    timed(easeToJog, 60),
    timed(slowTrot, 60),
    timed(recoveryWalk, 150),
    timed(calfStretch, 40),
    timed(quadStretch, 40),
    timed(hamstringStretch, 50),
    timed(hipFlexorStretch, 50),
    timed(kneesToChest, 45),
    timed(lyingTwist, 50),
    timed(childsPose, 45),
  ],
};
