/**
 * The one-sentence disclaimer on a user's first contact, once, whatever the request: a launch, a
 * one-shot routine, or a one-shot resume; said before the routine starts and never again after.
 * (A one-shot rest-day log as the first contact is not covered yet: see docs/conversation.md.)
 */
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { SUPPORTED_LOCALES } from '../../../lambda/speech/locales';
import { conversation } from '../../../harness/conversation';
import { messagePattern } from '../../../harness/messages';
import { spoken } from '../../../harness/speech';
import { countingStore, unavailableStore } from '../../../harness/stores';
import { routineSlots } from './talk';

const disclaimer = (locale = 'en-US') => messagePattern('routines:disclaimer', { locale });

describe.each(SUPPORTED_LOCALES)('in %s', (locale) => {
  it('a one-shot routine as the first request says the disclaimer first, once, then starts', async () => {
    const c = conversation({}, { locale });
    const first = spoken(await c.intent(I.warmUp));
    const at = first.search(disclaimer(locale));
    expect(at).toBe(0);
    expect(first.search(messagePattern('routines:starting', { locale }))).toBeGreaterThan(at);
    expect(first.match(new RegExp(disclaimer(locale).source, 'giu'))).toHaveLength(1);
    await c.intent('AMAZON.StopIntent');
    expect(spoken(await c.intent(I.coolDown))).not.toMatch(disclaimer(locale));
  });
});

describe('the disclaimer on a first contact', () => {
  it('is said by the first launch and not by a routine asked for in that session', async () => {
    const c = conversation();
    expect(spoken(await c.launch())).toMatch(disclaimer());
    const started = spoken(await c.intent(I.start, routineSlots('warmup.yoga', 'quick')));
    expect(started).not.toMatch(disclaimer());
    expect(started).toMatch(messagePattern('routines:starting'));
  });

  it('is not said by a launch after a one-shot routine: that user has been here', async () => {
    const c = conversation();
    await c.intent(I.warmUp);
    await c.intent('AMAZON.StopIntent');
    c.wait(86_400);
    const launch = spoken(await c.launch());
    expect(launch).not.toMatch(disclaimer());
    expect(launch).not.toMatch(messagePattern('conversation:welcomeFirst'));
  });

  it('is said by a one-shot resume as the first request, with nothing paused', async () => {
    const c = conversation();
    const response = spoken(await c.intent(I.resume));
    expect(response).toMatch(new RegExp(`^${disclaimer().source}`, 'iu'));
    expect(response).toMatch(messagePattern('routines:nothingPaused'));
    await c.intent('AMAZON.StopIntent');
    expect(spoken(await c.intent(I.resume))).not.toMatch(disclaimer());
  });

  it('is said when the store cannot tell whether the user is new (an extra one, never a missed one)', async () => {
    const response = spoken(await conversation({ store: unavailableStore() }).intent(I.warmUp));
    expect(response).toMatch(disclaimer());
  });

  it('costs the one profile write a one-shot routine makes anyway, and no read', async () => {
    const store = countingStore();
    await conversation({ store }).intent(I.warmUp);
    expect(store.calls).toEqual(['profiles.recordLaunch']);
  });
});
