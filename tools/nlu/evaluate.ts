/**
 * Resolves corpus lines through the console's resolver, as strict as Alexa's sample matching: a
 * one-shot line with `resolve()` (launch and one-shot phrases), an in-session line with
 * `resolveIntent()` after Alexa's own exit words. The answer is brought to the canonical form and
 * compared with the label: the intent must be one the label accepts, every labelled slot must hold
 * its id or value, and a slot the label leaves empty must be empty.
 */
import { DateTime } from 'luxon';
import type { InteractionModel } from '../console/model';
import { createResolver, type ResolvedIntent, type Resolver } from '../console/resolver';
import { normalize } from '../console/resolver/text';
import type { CorpusLine } from './corpus';
import {
  ANY_VALUE,
  canonical,
  CORPUS_NOW,
  CORPUS_TIME_ZONE,
  EXIT,
  isSevere,
  LAUNCH,
  PAIN_INTENT,
  type Meaning,
} from './labels';

/** How one line fared. */
export interface Outcome {
  line: CorpusLine;
  /** What the resolver understood, canonical. An unresolved custom value reads `?<words said>`. */
  got: Meaning;
  /** The label's intent as counted: the one reached when the label accepts it, else the first. */
  expected: string;
  intentOk: boolean;
  /** Each wrong, missing or extra slot: `name: expected -> got`. */
  slotErrors: string[];
  /** Intent and slots both right. */
  ok: boolean;
  /** The line is word for word a sample of the model (not a built-in phrasing). */
  literal: boolean;
}

/** A resolver at the corpus clock. */
export function corpusResolver(model: InteractionModel): Resolver {
  const now = DateTime.fromISO(CORPUS_NOW, { setZone: true }).setZone(CORPUS_TIME_ZONE);
  return createResolver(model, { now: () => now });
}

/** The canonical meaning of a resolved intent: custom slots by entity-resolution id, built-ins by value. */
export function meaningOf(resolved: ResolvedIntent): Meaning {
  const slots: Record<string, string> = {};
  for (const slot of resolved.slots) {
    const filled = slot.filled;
    if (!filled) continue;
    const resolution = filled.resolution;
    if (!resolution) slots[slot.name] = filled.value;
    else
      slots[slot.name] = resolution.code === 'ER_SUCCESS_MATCH' ? (resolution.id ?? '') : `?${filled.value}`;
  }
  return canonical({ intent: resolved.name, slots });
}

/** What `resolver` makes of a line said in its context. */
export function understand(resolver: Resolver, line: Pick<CorpusLine, 'say' | 'context'>): Meaning {
  const resolution = resolver.resolve(line.say);
  if (resolution.kind === 'exit') return { intent: EXIT, slots: {} };
  if (line.context === 'oneshot') {
    if (resolution.kind === 'launch') return { intent: LAUNCH, slots: {} };
    return meaningOf(resolution.intent);
  }
  return meaningOf(resolver.resolveIntent(line.say));
}

/** The slot differences between a label and an answer. */
export function slotErrors(expected: Record<string, string>, got: Record<string, string>): string[] {
  const errors: string[] = [];
  for (const [name, value] of Object.entries(expected)) {
    const actual = got[name];
    if (actual === undefined) errors.push(`${name}: ${value} -> (empty)`);
    else if (value !== ANY_VALUE && actual !== value) errors.push(`${name}: ${value} -> ${actual}`);
  }
  for (const [name, actual] of Object.entries(got))
    if (!(name in expected)) errors.push(`${name}: (empty) -> ${actual}`);
  return errors;
}

/** Normalised texts of the model's own samples that have no slot. */
export function literalSamples(model: InteractionModel): Set<string> {
  return new Set(
    model.intents.flatMap((intent) =>
      intent.samples.filter((s) => !s.includes('{')).map((s) => normalize(s)),
    ),
  );
}

/** Evaluates `lines` against `model`. */
export function evaluate(model: InteractionModel, lines: readonly CorpusLine[]): Outcome[] {
  const resolver = corpusResolver(model);
  const samples = literalSamples(model);
  return lines.map((line) => {
    const got = understand(resolver, line);
    const intentOk = line.intents.includes(got.intent);
    const expected = intentOk ? got.intent : (line.intents[0] ?? '');
    const errors = intentOk ? slotErrors(line.slots, got.slots) : [];
    return {
      line,
      got,
      expected,
      intentOk,
      slotErrors: errors,
      ok: intentOk && errors.length === 0,
      literal: samples.has(normalize(line.say)),
    };
  });
}

/** True when the line is labelled a pain report. */
export const isPainLine = (line: CorpusLine): boolean => line.intents.includes(PAIN_INTENT);

/** True when the label names a severe pain word. */
export const isSevereLine = (line: CorpusLine): boolean => isPainLine(line) && isSevere(line.slots.painWord);

/** True when the answer is a pain report whose severity matches the label's. */
export function severityOk(outcome: Outcome): boolean {
  return (
    outcome.got.intent === PAIN_INTENT &&
    isSevere(outcome.got.slots.painWord) === isSevere(outcome.line.slots.painWord)
  );
}
