/**
 * Every response every routine can produce, at every length: the start, every step position (at its
 * start and half-way through, running and paused), the result of every navigation command there,
 * and the finish. Each must be inside Alexa's limits and start every sentence with a capital, and
 * a response that keeps the session open must end with a question and carry a reprompt.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { ROUTINES, stepsOf, type RoutineLength } from '../../../lambda/routines/catalog';
import { NAVIGATION_INTENTS } from '../../../lambda/routines/handlers/navigate';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { ssmlViolations } from '../../../lambda/speech/ssml';
import { intentRequest } from '../../../harness/envelopes';
import { skillUnderTest, testDeps } from '../../../harness/skill';
import { reprompted, spoken } from '../../../harness/speech';

const NOW = Date.parse('2026-11-25T18:00:00Z');
const COMMANDS = [...NAVIGATION_INTENTS, I.yes, I.no, I.pain, I.help, I.fallback, 'AMAZON.StopIntent'];

function speechOf(response: ResponseEnvelope): string[] {
  const texts: string[] = [];
  const out = response.response.outputSpeech;
  if (out) texts.push(out.type === 'SSML' ? out.ssml : out.text);
  const again = response.response.reprompt?.outputSpeech;
  if (again) texts.push(again.type === 'SSML' ? again.ssml : again.text);
  return texts;
}

function check(response: ResponseEnvelope): void {
  for (const text of speechOf(response)) expect(ssmlViolations(text)).toEqual([]);
  // Heard, not read, but a lower-case sentence start is a sign of a message stitched together badly.
  for (const text of [spoken(response), reprompted(response)])
    expect(text.replace(/\[pause[^\]]*\]/g, ' ').match(/[.!?]\s+[a-z]\S*/g) ?? []).toEqual([]);
  if (response.response.shouldEndSession === false) {
    expect(response.response.reprompt).toBeDefined();
    expect(speechOf(response)[0]).toMatch(/\?(<\/speak>)?$/);
  }
}

const lengths: RoutineLength[] = ['quick', 'full'];
const cases = ROUTINES.flatMap((r) => lengths.map((length) => [r.id, length, r.kind, r.style] as const));

describe.each([
  ['first phrasings', () => 0],
  ['last phrasings', () => 0.9999],
])('with the %s', (_name, random) => {
  it.each(cases)('%s %s: every response is within the limits', async (routineId, length, kind, style) => {
    const send = skillUnderTest(testDeps({ random }));
    check(
      await send(
        intentRequest(I.start, {
          kind: { value: kind, id: kind, type: 'RoutineKind' },
          style: { value: style, id: style, type: 'RoutineStyle' },
          length: { value: length, id: length, type: 'RoutineLength' },
        }),
      ),
    );
    const steps = stepsOf(routineId, length);
    let responses = 1;
    for (const [step, { seconds }] of steps.entries()) {
      for (const offset of [0, Math.floor(seconds / 2)]) {
        for (const status of ['running', 'paused'] as const) {
          for (const command of COMMANDS) {
            const routine = {
              state: { routineId, length, status, step, offset, easier: [] },
              respondedAt: NOW,
              saved: false,
            };
            const question = { kind: status === 'paused' ? 'routines.resume' : 'routines.continue' };
            check(await send(intentRequest(command, {}, { sessionAttributes: { routine, question } })));
            responses += 1;
          }
        }
      }
    }
    expect(responses).toBe(1 + steps.length * 2 * 2 * COMMANDS.length);
  });
});
