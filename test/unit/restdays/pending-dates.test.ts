/**
 * Dates carried in a pending question come back in the session attributes, which the client sends:
 * they are re-validated before use. A day that is not a calendar day, or one the question could not
 * have been about (far in the future or the past), is never logged, removed or spoken: the skill asks
 * which day, plainly, and logs nothing about it.
 */
import { intentRequest } from '../../../harness/envelopes';
import { messagePattern } from '../../../harness/messages';
import { skillUnderTest, testDeps } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { spyingStore } from '../../../harness/stores';

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
