/**
 * Replays dialog scripts through the console engine: used by `--script` and by the jest dialog
 * runner (test/dialogs/dialogs.test.ts), so both hear exactly what the console would.
 */
import { says } from '../../../harness/messages';
import type { Engine, Turn } from '../engine';
import type { DialogFile, DialogTest, Expectations, Pattern } from './parse';

/** The default clock and zone of a dialog file without `config.now` / `config.timezone`. */
export const DIALOG_DEFAULTS = {
  now: '2026-11-25T18:00:00-05:00',
  timezone: 'America/New_York',
  locale: 'en-US',
  user: 'amzn1.ask.account.dialog-test',
};

/** An expectation failed: names the file, test and step. */
export class ExpectationError extends Error {
  override readonly name = 'ExpectationError';
  constructor(
    readonly file: string,
    readonly test: string,
    readonly step: number,
    readonly problems: string[],
  ) {
    super(`${file}, test "${test}", step ${step}: ${problems.join('; ')}`);
  }
}

const show = (p: Pattern) => (p.kind === 'text' ? JSON.stringify(p.text) : String(p.regex));
const hears = (p: Pattern, text: string) =>
  p.kind === 'text' ? text.toLowerCase().includes(p.text.toLowerCase()) : p.regex.test(text);

/**
 * What is wrong with a turn, given a step's expectations (empty when all is well). Messages are
 * matched in `locale`'s phrasings (harness/messages.ts).
 */
export function checkTurn(turn: Turn, expect: Expectations, locale = DIALOG_DEFAULTS.locale): string[] {
  const problems: string[] = [];
  const { speech, reprompt, sessionOpen } = turn.rendered;
  for (const key of expect.says)
    if (!says(speech, key, locale)) problems.push(`expected Alexa to say ${key}, heard "${speech}"`);
  for (const key of expect.notSays)
    if (says(speech, key, locale)) problems.push(`expected Alexa not to say ${key}, heard "${speech}"`);
  for (const key of expect.repromptSays)
    if (!says(reprompt, key, locale)) problems.push(`expected the reprompt to say ${key}, got "${reprompt}"`);
  for (const p of expect.alexa)
    if (!hears(p, speech)) problems.push(`expected Alexa to say ${show(p)}, heard "${speech}"`);
  for (const p of expect.not)
    if (hears(p, speech)) problems.push(`expected Alexa not to say ${show(p)}, heard "${speech}"`);
  for (const p of expect.reprompt) {
    if (!hears(p, reprompt)) problems.push(`expected the reprompt ${show(p)}, got "${reprompt}"`);
  }
  if (expect.intent !== undefined && turn.intent?.name !== expect.intent) {
    problems.push(
      `expected intent ${expect.intent}, resolved ${turn.intent?.name ?? `no intent (${turn.kind})`}`,
    );
  }
  for (const [name, value] of Object.entries(expect.slots)) {
    const got = turn.intent?.slots.find((s) => s.name === name)?.filled?.value;
    if (got !== value) problems.push(`expected slot ${name}=${value}, got ${got ?? 'nothing'}`);
  }
  const line = turn.rendered.screen?.line;
  if (expect.noScreen && line !== undefined) problems.push(`expected no screen, it shows "${line}"`);
  for (const p of expect.screen) {
    if (line === undefined) problems.push(`expected the screen to show ${show(p)}, it renders none`);
    else if (!hears(p, line)) problems.push(`expected the screen to show ${show(p)}, it shows "${line}"`);
  }
  if (expect.session && (expect.session === 'open') !== sessionOpen) {
    problems.push(`expected the session ${expect.session}, it is ${sessionOpen ? 'open' : 'closed'}`);
  }
  return problems;
}

/** What a runner reports for each step. */
export type StepListener = (event: { step: number; said: string; turn?: Turn; waitedMs?: number }) => void;

/**
 * Runs one test of a dialog file on `engine`, which the caller opened for this test alone (a fresh
 * store, the clock at the file's `now`), so no test depends on another: a new session first (an open
 * one is ended as if the user walked away), then each step. Throws {@link ExpectationError} at the
 * first failing step.
 */
export async function runDialogTest(
  engine: Engine,
  file: DialogFile,
  test: DialogTest,
  listener?: StepListener,
): Promise<void> {
  if (engine.sessionOpen) await engine.exit();
  for (const [index, step] of test.steps.entries()) {
    if (step.kind === 'wait') {
      engine.wait(step.ms);
      listener?.({ step: index + 1, said: `(wait ${step.label})`, waitedMs: step.ms });
      continue;
    }
    const turn =
      step.kind === 'user'
        ? await engine.say(step.text)
        : step.kind === 'tap'
          ? await engine.tap(step.label)
          : await engine.silence();
    const said =
      step.kind === 'user' ? step.text : step.kind === 'tap' ? `(taps ${step.label})` : '(silence)';
    listener?.({ step: index + 1, said, turn });
    if (step.kind === 'tap' && turn.kind === 'none')
      throw new ExpectationError(file.path, test.name, index + 1, [turn.note ?? 'nothing to tap']);
    const problems = checkTurn(turn, step.expect, file.config.locale);
    if (problems.length) throw new ExpectationError(file.path, test.name, index + 1, problems);
  }
}
