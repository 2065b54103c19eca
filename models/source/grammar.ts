/**
 * A small phrase grammar for sample utterances: a reviewer reads a few patterns instead of hundreds
 * of lines, and the generator writes out every phrasing they stand for.
 *
 *   words             literal words
 *   (a|b|c)           exactly one of the choices
 *   [a|b]             optional: nothing, or one of the choices
 *   <name>            any phrase of the lexicon's list `name` (each phrase is itself a pattern)
 *   {slot}            an Alexa slot, written into the sample as it is
 *
 * `expand('[okay] (start|begin) a {kind}')` is `['start a {kind}', 'begin a {kind}', 'okay start a
 * {kind}', 'okay begin a {kind}']`. Choices nest: `(give me|i want) [a [really] {length}] {kind}`.
 * Results have single spaces and no repeats, in the order the choices are written.
 */

/** Named phrase lists a pattern refers to as `<name>`. */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

/** A pattern, parsed: a sequence of parts, each a word run, a slot, a choice or a reference. */
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; options: Node[][]; optional: boolean }
  | { kind: 'ref'; name: string };

/** A pattern that cannot be read: unbalanced brackets, an unknown or circular `<name>`. */
export class GrammarError extends Error {
  override readonly name = 'GrammarError';
}

const CLOSER: Record<string, string> = { '(': ')', '[': ']' };

function parse(pattern: string): Node[] {
  let at = 0;
  const sequence = (closer?: string): Node[][] => {
    const options: Node[][] = [[]];
    let text = '';
    const flush = () => {
      if (text) options[options.length - 1]?.push({ kind: 'text', text });
      text = '';
    };
    while (at < pattern.length) {
      const char = pattern.charAt(at);
      at += 1;
      if (char === closer) {
        flush();
        return options;
      }
      if (char === '|' && closer) {
        flush();
        options.push([]);
      } else if (char === '(' || char === '[') {
        flush();
        options[options.length - 1]?.push({
          kind: 'choice',
          options: sequence(CLOSER[char]),
          optional: char === '[',
        });
      } else if (char === '<') {
        flush();
        const end = pattern.indexOf('>', at);
        if (end < 0) throw new GrammarError(`"${pattern}": "<" without ">"`);
        options[options.length - 1]?.push({ kind: 'ref', name: pattern.slice(at, end) });
        at = end + 1;
      } else if (char === ')' || char === ']' || char === '|') {
        throw new GrammarError(`"${pattern}": unexpected "${char}" at ${at}`);
      } else text += char;
    }
    if (closer) throw new GrammarError(`"${pattern}": missing "${closer}"`);
    flush();
    return options;
  };
  return sequence()[0] ?? [];
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

/** Every phrasing of `pattern`, references looked up in `lexicon`. */
export function expand(pattern: string, lexicon: Lexicon = {}): string[] {
  const cache = new Map<string, string[]>();
  const resolving = new Set<string>();

  const lookUp = (name: string): string[] => {
    const known = cache.get(name);
    if (known) return known;
    const phrases = lexicon[name];
    if (!phrases) throw new GrammarError(`"${pattern}": no phrase list <${name}>`);
    if (resolving.has(name)) throw new GrammarError(`"${pattern}": <${name}> refers to itself`);
    resolving.add(name);
    const result = unique(phrases.flatMap((phrase) => walk(parse(phrase))));
    resolving.delete(name);
    cache.set(name, result);
    return result;
  };

  const partOf = (node: Node): string[] => {
    if (node.kind === 'text') return [node.text];
    if (node.kind === 'ref') return lookUp(node.name);
    const chosen = node.options.flatMap(walk);
    return node.optional ? ['', ...chosen] : chosen;
  };

  function walk(nodes: Node[]): string[] {
    let results = [''];
    for (const node of nodes) {
      const parts = partOf(node);
      results = results.flatMap((head) => parts.map((part) => `${head} ${part}`));
    }
    return unique(results.map(tidy));
  }

  return walk(parse(pattern)).filter(Boolean);
}

/** Every phrasing of every pattern, in order, each once. */
export function expandAll(patterns: readonly string[], lexicon: Lexicon = {}): string[] {
  return unique(patterns.flatMap((pattern) => expand(pattern, lexicon)));
}
