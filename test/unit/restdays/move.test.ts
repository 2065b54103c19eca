import { dayAnswerHandler } from '../../../lambda/restdays/handlers/answers';
import { confirmMoveYesHandler, moveRestDayHandler } from '../../../lambda/restdays/handlers/move';
import { createMemoryStore } from '../../../lambda/store/memory';
import { answerOf, spokenKeys } from '../../../harness/answers';
import { intentRequest } from '../../../harness/envelopes';
import { testDeps } from '../../../harness/skill';
import { seedRestDays, storedRestDays } from './fixtures';

// The test clock: Wednesday, November 25, 2026, 1 pm in New York.
const MOVE = 'MoveRestDayIntent';
const slots = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value }]));
const pending = (kind: string, data: Record<string, string>) => ({
  sessionAttributes: { question: { kind, data } },
});

describe('moving a rest day', () => {
  it('"move my rest day" with no day asks which day to move', async () => {
    const { answer } = await answerOf(moveRestDayHandler(testDeps()), intentRequest(MOVE));
    expect(answer).toMatchObject({
      type: 'ask',
      question: { kind: 'restdays.whichDay', data: { purpose: 'moveFrom' } },
    });
    expect(spokenKeys(answer)).toEqual(['restdays:askWhichDayToMove']);
  });

  it('a bare day answers "which day to move?", and the day to move to is asked next', async () => {
    const request = intentRequest(
      'DayAnswerIntent',
      slots({ date: '2026-11-30' }), // "monday": the one just gone is meant
      pending('restdays.whichDay', { purpose: 'moveFrom' }),
    );
    const { answer } = await answerOf(dayAnswerHandler(testDeps()), request);
    expect(answer).toMatchObject({
      type: 'ask',
      question: { kind: 'restdays.whichDay', data: { purpose: 'moveTo', from: '2026-11-23' } },
    });
    expect(spokenKeys(answer)).toEqual(['restdays:askMoveTo']);
  });

  it('"move it to sunday" while the day to move to is asked keeps the day to move', async () => {
    const request = intentRequest(
      MOVE,
      slots({ to: '2026-11-29' }), // "sunday"
      pending('restdays.whichDay', { purpose: 'moveTo', from: '2026-11-23' }),
    );
    const { answer } = await answerOf(moveRestDayHandler(testDeps()), request);
    expect(answer).toMatchObject({
      type: 'ask',
      question: { kind: 'restdays.confirmMove', data: { from: '2026-11-23', to: '2026-11-22' } },
    });
  });

  it('a move said with both days ignores an unrelated pending question', async () => {
    const request = intentRequest(
      MOVE,
      slots({ from: '2026-11-30', to: '2026-12-01' }),
      pending('restdays.confirmRemove', { date: '2026-11-20' }),
    );
    const { answer } = await answerOf(moveRestDayHandler(testDeps()), request);
    expect(answer).toMatchObject({
      question: { kind: 'restdays.confirmMove', data: { from: '2026-11-23', to: '2026-11-24' } },
    });
  });

  it('yes to the move removes the one day and logs the other', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-23');
    const yes = intentRequest(
      'AMAZON.YesIntent',
      {},
      pending('restdays.confirmMove', { from: '2026-11-23', to: '2026-11-22' }),
    );
    const { answer } = await answerOf(confirmMoveYesHandler(testDeps({ store })), yes);
    expect(spokenKeys(answer)).toEqual(['restdays:moved']);
    expect(await storedRestDays(store)).toEqual(['2026-11-22']);
  });
});
