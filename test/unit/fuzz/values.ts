/**
 * fast-check arbitraries of the values inside events for the fuzz suites: odd slot text, wrongly
 * typed JSON, hostile keys. Every generated event goes through JSON text first (`wire`), as Lambda
 * hands the skill a parsed JSON event.
 */
import fc from 'fast-check';

/** The event as Lambda would deliver it: parsed from JSON text. */
export function wire(event: unknown): unknown {
  const text = JSON.stringify(event) as string | undefined;
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

/** Keys that attack prototypes or shadow built-ins when code copies objects carelessly. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
] as const;

/** An object parsed from JSON text whose own keys include `__proto__` and friends. */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...HOSTILE_KEYS, 'question', 'zone', 'kind', 'data'), fc.string()),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: true })),
    ),
    { maxLength: 6 },
  )
  .map(
    (entries) =>
      JSON.parse(
        `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`,
      ) as Record<string, unknown>,
  );

/** Text an Alexa slot could carry, and some it never should. */
export const oddText: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constantFrom(' ', '\u0000', '<speak>', '</speak><audio src="x"/>', '&amp;', '"\'<>&', '💥🏃‍♀️', 'ß\u0301'),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ minLength: 2000, maxLength: 10_000 }),
);

/** Any JSON value, where a string belongs. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  hostileObject,
);

/** A number that a routine's state could hold, or one it never should. */
export const oddNumber: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 40 }), weight: 6 },
  fc.double({ noNaN: false }),
  fc.constantFrom(0, 1, -1, 1e308, Number.MAX_SAFE_INTEGER),
  wrongType,
);
