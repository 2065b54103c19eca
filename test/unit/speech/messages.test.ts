/**
 * Message keys are typed from the `en` resources: the `@ts-expect-error` lines below are compile
 * errors (`npm run typecheck` fails if one of them ever compiles), and the run-time list of keys is
 * the same set.
 */
import { isMessageKey, message, MESSAGE_KEYS, type MessageKey } from '../../../lambda/speech/messages';
import { createI18n, speechFor } from '../../../lambda/speech/i18n';
import { messagePattern, phrasingsOf, says } from '../../../harness/messages';

describe('typed message keys', () => {
  it('reject a misspelt key, a branch, missing, unknown or unwanted variables at compile time', () => {
    const parts = [
      message('conversation:help'),
      message('restdays:logged', { day: 'today' }),
      message('routines:howTo', { instruction: 'Stand tall.', safety: 'Keep it small.' }),
      // @ts-expect-error a misspelt key
      message('conversation:hepl'),
      // @ts-expect-error a branch of the resources, not a list of phrasings
      message('routines:cue'),
      // @ts-expect-error a missing variable
      message('restdays:logged'),
      // @ts-expect-error a variable the phrasings do not use
      message('restdays:logged', { dya: 'today' }),
      // @ts-expect-error variables for a key that takes none
      message('conversation:help', { day: 'today' }),
    ];
    expect(parts.map((part) => part.key)).toEqual([
      'conversation:help',
      'restdays:logged',
      'routines:howTo',
      'conversation:hepl',
      'routines:cue',
      'restdays:logged',
      'restdays:logged',
      'conversation:help',
    ]);
  });

  it('are listed at run time, every one a list of phrasings in every supported locale', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(100);
    expect(MESSAGE_KEYS).toContain('routines:name.warmup.walk');
    const speech = speechFor(createI18n(), 'en-AU', () => 0);
    for (const key of MESSAGE_KEYS) expect(phrasingsOf(key, 'en-AU').length).toBeGreaterThanOrEqual(2);
    expect(speech.text(message('routines:pain'))).toMatch(/physio\b/);
    expect(isMessageKey('routines:cue.halfway')).toBe(true);
    expect(isMessageKey('routines:cue')).toBe(false);
    expect(isMessageKey('nonsense')).toBe(false);
  });

  it('phrase nested messages and fix a phrasing when asked to', () => {
    const speech = speechFor(createI18n(), 'en-US', () => 0.9999);
    const part = speech.phrased(
      message('routines:whatsNext', { next: message('routines:name.cooldown.walk') }),
    );
    expect(part.phrasing).toBe('After this comes jog to walk cool-down.');
    expect(speechFor(createI18n(), 'en-US', () => 0).text(part)).toBe(part.phrasing);
  });
});

describe('message patterns (harness/messages.ts)', () => {
  const key: MessageKey = 'routines:breakQuestion';

  it('match every phrasing of the key, variables as wildcards, case and spacing aside', () => {
    expect(says('That is time. Next: Brisk walk. Carry on?', key)).toBe(true);
    expect(says('up next,  brisk walk. ready?', key)).toBe(true);
    expect(says('Ready to carry on?', key)).toBe(false);
  });

  it('match a variable exactly when its value is given', () => {
    expect(messagePattern(key, { vars: { next: 'Brisk walk' } }).test('Up next, Brisk walk. Ready?')).toBe(
      true,
    );
    expect(messagePattern(key, { vars: { next: 'Easy jog' } }).test('Up next, Brisk walk. Ready?')).toBe(
      false,
    );
  });

  it("follow the locale's fallbacks: en-AU says en-GB's words", () => {
    const [british = ''] = phrasingsOf('routines:pain', 'en-GB');
    expect(says(british, 'routines:pain', 'en-AU')).toBe(true);
    expect(says(british, 'routines:pain', 'en-US')).toBe(false);
    expect(phrasingsOf('routines:pain', 'fr-FR')).toEqual(phrasingsOf('routines:pain', 'en-US'));
  });
});
