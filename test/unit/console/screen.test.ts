/**
 * The console's one-line rendering of a screen, read from the datasource a device would bind: the step
 * showing when the response starts, the paused state, the finish, the week, the tip, and the buttons.
 */
import { renderDocumentFor } from '../../../lambda/screens/render';
import { weekScreen } from '../../../lambda/restdays/screen';
import { tipScreen } from '../../../lambda/tips/screen';
import { clockText, shownScreen } from '../../../tools/console/screen';
import { directiveOf, finished, pausedAt, routineScreenOf, runningAt } from '../screens/fixture';

describe('the console line of a screen', () => {
  it('shows the step on screen when the response starts: name, time left, step k of n, what is next, buttons', async () => {
    const { screen } = await routineScreenOf(runningAt('cooldown.stretch', 'quick', 1));
    expect(shownScreen([directiveOf(screen)])?.line).toMatch(
      /^[^·]+ · \d:\d\d left · step 2 of \d · next: [^·]+ · \[Back\] \[Pause\] \[Next\]$/,
    );
  });

  it('says when the routine is paused, with the time left frozen', async () => {
    const { screen } = await routineScreenOf(pausedAt('warmup.walk', 'quick', 0));
    expect(shownScreen([directiveOf(screen)])?.line).toBe(
      'Paused · Easy walk · 1:20 left · step 1 of 5 · next: Walk with your core switched on · [Back] [Resume] [Next]',
    );
  });

  it('shows the finish', async () => {
    const { screen } = await routineScreenOf(finished('warmup.walk', 'quick'));
    expect(shownScreen([directiveOf(screen)])?.line).toBe(
      'Done · Quick walk-to-run warm-up · Warm-up done. Have a good run!',
    );
  });

  it('shows the week: its rest days, today, the count against the goal', () => {
    const week = weekScreen('en-US', '2026-11-25', '2026-11-25', ['2026-11-23', '2026-11-25'], 2);
    expect(shownScreen([renderDocumentFor(week)])?.line).toBe(
      'This week · rest: Mon, Wed · today: Wed · 2 rest days, goal 2 · goal met',
    );
  });

  it('shows the tip and its button, and knows what a tap on it sends', () => {
    const shown = shownScreen([renderDocumentFor(tipScreen('SOCKS', 'Wear real running socks.'))]);
    expect(shown).toEqual({
      line: 'Running tip · Proper running socks · Wear real running socks. · [Next tip]',
      buttons: [{ command: 'next', label: 'Next tip' }],
      token: 'runcoach.tip',
    });
  });

  it('shows nothing for a response without a document', () => {
    expect(shownScreen(undefined)).toBeUndefined();
    expect(shownScreen([{ type: 'Dialog.Delegate' }])).toBeUndefined();
  });

  it.each([
    [40_000, '0:40'],
    [39_001, '0:40'],
    [120_000, '2:00'],
    [95_000, '1:35'],
    [0, '0:00'],
  ])('counts %i ms as %s, as the countdown does (rounded up to the second)', (ms, text) => {
    expect(clockText(ms)).toBe(text);
  });
});
