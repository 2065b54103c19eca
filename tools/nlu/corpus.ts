/**
 * Reads the NLU corpus (test/nlu/*.yaml): nested groups that set a context, an intent (or a set of
 * accepted intents), slots and locales for the lines under them, and lines that are an utterance
 * alone or a `say` with their own intent, slots, context or locales. Every line keeps its file and
 * line number; whatever does not fit the schema is a {@link CorpusProblem} at its place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ALL_LOCALES, isContext, type Context } from './labels';

/** The corpus folder of this project. */
export const CORPUS_DIR = resolve(__dirname, '..', '..', 'test', 'nlu');
/**
 * The held-out corpus: written without seeing the phrase grammar or the models and never tuned
 * against, so its figures show how the grammar generalises. Reported on its own, never mixed into
 * the main figures or gated. (The corpus held out before it, `*-2.yaml`, is part of the main one now.)
 */
export const HELDOUT_DIR = join(CORPUS_DIR, 'heldout-v3');

/** One labelled utterance. */
export interface CorpusLine {
  /** The file, relative to the project root, and the 1-based line of the utterance. */
  file: string;
  line: number;
  say: string;
  context: Context;
  /** The accepted intents (usually one); `launch` or `exit` for those labels. */
  intents: string[];
  /** Slot name to entity-resolution id (custom types) or value (AMAZON.DATE, AMAZON.NUMBER). */
  slots: Record<string, string>;
  /** The locales the line belongs to; every locale when absent. */
  locales?: string[];
}

/** Something in a corpus file that does not fit, at its place. */
export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}

/** `file:line: message`, the form editors and terminals link. */
export function formatProblem(problem: CorpusProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

interface Inherited {
  context?: string;
  intents?: string[];
  slots: Record<string, string>;
  locales?: string[];
}

const GROUP_KEYS = ['context', 'intent', 'slots', 'locales', 'lines', 'groups'];
const ENTRY_KEYS = ['say', 'context', 'intent', 'slots', 'locales'];
/** As ASR writes it: lower case words, apostrophes, single spaces, numbers as words. */
const ASR_TEXT = /^[a-z']+( [a-z']+)*$/;

/** Parses one corpus file's text; `file` is the name problems and lines carry. */
export function parseCorpus(file: string, text: string): { lines: CorpusLine[]; problems: CorpusProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lines: CorpusLine[] = [];
  const problems: CorpusProblem[] = [];
  const lineOf = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : 1);
  const problem = (node: Node | null | undefined, message: string) =>
    problems.push({ file, line: lineOf(node), message });

  for (const error of doc.errors) {
    problems.push({ file, line: error.linePos?.[0].line ?? 1, message: `YAML: ${error.message}` });
  }
  if (doc.errors.length > 0) return { lines, problems };

  const scalarText = (node: unknown): string | undefined =>
    isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
      ? String(node.value)
      : undefined;

  const strings = (node: unknown, what: string): string[] | undefined => {
    const single = scalarText(node);
    if (single !== undefined) return [single];
    if (isSeq(node) && node.items.every((item) => scalarText(item) !== undefined))
      return node.items.map((item) => scalarText(item) ?? '');
    problem(node as Node, `${what} must be a name or a list of names`);
    return undefined;
  };

  /** The settings a map gives its lines, on top of what it inherits. */
  function settings(map: Node, inherited: Inherited, allowed: string[]): Inherited {
    const next: Inherited = { ...inherited, slots: { ...inherited.slots } };
    if (!isMap(map)) return next;
    for (const pair of map.items) {
      const key = scalarText(pair.key);
      const value = pair.value as Node | null;
      if (key === undefined || !allowed.includes(key)) {
        problem(pair.key as Node, `unknown key "${String(key)}" (expected one of: ${allowed.join(', ')})`);
        continue;
      }
      if (key === 'context') {
        const context = scalarText(value);
        if (context === undefined || !isContext(context))
          problem(value, `unknown context "${String(context)}" (oneshot, top, routine or question:<kind>)`);
        else next.context = context;
      } else if (key === 'intent') {
        const intents = strings(value, 'intent');
        if (intents) next.intents = intents;
      } else if (key === 'locales') {
        const locales = strings(value, 'locales');
        const unknown = locales?.filter((l) => !(ALL_LOCALES as readonly string[]).includes(l)) ?? [];
        if (unknown.length > 0) problem(value, `unknown locale ${unknown.join(', ')}`);
        else if (locales) next.locales = locales;
      } else if (key === 'slots') {
        if (!isMap(value)) {
          problem(value, 'slots must be a map of slot name to value');
          continue;
        }
        for (const slot of value.items) {
          const name = scalarText(slot.key);
          if (name === undefined) problem(slot.key as Node, 'a slot name must be text');
          else if (isScalar(slot.value) && slot.value.value === null)
            next.slots = Object.fromEntries(Object.entries(next.slots).filter(([n]) => n !== name));
          else {
            const slotValue = scalarText(slot.value);
            if (slotValue === undefined) problem(slot.value as Node, `slot ${name} needs a single value`);
            else next.slots[name] = slotValue;
          }
        }
      }
    }
    return next;
  }

  function entry(node: Node, inherited: Inherited) {
    const plain = scalarText(node);
    const own = plain === undefined ? settings(node, inherited, ENTRY_KEYS) : inherited;
    const sayNode = plain === undefined && isMap(node) ? (node.get('say', true) as Node | undefined) : node;
    const say = scalarText(sayNode);
    if (say === undefined) {
      problem(node, 'a line is an utterance, or a map with "say"');
      return;
    }
    if (!ASR_TEXT.test(say))
      problem(sayNode, `"${say}" is not as ASR writes it (lower case words, apostrophes, no digits)`);
    if (own.context === undefined || !isContext(own.context)) problem(sayNode, `"${say}" has no context`);
    else if (own.intents === undefined) problem(sayNode, `"${say}" has no intent`);
    else
      lines.push({
        file,
        line: lineOf(sayNode),
        say,
        context: own.context,
        intents: own.intents,
        slots: own.slots,
        ...(own.locales ? { locales: own.locales } : {}),
      });
  }

  function group(node: Node, inherited: Inherited) {
    if (!isMap(node)) {
      problem(node, 'a group is a map (context, intent, slots, locales, lines, groups)');
      return;
    }
    const own = settings(node, inherited, GROUP_KEYS);
    for (const key of ['lines', 'groups'] as const) {
      const list = node.get(key, true) as Node | undefined;
      if (list === undefined) continue;
      if (!isSeq(list)) {
        problem(list, `${key} must be a list`);
        continue;
      }
      for (const item of list.items as Node[]) (key === 'lines' ? entry : group)(item, own);
    }
  }

  if (doc.contents) group(doc.contents, { slots: {} });
  return { lines, problems };
}

/** The same utterance twice in one context (in any files) is one line counted twice. */
export function duplicates(lines: readonly CorpusLine[]): CorpusProblem[] {
  const seen = new Map<string, CorpusLine>();
  const problems: CorpusProblem[] = [];
  for (const line of lines) {
    const key = `${line.context}\u0000${line.say}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        file: line.file,
        line: line.line,
        message: `"${line.say}" in ${line.context} again (first at ${first.file}:${first.line})`,
      });
    else seen.set(key, line);
  }
  return problems;
}

/** Reads every `*.yaml` in `dir` (names relative to `root` in problems and lines), sorted by name. */
export function loadCorpus(
  dir = CORPUS_DIR,
  root = resolve(__dirname, '..', '..'),
): { lines: CorpusLine[]; problems: CorpusProblem[] } {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const lines: CorpusLine[] = [];
  const problems: CorpusProblem[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const parsed = parseCorpus(relative(root, path), readFileSync(path, 'utf8'));
    lines.push(...parsed.lines);
    problems.push(...parsed.problems);
  }
  return { lines, problems: [...problems, ...duplicates(lines)] };
}
