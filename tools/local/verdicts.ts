/**
 * What a `log a rest day` answer says about the day, told apart by the locale's own phrasings
 * (lambda/speech/locales/en/restdays.ts), so the load test and the fault suites can check that what
 * the user hears matches what the store holds.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import restDayMessages from '../../lambda/speech/locales/en/restdays';

/** The speech as plain text, SSML tags and entities removed. */
export function plainSpeech(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  const text = speech?.type === 'SSML' ? speech.ssml.replace(/<[^>]+>/g, '') : (speech?.text ?? '');
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function templates(key: keyof typeof restDayMessages): RegExp[] {
  return restDayMessages[key].map(
    (template) =>
      new RegExp(template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{day\\\}\\\}/g, '.+?'), 'i'),
  );
}

const VERDICTS = {
  logged: templates('logged'),
  'already-logged': templates('alreadyLogged'),
  unconfirmed: templates('notConfirmed'),
} as const;

/** `logged`, `already-logged`, `unconfirmed` (the store did not answer), or `other`. */
export type RestDayVerdict = keyof typeof VERDICTS | 'other';

/** Which of the rest-day log's answers `response` is. */
export function restDayVerdict(response: ResponseEnvelope): RestDayVerdict {
  const text = plainSpeech(response);
  for (const [verdict, patterns] of Object.entries(VERDICTS))
    if (patterns.some((pattern) => pattern.test(text))) return verdict as RestDayVerdict;
  return 'other';
}
