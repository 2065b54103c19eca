/**
 * The figures of one evaluation: overall accuracy (intent and slots right), accuracy per intent
 * (precision and recall), pain reports, pain severity, slots, the confusion pairs and the share of
 * lines that are word for word a model sample.
 */
import type { Outcome } from './evaluate';
import { isPainLine, isSevereLine, severityOk } from './evaluate';

/** A count out of a total, with the share in percent (100 for an empty total). */
export interface Share {
  count: number;
  total: number;
  percent: number;
}

/** A share of `count` in `total`. */
export function share(count: number, total: number): Share {
  return { count, total, percent: total === 0 ? 100 : (count / total) * 100 };
}

/** One intent's figures (the label's intent against the answer's). */
export interface IntentFigures {
  intent: string;
  /** Lines labelled with the intent. */
  expected: number;
  /** Lines answered with the intent. */
  got: number;
  /** Labelled and answered with it. */
  hits: number;
  precision: number;
  recall: number;
  /** Labelled with it and fully right (slots too). */
  exact: number;
}

/** How often an expected intent was answered as another, with two of its lines. */
export interface Confusion {
  expected: string;
  got: string;
  count: number;
  examples: string[];
}

/** A missed line, for listings. */
export interface Miss {
  where: string;
  context: string;
  say: string;
  expected: string;
  got: string;
}

/** Everything a report shows. */
export interface Summary {
  locale: string;
  lines: number;
  overall: Share;
  intent: Share;
  pain: Share;
  severity: Share;
  severe: Share;
  /** Lines whose slots are all right, among lines whose intent is right. */
  slots: Share;
  literal: Share;
  perIntent: IntentFigures[];
  perContext: { context: string; share: Share }[];
  perFile: { file: string; share: Share }[];
  confusions: Confusion[];
  slotConfusions: Confusion[];
  /** Lines not fully right. */
  misses: Miss[];
  /** Pain lines whose intent is wrong. */
  painMisses: Miss[];
  /** Pain lines whose intent or severity is wrong. */
  severityMisses: Miss[];
}

const describe = (intent: string, slots: Record<string, string>) => {
  const filled = Object.entries(slots).map(([name, value]) => `${name}=${value}`);
  return filled.length > 0 ? `${intent} {${filled.join(', ')}}` : intent;
};

/** The label as one line of text. */
export function expectedText(outcome: Outcome): string {
  const line = outcome.line;
  return describe(line.intents.length > 1 ? `[${line.intents.join(' | ')}]` : outcome.expected, line.slots);
}

/** The answer as one line of text. */
export const gotText = (outcome: Outcome): string => describe(outcome.got.intent, outcome.got.slots);

/** A line that is not fully right, for listings. */
export function missOf(outcome: Outcome): Miss {
  return {
    where: `${outcome.line.file}:${outcome.line.line}`,
    context: outcome.line.context,
    say: outcome.line.say,
    expected: expectedText(outcome),
    got: gotText(outcome),
  };
}

function grouped<K>(outcomes: readonly Outcome[], key: (o: Outcome) => K): Map<K, Outcome[]> {
  const groups = new Map<K, Outcome[]>();
  for (const outcome of outcomes) groups.set(key(outcome), [...(groups.get(key(outcome)) ?? []), outcome]);
  return groups;
}

function confusions(pairs: { expected: string; got: string; say: string }[]): Confusion[] {
  const byPair = new Map<string, Confusion>();
  for (const pair of pairs) {
    const key = `${pair.expected}\u0000${pair.got}`;
    const known = byPair.get(key) ?? { expected: pair.expected, got: pair.got, count: 0, examples: [] };
    known.count += 1;
    if (known.examples.length < 2) known.examples.push(pair.say);
    byPair.set(key, known);
  }
  return [...byPair.values()].sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
}

function perIntent(outcomes: readonly Outcome[]): IntentFigures[] {
  const names = new Set(outcomes.flatMap((o) => [o.expected, o.got.intent]));
  return [...names]
    .map((intent) => {
      const expected = outcomes.filter((o) => o.expected === intent);
      const got = outcomes.filter((o) => o.got.intent === intent);
      const hits = expected.filter((o) => o.intentOk).length;
      return {
        intent,
        expected: expected.length,
        got: got.length,
        hits,
        precision: got.length === 0 ? 100 : (hits / got.length) * 100,
        recall: expected.length === 0 ? 100 : (hits / expected.length) * 100,
        exact: expected.filter((o) => o.ok).length,
      };
    })
    .sort((a, b) => b.expected - a.expected || a.intent.localeCompare(b.intent));
}

/** Summarises the outcomes of one locale's evaluation. */
export function summarise(locale: string, outcomes: readonly Outcome[]): Summary {
  const count = (list: readonly Outcome[], test: (o: Outcome) => boolean) => list.filter(test).length;
  const pain = outcomes.filter((o) => isPainLine(o.line));
  const severe = pain.filter((o) => isSevereLine(o.line));
  const intentRight = outcomes.filter((o) => o.intentOk);
  const sharesBy = (key: (o: Outcome) => string) =>
    [...grouped(outcomes, key)].map(([name, list]) => ({
      name,
      share: share(
        count(list, (o) => o.ok),
        list.length,
      ),
    }));
  return {
    locale,
    lines: outcomes.length,
    overall: share(
      count(outcomes, (o) => o.ok),
      outcomes.length,
    ),
    intent: share(intentRight.length, outcomes.length),
    pain: share(
      count(pain, (o) => o.intentOk),
      pain.length,
    ),
    severity: share(count(pain, severityOk), pain.length),
    severe: share(count(severe, severityOk), severe.length),
    slots: share(
      count(intentRight, (o) => o.slotErrors.length === 0),
      intentRight.length,
    ),
    literal: share(
      count(outcomes, (o) => o.literal),
      outcomes.length,
    ),
    perIntent: perIntent(outcomes),
    perContext: sharesBy((o) => o.line.context).map(({ name, share: s }) => ({ context: name, share: s })),
    perFile: sharesBy((o) => o.line.file).map(({ name, share: s }) => ({ file: name, share: s })),
    confusions: confusions(
      outcomes
        .filter((o) => !o.intentOk)
        .map((o) => ({ expected: o.expected, got: o.got.intent, say: o.line.say })),
    ),
    slotConfusions: confusions(
      outcomes.flatMap((o) =>
        o.slotErrors.map((error) => {
          const [name = '', change = ''] = error.split(': ');
          const [from = '', to = ''] = change.split(' -> ');
          return { expected: `${o.expected}.${name}=${from}`, got: to, say: o.line.say };
        }),
      ),
    ),
    misses: outcomes.filter((o) => !o.ok).map(missOf),
    painMisses: pain.filter((o) => !o.intentOk).map(missOf),
    severityMisses: pain.filter((o) => !severityOk(o)).map(missOf),
  };
}
