import { dayAnswerHandler } from '../../../lambda/restdays/handlers/answers';
import { confirmMoveYesHandler, moveRestDayHandler } from '../../../lambda/restdays/handlers/move';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Answer } from '../../../lambda/core/answer';
import { answerOf, repromptKeys, spokenKeys } from '../../../harness/answers';
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
const move = (values: Record<string, string>, options = {}) =>
  answerOf(moveRestDayHandler(testDeps()), intentRequest(MOVE, slots(values), options));
/** The question an answer leaves pending, exactly (none for a statement). */
const questionOf = (answer: Answer) => (answer.type === 'ask' ? answer.question : undefined);

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

  it('"move my rest day" with no day reprompts for one day', async () => {
    const { answer } = await move({});
    expect(repromptKeys(answer)).toEqual(['restdays:whichDayReprompt']);
    expect(questionOf(answer)).toEqual({ kind: 'restdays.whichDay', data: { purpose: 'moveFrom' } });
  });

  it('"move my rest day to sunday" asks which day to move there, keeping sunday', async () => {
    const { answer } = await move({ to: '2026-11-29' });
    expect(answer).toMatchObject({
      type: 'ask',
      speech: [{ key: 'restdays:askMoveFrom', vars: { day: 'Sunday, November 22' } }],
    });
    expect(repromptKeys(answer)).toEqual(['restdays:whichDayReprompt']);
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.whichDay',
      data: { purpose: 'moveFrom', to: '2026-11-22' },
    });
  });

  it('"move my rest day from monday" asks where to, keeping monday', async () => {
    const { answer } = await move({ from: '2026-11-30' });
    expect(answer).toMatchObject({
      type: 'ask',
      speech: [{ key: 'restdays:askMoveTo', vars: { day: 'Monday, November 23' } }],
    });
    expect(repromptKeys(answer)).toEqual(['restdays:whichDayReprompt']);
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.whichDay',
      data: { purpose: 'moveTo', from: '2026-11-23' },
    });
  });

  it('both days said: asks to confirm the move, naming both', async () => {
    const { answer } = await move({ from: '2026-11-30', to: '2026-11-24' });
    const days = { from: 'Monday, November 23', to: 'yesterday' };
    expect(answer).toMatchObject({
      type: 'ask',
      speech: [{ key: 'restdays:confirmMove', vars: days }],
      reprompt: [{ key: 'restdays:confirmMoveReprompt', vars: days }],
    });
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.confirmMove',
      data: { from: '2026-11-23', to: '2026-11-24' },
    });
  });

  it('"from thursday" (tomorrow\'s name) moves last thursday', async () => {
    const { answer } = await move({ from: '2026-11-26', to: '2026-11-24' });
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.confirmMove',
      data: { from: '2026-11-19', to: '2026-11-24' },
    });
  });

  it('the same day at both ends: nothing to move, and nothing asked', async () => {
    const { answer } = await move({ from: '2026-11-30', to: '2026-11-23' });
    expect(answer).toEqual({
      type: 'tell',
      speech: [{ kind: 'message', key: 'restdays:moveSameDay', vars: { day: 'Monday, November 23' } }],
    });
  });

  it.each([
    [
      'a day to move to that has not come yet is declined as a log would be',
      '2026-11-30',
      '2027-03-10',
      'restdays:future',
      { day: 'Wednesday, March 10' },
    ],
    [
      'a day to move from that has not come yet has no rest day to remove',
      '2027-03-10',
      '2026-11-24',
      'restdays:futureRemove',
      { day: 'Wednesday, March 10' },
    ],
    [
      'a day to move to older than the limit is declined, saying the limit',
      '2026-11-30',
      '2026-08-03',
      'restdays:tooOld',
      { day: 'Monday, August 3', limit: 60 },
    ],
    [
      'a day to move from older than the limit is left as it is, saying the limit',
      '2026-08-03',
      '2026-11-24',
      'restdays:tooOldRemove',
      { day: 'Monday, August 3', limit: 60 },
    ],
  ])('%s', async (_name, from, to, key, vars) => {
    const { answer } = await move({ from, to });
    expect(answer).toEqual({ type: 'tell', speech: [{ kind: 'message', key, vars }] });
  });

  it('"from last week to yesterday" asks which day to move, keeping yesterday', async () => {
    const { answer } = await move({ from: '2026-W47', to: '2026-11-24' });
    expect(spokenKeys(answer)).toEqual(['restdays:askMoveFrom']);
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.whichDay',
      data: { purpose: 'moveFrom', to: '2026-11-24' },
    });
  });

  it('a day to move from that is not a date asks which day, keeping the other', async () => {
    const { answer } = await move({ from: 'banana', to: '2026-11-24' });
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.whichDay',
      data: { purpose: 'moveFrom', to: '2026-11-24' },
    });
  });

  it('"from monday to next week" asks where to, keeping monday', async () => {
    const { answer } = await move({ from: '2026-11-30', to: '2026-W49' });
    expect(spokenKeys(answer)).toEqual(['restdays:askMoveTo']);
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.whichDay',
      data: { purpose: 'moveTo', from: '2026-11-23' },
    });
  });

  it('"move my rest day to next week" asks which day to move (and then where to)', async () => {
    const { answer } = await move({ to: '2026-W49' });
    expect(spokenKeys(answer)).toEqual(['restdays:askWhichDayToMove']);
    expect(questionOf(answer)).toEqual({ kind: 'restdays.whichDay', data: { purpose: 'moveFrom' } });
  });

  it('"to tuesday instead" while a move waits to be confirmed keeps the day to move', async () => {
    const { answer } = await move(
      { to: '2026-12-01' },
      pending('restdays.confirmMove', { from: '2026-11-23', to: '2026-11-22' }),
    );
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.confirmMove',
      data: { from: '2026-11-23', to: '2026-11-24' },
    });
  });

  it('"move monday" while the day to move is asked keeps the day to move to', async () => {
    const { answer } = await move(
      { from: '2026-11-30' },
      pending('restdays.whichDay', { purpose: 'moveFrom', to: '2026-11-22' }),
    );
    expect(questionOf(answer)).toEqual({
      kind: 'restdays.confirmMove',
      data: { from: '2026-11-23', to: '2026-11-22' },
    });
  });

  it('days carried by a question that is not about a move are not taken as its ends', async () => {
    for (const question of [
      pending('restdays.whichDay', { purpose: 'log', from: '2026-11-20', to: '2026-11-21' }),
      pending('restdays.confirmRemove', { purpose: 'moveTo', from: '2026-11-20', to: '2026-11-21' }),
    ]) {
      const { answer } = await move({}, question);
      expect(questionOf(answer)).toEqual({ kind: 'restdays.whichDay', data: { purpose: 'moveFrom' } });
    }
  });
});
