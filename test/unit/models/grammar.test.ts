import { expand, expandAll, GrammarError } from '../../../models/source/grammar';

describe('expand', () => {
  it('writes out a choice, an optional part and a slot', () => {
    expect(expand('[okay] (start|begin) a {kind}')).toEqual([
      'start a {kind}',
      'begin a {kind}',
      'okay start a {kind}',
      'okay begin a {kind}',
    ]);
  });

  it('nests choices and looks up named phrase lists, which are patterns too', () => {
    const lexicon = { det: ['a', 'the'], ask: ['give me', '(can|could) i have'] };
    expect(expand('<ask> [<det>] {kind}', lexicon)).toEqual([
      'give me {kind}',
      'give me a {kind}',
      'give me the {kind}',
      'can i have {kind}',
      'can i have a {kind}',
      'can i have the {kind}',
      'could i have {kind}',
      'could i have a {kind}',
      'could i have the {kind}',
    ]);
  });

  it('keeps single spaces and drops repeats and empty phrasings', () => {
    expect(expand('[a|]  (b | b)  [c]')).toEqual(['b', 'b c', 'a b', 'a b c']);
    expect(expand('[a]')).toEqual(['a']);
  });

  it.each([
    ['(a|b', 'missing ")"'],
    ['a]', 'unexpected "]"'],
    ['<nope> a', 'no phrase list <nope>'],
    ['<x', '"<" without ">"'],
  ])('refuses "%s": %s', (pattern, problem) => {
    expect(() => expand(pattern)).toThrow(GrammarError);
    expect(() => expand(pattern)).toThrow(problem);
  });

  it('refuses a phrase list that refers to itself', () => {
    expect(() => expand('<loop>', { loop: ['a <loop>'] })).toThrow('<loop> refers to itself');
  });
});

describe('expandAll', () => {
  it('writes out every pattern in order, each phrasing once', () => {
    expect(expandAll(['(yes|yeah) please', 'yes please', 'sure'])).toEqual([
      'yes please',
      'yeah please',
      'sure',
    ]);
  });
});
