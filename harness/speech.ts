/**
 * What a response says, as text: the one SSML-to-text reading that the tests, the dialog scripts, the
 * console, the load test and the fault suites all use.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html
 */
import type { ResponseEnvelope, ui } from 'ask-sdk-model';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text Alexa would speak, from SSML: tags removed, entities decoded, each `<break>` shown as
 * "[pause 10s]" (or "[pause]" for a strength), each `<audio>` as "[audio]", whitespace collapsed.
 */
export function ssmlToText(ssml: string): string {
  return ssml
    .replace(/<break\b[^>]*?time\s*=\s*["']([^"']+)["'][^>]*>/gi, ' [pause $1] ')
    .replace(/<break\b[^>]*>/gi, ' [pause] ')
    .replace(/<audio\b[^>]*>/gi, ' [audio] ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+([.,!?;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The plain text of an output speech (SSML or plain text); empty when there is none. */
export function speechText(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text;
}

/** What a response says, as text. */
export function spoken(envelope: ResponseEnvelope): string {
  return speechText(envelope.response.outputSpeech);
}

/** What a response's reprompt says, as text. */
export function reprompted(envelope: ResponseEnvelope): string {
  return speechText(envelope.response.reprompt?.outputSpeech);
}

/**
 * Whether `speech` is the skill's apology for a turn that failed ("something went wrong", "I ran
 * into a problem"): the benchmarks count such a turn as an error, not as a measured answer.
 */
export function isApology(speech: string): boolean {
  return /went wrong|ran into a problem/.test(speech);
}
