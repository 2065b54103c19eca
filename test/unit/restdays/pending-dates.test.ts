/**
 * Dates carried in a pending question come back in the session attributes, which the client sends:
 * they are re-validated before use. A day that is not a calendar day, or one the question could not
 * have been about (far in the future or the past), is never logged, removed or spoken: the skill asks
 * which day, plainly, and logs nothing about it.
 */
import { confirmRemoveYesHandler } from '../../../lambda/restdays/handlers/correct';
import { createMemoryStore } from '../../../lambda/store/memory';
import { answerOf, spokenKeys } from '../../../harness/answers';
import { intentRequest } from '../../../harness/envelopes';
import { messagePattern } from '../../../harness/messages';
import { fixedClock, fixedTimeZone, skillUnderTest, testDeps } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { spyingStore } from '../../../harness/stores';
import { seedRestDays, storedRestDays } from './fixtures';

const HOSTILE = ['2099-99-99', '2026-02-30', 'garbage', '2099-01-01', '1970-01-01', '2026-11-25T00:00'];

describe.each([
  ['restdays.confirmLog', 'AMAZON.YesIntent', 'restdays:askWhichDay'],
  ['restdays.confirmRemove', 'AMAZON.YesIntent', 'restdays:askWhichDayToRemove'],
  ['restdays.confirmRemove', 'AMAZON.NoIntent', 'restdays:confirmLogDeclined'],
] as const)('a %s question answered %s', (kind, intent, expected) => {
  it.each(HOSTILE)(
    'with the date %p: no store write, no "Invalid DateTime", a plain answer',
    async (date) => {
      const store = spyingStore();
      const deps = testDeps({ store });
      const response = await skillUnderTest(deps)(
        intentRequest(intent, {}, { sessionAttributes: { question: { kind, data: { date } } } }),
      );
      expect(spoken(response)).toMatch(messagePattern(expected));
      expect(spoken(response)).not.toMatch(/invalid/i);
      expect(store.calls.map((call) => call.operation)).not.toContainEqual(
        expect.stringMatching(/logRestDay|removeRestDay/),
      );
      expect(JSON.stringify(deps.logger.entries)).not.toMatch(/invalid datetime|2099|garbage/i);
    },
  );

  it('with yesterday, the question is answered as asked', async () => {
    const store = spyingStore();
    const response = await skillUnderTest(testDeps({ store }))(
      intentRequest(intent, {}, { sessionAttributes: { question: { kind, data: { date: '2026-11-24' } } } }),
    );
    expect(spoken(response)).not.toMatch(messagePattern(expected));
    expect(spoken(response)).toMatch(/yesterday/i);
  });
});

describe('the days a confirm question may hold, against the request time in UTC', () => {
  const removeYes = async (date: string | undefined, at: string, zone: string) => {
    const store = createMemoryStore();
    if (date) await seedRestDays(store, date);
    const deps = testDeps({ store, clock: fixedClock(at), timeZones: fixedTimeZone(zone) });
    const question = { kind: 'restdays.confirmRemove', ...(date ? { data: { date } } : {}) };
    const yes = intentRequest('AMAZON.YesIntent', {}, { timestamp: at, sessionAttributes: { question } });
    const { answer } = await answerOf(confirmRemoveYesHandler(deps), yes);
    return { answer, left: date ? await storedRestDays(store) : [] };
  };

  it('a question with no data asks which day to remove', async () => {
    const { answer } = await removeYes(undefined, '2026-11-25T18:00:00Z', 'America/New_York');
    expect(spokenKeys(answer)).toEqual(['restdays:askWhichDayToRemove']);
  });

  it('a day ahead of UTC (today in Auckland) is answered as asked', async () => {
    const { answer, left } = await removeYes('2026-11-26', '2026-11-25T18:00:00Z', 'Pacific/Auckland');
    expect(answer).toMatchObject({ speech: [{ key: 'restdays:removed', vars: { day: 'today' } }] });
    expect(left).toEqual([]);
  });

  it('60 days before today in Honolulu (61 before the UTC date) is answered as asked', async () => {
    const { answer, left } = await removeYes('2026-09-25', '2026-11-25T05:00:00Z', 'Pacific/Honolulu');
    expect(spokenKeys(answer)).toEqual(['restdays:removed']);
    expect(left).toEqual([]);
  });

  it('62 days before the UTC date is not: asks which day, and removes nothing', async () => {
    const { answer, left } = await removeYes('2026-09-24', '2026-11-25T05:00:00Z', 'Pacific/Honolulu');
    expect(spokenKeys(answer)).toEqual(['restdays:askWhichDayToRemove']);
    expect(left).toEqual(['2026-09-24']);
  });
});
