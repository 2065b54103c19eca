import { duration } from '../../../lambda/routines/segment';
import { createI18n, speechFor } from '../../../lambda/speech/i18n';

/** Every phrasing of a duration ("a minute and a half", "one and a half minutes"). */
function said(seconds: number, locale = 'en-US'): string[] {
  const i18n = createI18n();
  return [0, 0.99].map((r) =>
    duration(
      speechFor(i18n, locale, () => r),
      seconds,
    ),
  );
}

describe('how a duration is said ("how much longer", a routine start, a resume)', () => {
  it.each([0.2, 1, 1.4])('%s s is one second, never "1 seconds"', (seconds) => {
    expect(said(seconds)).toEqual(['1 second', 'one second']);
  });

  it.each(['en-GB', 'en-CA', 'en-AU', 'en-IN'])('one second in %s too', (locale) => {
    for (const phrase of said(1, locale)) expect(phrase).toMatch(/^(1|one) second$/);
  });

  it.each([
    [2, '2 seconds'],
    [45, '45 seconds'],
    [89, '89 seconds'],
  ])('%s s is said in seconds', (seconds, phrase) => {
    expect(said(seconds)).toEqual([phrase, phrase]);
  });

  it('past 90 s, half minutes', () => {
    expect(said(90)).toEqual(['a minute and a half', 'one and a half minutes']);
    expect(said(120)).toEqual(['2 minutes', '2 minutes']);
    expect(said(150)).toEqual(['2 and a half minutes', '2 and a half minutes']);
  });
});
