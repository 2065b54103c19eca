import { parseNumber, parseOrdinal } from '../../../tools/console/numbers';

describe('AMAZON.NUMBER in words and digits', () => {
  it.each([
    ['five', 5],
    ['twenty five', 25],
    ['twenty-five', 25],
    ['a hundred', 100],
    ['one hundred and two', 102],
    ['two thousand twenty six', 2026],
    ['three million', 3_000_000],
    ['minus four', -4],
    ['42', 42],
    ['1,500', 1500],
    ['zero', 0],
  ])('"%s" is %d', (said, value) => {
    expect(parseNumber(said)).toBe(value);
  });

  it.each(['banana', 'five five', 'twenty and', '', 'tomorrow'])('"%s" is no number', (said) => {
    expect(parseNumber(said)).toBeUndefined();
  });
});

describe('day-of-month ordinals', () => {
  it.each([
    ['first', 1],
    ['the third', 3],
    ['twenty fifth', 25],
    ['thirty first', 31],
    ['25th', 25],
    ['the 2nd', 2],
    ['twentieth', 20],
  ])('"%s" is %d', (said, value) => {
    expect(parseOrdinal(said)).toBe(value);
  });

  it.each(['twenty', 'fifth twenty', 'monday'])('"%s" is no ordinal', (said) => {
    expect(parseOrdinal(said)).toBeUndefined();
  });
});
