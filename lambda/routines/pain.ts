/**
 * Reading a pain report (`BackPainIntent`): where it hurts and whether the words were severe. The
 * model's `PainWord` slot type (models/source/pain-types.ts) resolves every way of saying a pain
 * word to an id; the severe ids mean "stop and seek care". When the slot heard words that matched
 * no value, its raw text is checked for a severe stem, so "a really stabby pain" is never taken for
 * an ordinary ache.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { slotIdOf, slotValueOf } from '../core/request';
import type { PlainMessageKey } from '../speech/messages';

/** The pain report's slots. */
export const PAIN_SLOTS = { bodyPart: 'bodyPart', painWord: 'painWord' } as const;

/** Pain word ids that mean "stop now and seek care". */
export const SEVERE_PAIN_WORDS = [
  'SHARP',
  'SHOOTING',
  'NUMB',
  'TINGLING',
  'CANT_MOVE',
  'STABBING',
  'SEVERE',
  'LOCKED',
  'GAVE_OUT',
] as const;

/** Severe words that point at a nerve or a weak leg: urgent care, not only "see someone soon". */
const URGENT_PAIN_WORDS: readonly string[] = ['NUMB', 'TINGLING', 'CANT_MOVE', 'GAVE_OUT'];

/** Stems of severe words, for a pain word the slot heard but could not resolve. */
const SEVERE_STEMS =
  /sharp|shoot|stab|pierc|numb|tingl|pins and needles|radiat|sever|excruciat|unbearab|agon|burn|sear|knife|locked|lock up|seiz|gave (out|way)|give (out|way)|buckl|collaps|can'?t (move|walk|stand|bend|feel|get up)|cannot (move|walk|stand)/;
const URGENT_STEMS =
  /numb|tingl|pins and needles|can'?t (move|walk|stand|feel)|cannot|gave|give|buckl|collaps/;

/** Each body part id's spoken name. */
const BODY_PART_KEYS: Readonly<Record<string, PlainMessageKey>> = {
  BACK: 'routines:bodyPart.BACK',
  LOWER_BACK: 'routines:bodyPart.LOWER_BACK',
  UPPER_BACK: 'routines:bodyPart.UPPER_BACK',
  HIP: 'routines:bodyPart.HIP',
  HAMSTRING: 'routines:bodyPart.HAMSTRING',
  KNEE: 'routines:bodyPart.KNEE',
  SCIATICA: 'routines:bodyPart.SCIATICA',
  GLUTE: 'routines:bodyPart.GLUTE',
  CALF: 'routines:bodyPart.CALF',
  NECK: 'routines:bodyPart.NECK',
  LEG: 'routines:bodyPart.LEG',
  SIDE: 'routines:bodyPart.SIDE',
};

/** What a pain report said. */
export interface PainReport {
  /** A severe word: stop and seek care. */
  severe: boolean;
  /** A nerve sign or a weak leg: urgent care. */
  urgent: boolean;
  /** The spoken name of the body part, when one was said and resolved. */
  partKey?: PlainMessageKey;
}

/**
 * Whether a pain word is severe: its id is, or the words heard hold a severe stem (a safety net for
 * words that resolved to no id, or to a milder one than they say).
 */
export function isSeverePain(id: string | undefined, heard: string | undefined): boolean {
  if (id !== undefined && (SEVERE_PAIN_WORDS as readonly string[]).includes(id)) return true;
  return heard !== undefined && SEVERE_STEMS.test(heard.toLowerCase());
}

/** The pain report of a `BackPainIntent` request. */
export function painOf(input: HandlerInput): PainReport {
  const id = slotIdOf(input, PAIN_SLOTS.painWord);
  const heard = slotValueOf(input, PAIN_SLOTS.painWord);
  const severe = isSeverePain(id, heard);
  const urgent =
    severe &&
    ((id !== undefined && URGENT_PAIN_WORDS.includes(id)) || URGENT_STEMS.test((heard ?? '').toLowerCase()));
  const part = slotIdOf(input, PAIN_SLOTS.bodyPart);
  const partKey = part === undefined ? undefined : BODY_PART_KEYS[part];
  return { severe, urgent, ...(partKey ? { partKey } : {}) };
}
