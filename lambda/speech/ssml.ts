/**
 * SSML helpers that keep every response inside Alexa's limits.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html
 */

/** Longest single `<break>` Alexa accepts, in seconds. */
export const MAX_BREAK_SECONDS = 10;
/** Longest `outputSpeech` Alexa accepts, in characters (SSML tags included). */
export const MAX_SPEECH_CHARACTERS = 8000;
/**
 * Timed content kept per response. Alexa documents 240 s of audio per response; whether break time
 * counts is not documented, so the skill keeps breaks plus audio within it too.
 */
export const MAX_TIMED_SECONDS = 240;

declare const trusted: unique symbol;

/**
 * SSML the skill built itself from escaped text and its own tags ({@link escapeSsml}, {@link pause},
 * {@link joinSsml}): the renderer inserts it as it is. Plain text never becomes `Ssml` without
 * being escaped, so user-provided words cannot inject markup.
 */
export type Ssml = string & { readonly [trusted]: true };

/** Escapes text for use inside SSML. */
export function escapeSsml(text: string): Ssml {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;') as Ssml;
}

/** SSML pieces joined with single spaces, runs of whitespace collapsed, ends trimmed. */
export function joinSsml(...parts: readonly Ssml[]): Ssml {
  return parts.join(' ').replace(/\s+/g, ' ').trim() as Ssml;
}

/** A pause of `seconds`, as one or more `<break>` tags of at most 10 s each. */
export function pause(seconds: number): Ssml {
  const parts: string[] = [];
  let left = Math.max(0, Math.round(seconds * 10) / 10);
  while (left > 0) {
    const chunk = Math.min(MAX_BREAK_SECONDS, left);
    parts.push(`<break time="${formatSeconds(chunk)}"/>`);
    left = Math.round((left - chunk) * 10) / 10;
  }
  return parts.join('') as Ssml;
}

function formatSeconds(seconds: number): string {
  return Number.isInteger(seconds) ? `${seconds}s` : `${Math.round(seconds * 1000)}ms`;
}

/** Total seconds of `<break>` in an SSML string. */
export function breakSeconds(ssml: string): number {
  let total = 0;
  for (const match of ssml.matchAll(/<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>/g)) {
    const value = Number(match[1]);
    total += match[2] === 'ms' ? value / 1000 : value;
  }
  return total;
}

/** A limit an SSML string breaks, in words a test failure can show. */
export interface SsmlViolation {
  rule: 'characters' | 'break' | 'timed' | 'audio-tags';
  detail: string;
}

/** Checks an SSML string (with or without `<speak>`) against Alexa's response limits. */
export function ssmlViolations(ssml: string): SsmlViolation[] {
  const violations: SsmlViolation[] = [];
  const characters = ssml.startsWith('<speak>') ? ssml.length : ssml.length + '<speak></speak>'.length;
  if (characters > MAX_SPEECH_CHARACTERS) {
    violations.push({ rule: 'characters', detail: `${characters} characters > ${MAX_SPEECH_CHARACTERS}` });
  }
  for (const match of ssml.matchAll(/<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>/g)) {
    const seconds = match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
    if (seconds > MAX_BREAK_SECONDS) violations.push({ rule: 'break', detail: `a break of ${seconds}s` });
  }
  const timed = breakSeconds(ssml);
  if (timed > MAX_TIMED_SECONDS) violations.push({ rule: 'timed', detail: `${timed}s of timed content` });
  const audioTags = (ssml.match(/<audio\b/g) ?? []).length;
  if (audioTags > 5) violations.push({ rule: 'audio-tags', detail: `${audioTags} audio tags > 5` });
  return violations;
}
