/**
 * What a `log a rest day` answer says about the day, told apart by message (./messages.ts), so the
 * load test and the fault suites can check that what the user hears matches what the store holds.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { MessageKey } from '../lambda/speech/messages';
import { says } from './messages';
import { spoken } from './speech';

const VERDICTS = {
  logged: 'restdays:logged',
  'already-logged': 'restdays:alreadyLogged',
  unconfirmed: 'restdays:notConfirmed',
} as const satisfies Record<string, MessageKey>;

/** `logged`, `already-logged`, `unconfirmed` (the store did not answer), or `other`. */
export type RestDayVerdict = keyof typeof VERDICTS | 'other';

/** Which of the rest-day log's answers `response` is. */
export function restDayVerdict(response: ResponseEnvelope): RestDayVerdict {
  const text = spoken(response);
  const found = (Object.keys(VERDICTS) as (keyof typeof VERDICTS)[]).find((verdict) =>
    says(text, VERDICTS[verdict]),
  );
  return found ?? 'other';
}
