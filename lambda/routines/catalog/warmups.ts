/**
 * Warm-ups. The article: a good warm-up works the core (abs and lower back) and the legs, and gets the
 * blood flowing. Three ways: a walk that builds to a run, aerobic moves, or yoga.
 */
import { counted, timed, type Move, type Routine } from './types';

// ── Walk to run ─────────────────────────────────────────────────────────────────────────────────

const easyWalk: Move = {
  id: 'easy-walk',
  name: 'Easy walk',
  instruction: 'Walk at a relaxed pace and let your arms swing. Breathe easily.',
  backSafety: 'Stand tall and keep your shoulders relaxed; do not slump forward.',
  goodFor: 'Gets the blood flowing and gently warms your back and legs.',
};

const braceWalk: Move = {
  id: 'brace-walk',
  name: 'Walk with your core switched on',
  instruction: 'Keep walking and gently draw your belly button in to your spine. Keep breathing normally.',
  backSafety: 'Use a light brace, about a quarter of your effort, and never hold your breath.',
  goodFor: 'Wakes up the deep core muscles that support your lower back.',
};

const briskWalk: Move = {
  id: 'brisk-walk',
  name: 'Brisk walk',
  instruction: 'Pick up the pace to a brisk walk, with quicker, shorter steps.',
  backSafety: 'Short steps keep each landing soft on your back.',
  goodFor: 'Raises your heart rate and warms up your legs.',
};

const kneeLifts: Move = {
  id: 'knee-lifts',
  name: 'Standing knee lifts',
  instruction: 'Stand tall and lift one knee up to about hip height, lower it slowly, then switch legs.',
  backSafety: 'Keep your back straight and lift only as high as feels comfortable.',
  goodFor: 'Works your lower abs and hip flexors, which steady your lower back when you run.',
  easier: { name: 'Marching in place', instruction: 'March in place, lifting your knees just a little.' },
};

const easyJog: Move = {
  id: 'easy-jog',
  name: 'Easy jog',
  instruction: 'Ease into a slow jog, at a pace where you could still chat.',
  backSafety: 'Land softly under your hips, and slow down if your back tightens.',
  goodFor: 'Bridges the gap between walking and your running pace.',
};

const buildToRun: Move = {
  id: 'build-to-run',
  name: 'Build up to your running pace',
  instruction:
    'Gradually lift your pace until it is close to your running speed, holding back from full effort.',
  backSafety: 'Do not chase speed at the cost of stamina; ease off if your back complains.',
  goodFor: 'Gets you to running pace warm, so the first minutes of your run are not a shock.',
};

/** Walk to run: a 2 to 3 minute walk, building to a brisk walk, then an easy jog, core woven in. */
export const walkWarmup: Routine = {
  id: 'warmup.walk',
  kind: 'warmup',
  style: 'walk',
  quick: [
    timed(easyWalk, 120),
    timed(braceWalk, 30),
    timed(briskWalk, 60),
    counted(kneeLifts, 6, 'eachLeg', 30),
    timed(easyJog, 60),
  ],
  full: [
    timed(easyWalk, 150),
    timed(braceWalk, 60),
    timed(briskWalk, 120),
    counted(kneeLifts, 10, 'eachLeg', 45),
    timed(easyJog, 150),
    timed(buildToRun, 75),
  ],
};

// ── Aerobic ─────────────────────────────────────────────────────────────────────────────────────

const march: Move = {
  id: 'march',
  name: 'March in place',
  instruction: 'March in place, swinging your arms, and slowly lift your knees a little higher.',
  backSafety: 'Keep your chest up and your core lightly braced.',
  goodFor: 'Starts the blood flowing before the faster moves.',
};

const jumpingJacks: Move = {
  id: 'jumping-jacks',
  name: 'Jumping jacks',
  instruction: 'Jump your feet apart as you raise your arms, then jump back together.',
  backSafety: 'Land softly on the balls of your feet; stop if jumping jars your back.',
  goodFor: 'Raises your heart rate and warms your legs, shoulders and core.',
  easier: {
    name: 'Step jacks',
    instruction: 'Step one foot out to the side as you raise your arms, then step back and switch sides.',
  },
};

const ropeSkip: Move = {
  id: 'rope-skip',
  name: 'Skipping, no rope needed',
  instruction: 'Hop lightly on the balls of your feet while circling your wrists as if turning a rope.',
  backSafety: 'Keep the hops low and your knees soft.',
  goodFor: 'Warms your calves and ankles and gets your breathing going.',
  easier: {
    name: 'Heel raises',
    instruction: 'Rise onto your toes and lower slowly, still circling your wrists.',
  },
};

const kneeToElbow: Move = {
  id: 'knee-to-elbow',
  name: 'Standing knee to elbow',
  instruction: 'Bring one knee up and the opposite elbow down to meet it, then switch sides.',
  backSafety: 'Move slowly and twist only a little; the knee comes up to the elbow, not the other way.',
  goodFor: 'Works your abs and the muscles along your sides that protect your lower back.',
  easier: {
    name: 'Knee lifts, hands on hips',
    instruction: 'Keep your hands on your hips and lift one knee at a time, with no twist.',
  },
};

const burpees: Move = {
  id: 'burpees',
  name: 'Burpees',
  instruction: 'Squat, put your hands down, step or jump back to a plank, then come back up and stand tall.',
  backSafety: 'Keep your back flat in the plank, never sagging; skip the jump if your back is sore.',
  goodFor: 'Works your whole body, core included, and lifts your heart rate quickly.',
  easier: {
    name: 'Squat and reach',
    instruction: 'Sit back as if into a chair, then stand and reach both arms overhead.',
  },
};

const armCircles: Move = {
  id: 'arm-circles',
  name: 'Arm circles',
  instruction: 'Stand tall and make big, slow circles with your arms, first one way, then the other.',
  backSafety: 'Keep your ribs down so your lower back does not arch.',
  goodFor: 'Loosens your shoulders and upper back for a relaxed arm swing.',
};

const slowMarch: Move = {
  id: 'slow-march',
  name: 'Slow march',
  instruction: 'March slowly and let your breathing settle a little before you set off.',
  backSafety: 'Stand tall and keep your steps light.',
  goodFor: 'Brings your breathing back to a steady rhythm for the start of your run.',
};

/** Aerobic: jumping jacks, rope skipping without a rope and burpees, each with an easier version. */
export const aerobicWarmup: Routine = {
  id: 'warmup.aerobic',
  kind: 'warmup',
  style: 'aerobic',
  quick: [
    timed(march, 60),
    timed(jumpingJacks, 45),
    timed(ropeSkip, 45),
    timed(kneeToElbow, 45),
    counted(burpees, 5, 'times', 45),
    timed(slowMarch, 60),
  ],
  full: [
    timed(march, 120),
    timed(jumpingJacks, 75),
    timed(ropeSkip, 75),
    timed(kneeToElbow, 75),
    counted(burpees, 8, 'times', 90),
    timed(armCircles, 60),
    timed(slowMarch, 105),
  ],
};

// ── Yoga ────────────────────────────────────────────────────────────────────────────────────────

const mountainBreaths: Move = {
  id: 'mountain-breaths',
  name: 'Mountain pose with breaths',
  instruction: 'Stand tall, feet hip-width apart. Breathe in as you raise your arms, out as you lower them.',
  backSafety: 'Keep a soft bend in your knees and do not arch your lower back.',
  goodFor: 'Wakes up your breathing and posture.',
};

const standingCatCow: Move = {
  id: 'standing-cat-cow',
  name: 'Standing cat-cow',
  instruction:
    'With hands on your thighs and knees bent, round your back as you breathe out, then lengthen it as you breathe in.',
  backSafety: 'Move only within a range that is free of pain.',
  goodFor: 'Gently mobilizes your whole spine.',
};

const sideBend: Move = {
  id: 'side-bend',
  name: 'Standing side bend',
  instruction: 'Reach one arm overhead and lean gently to the other side.',
  backSafety: 'Lean sideways only, not forward or back, and keep both feet grounded.',
  goodFor: 'Stretches the muscles along the sides of your back and waist.',
  oneSided: true,
  easier: {
    name: 'Side bend, hand on hip',
    instruction: 'Keep one hand on your hip for support and make the lean small.',
  },
};

const halfSalute: Move = {
  id: 'half-sun-salutation',
  name: 'Half sun salutation',
  instruction:
    'Breathe in and reach up; breathe out and fold with soft knees. Lift halfway with a flat back, then roll up.',
  backSafety: 'Bend your knees generously in the fold and never bounce.',
  goodFor: 'Gets the blood moving through your back, hamstrings and shoulders.',
  easier: {
    name: 'Half fold to the thighs',
    instruction: 'Fold only as far as your thighs, with your hands resting on them.',
  },
};

const lowLunge: Move = {
  id: 'low-lunge',
  name: 'Lunge with a reach',
  instruction: 'Step one foot back into a gentle lunge and reach your arms up.',
  backSafety: 'Tuck your tailbone slightly so your lower back stays long, not arched.',
  goodFor: 'Opens the front of your hips, which pull on your lower back when tight.',
  oneSided: true,
  easier: {
    name: 'Supported lunge',
    instruction: 'Keep a hand on a wall or chair and take a shorter step back.',
  },
};

const chairPose: Move = {
  id: 'chair-pose',
  name: 'Chair pose',
  instruction: 'Sit back as if into a chair, arms reaching forward, and hold.',
  backSafety: 'Keep your weight in your heels and your chest lifted.',
  goodFor: 'Warms your thighs and glutes and switches on your core.',
  easier: { name: 'Shallow chair', instruction: 'Bend your knees only a little, hands on your hips.' },
};

const walkInPlace: Move = {
  id: 'walk-in-place',
  name: 'Walk in place',
  instruction: 'Walk in place and shake out your arms and legs.',
  backSafety: 'Keep your steps light and your posture tall.',
  goodFor: 'Carries the warmth of the flow into your first running steps.',
};

/** Yoga: a short standing flow that gets the blood moving. */
export const yogaWarmup: Routine = {
  id: 'warmup.yoga',
  kind: 'warmup',
  style: 'yoga',
  quick: [
    counted(mountainBreaths, 5, 'breaths', 40),
    counted(standingCatCow, 5, 'breaths', 40),
    timed(sideBend, 40),
    counted(halfSalute, 3, 'times', 60),
    timed(lowLunge, 60),
    timed(chairPose, 30),
    timed(walkInPlace, 30),
  ],
  full: [
    counted(mountainBreaths, 8, 'breaths', 60),
    counted(standingCatCow, 8, 'breaths', 75),
    timed(sideBend, 75),
    counted(halfSalute, 5, 'times', 120),
    timed(lowLunge, 120),
    timed(chairPose, 60),
    timed(walkInPlace, 90),
  ],
};
