/**
 * The words only a screen shows: labels, captions, button names, titles. Everything else a screen
 * shows is what Alexa says (a move's name and instruction from the routine catalog, a tip's phrasing,
 * dates in the user's language). One wording per label: a screen should not change its words from
 * one turn to the next the way speech varies its phrasings.
 *
 * Keys are typed from this object (`as const`), like the speech's message keys
 * (lambda/speech/messages.ts): a misspelt key or a missing `{{variable}}` does not compile. The
 * English wording serves every English locale the skill answers in; none of it is regional.
 */
const ENGLISH = {
  routine: {
    name: {
      warmup: { walk: 'walk-to-run warm-up', aerobic: 'aerobic warm-up', yoga: 'yoga warm-up' },
      cooldown: {
        complete: 'walk and stretch cool-down',
        walk: 'run-to-walk cool-down',
        stretch: 'back and leg stretch cool-down',
        yoga: 'gentle yoga cool-down',
      },
    },
    title: { quick: 'Quick {{routine}}', full: 'Full {{routine}}' },
    counter: 'Step {{position}} of {{count}}',
    next: 'Next: {{name}}',
    last: 'Last move',
    left: 'left',
    paused: 'Paused',
    done: 'Done',
    breakTitle: 'Ready for {{name}}?',
    breakHint: 'Say “yes” to carry on, or “stop” to finish.',
    endTitle: 'That was the last move.',
    endHint: {
      warmup: 'How does your back feel? Better, the same, or worse?',
      cooldown: 'How does your back feel? Better, the same, or worse?',
    },
    finished: {
      warmup: 'Warm-up done. Have a good run!',
      cooldown: 'Cool-down done. Well done!',
    },
    finishedHint: '{{count}} moves, about {{minutes}} minutes.',
    count: {
      times: '{{n}} times',
      eachSide: '{{n}} each side',
      eachLeg: '{{n}} each leg',
      breaths: '{{n}} slow breaths',
    },
  },
  button: { pause: 'Pause', resume: 'Resume', next: 'Next', back: 'Back', nextTip: 'Next tip' },
  week: {
    thisWeek: 'This week',
    weekOf: 'Week of {{date}}',
    summary: '{{rested}} of {{goal}} rest days',
    summaryMet: '{{rested}} rest days, goal {{goal}}',
    goalMet: 'Goal met',
    rest: 'Rest',
    today: 'Today',
  },
  tip: {
    kicker: 'Running tip',
    title: {
      shoes: 'Shoes that fit',
      socks: 'Proper running socks',
      wornShoes: 'Replace worn shoes',
      sleep: 'Sleep well to recover',
      food: 'Eat enough',
      warmUp: 'Warm up first',
      coolDown: 'Cool down after',
    },
  },
} as const;

type Wording = typeof ENGLISH;

/** The dotted paths to every label. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** Every label a screen can show, e.g. `routine.counter`. */
export type ScreenTextKey = Paths<Wording>;

type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

type PlaceholdersIn<S> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

/** The variables of a label: its `{{name}}` placeholders, each required. */
type VarsOf<K extends ScreenTextKey> = { readonly [V in PlaceholdersIn<At<Wording, K>>]: string | number };

type VarsArgument<K extends ScreenTextKey> = [PlaceholdersIn<At<Wording, K>>] extends [never]
  ? []
  : [VarsOf<K>];

/** A label with its variables filled in. */
export function screenText<K extends ScreenTextKey>(key: K, ...vars: VarsArgument<K>): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ENGLISH);
  if (typeof found !== 'string') throw new RangeError(`No screen wording "${key}"`);
  const values: Readonly<Record<string, string | number>> = vars[0] ?? {};
  return found.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? ''));
}

/** Every label, with its wording (for tests and reviewers). */
export function allScreenText(): readonly (readonly [string, string])[] {
  const walk = (node: unknown, path: string[]): (readonly [string, string])[] =>
    typeof node === 'string'
      ? [[path.join('.'), node]]
      : Object.entries(node as Record<string, unknown>).flatMap(([key, child]) =>
          walk(child, [...path, key]),
        );
  return walk(ENGLISH, []);
}
