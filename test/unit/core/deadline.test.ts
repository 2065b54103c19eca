import {
  ANSWER_BUDGET_MS,
  Deadline,
  DeadlineExceededError,
  LAMBDA_MARGIN_MS,
  RESPONSE_RESERVE_MS,
} from '../../../lambda/core/deadline';
import { FUNCTION_TIMEOUT } from '../../../infra/skill-function';
import { fixedClock } from '../../../harness/skill';

describe('Deadline', () => {
  it('counts down on the injected clock and never below zero', () => {
    const clock = fixedClock();
    const deadline = Deadline.after(clock, 1000);
    expect(deadline.remainingMs()).toBe(1000);
    clock.advance(400);
    expect(deadline.remainingMs()).toBe(600);
    expect(deadline.expired).toBe(false);
    clock.advance(601);
    expect(deadline.remainingMs()).toBe(0);
    expect(deadline.expired).toBe(true);
  });

  it('from the Lambda remaining time: that time minus the margin, never more than the answer budget', () => {
    const clock = fixedClock();
    expect(Deadline.fromRemainingTime(clock, 3000).remainingMs()).toBe(3000 - LAMBDA_MARGIN_MS);
    expect(Deadline.fromRemainingTime(clock, 30_000).remainingMs()).toBe(ANSWER_BUDGET_MS);
    expect(Deadline.fromRemainingTime(clock, 200).remainingMs()).toBe(0);
    expect(Deadline.fromRemainingTime(clock, 3000, { marginMs: 1000 }).remainingMs()).toBe(2000);
  });

  it('an invocation with a Lambda context reads its remaining time; without one, the configured budget', () => {
    const clock = fixedClock();
    const lambda = { getRemainingTimeInMillis: () => 4000 };
    expect(Deadline.forInvocation(clock, lambda).remainingMs()).toBe(4000 - LAMBDA_MARGIN_MS);
    expect(Deadline.forInvocation(clock, {}).remainingMs()).toBe(ANSWER_BUDGET_MS);
    expect(Deadline.forInvocation(clock, undefined).remainingMs()).toBe(ANSWER_BUDGET_MS);
    expect(Deadline.forInvocation(clock, { getRemainingTimeInMillis: 5 }).remainingMs()).toBe(
      ANSWER_BUDGET_MS,
    );
    expect(Deadline.forInvocation(clock, undefined, 2000).remainingMs()).toBe(2000);
  });

  it("the budget fits Alexa's 8 s, and the Lambda timeout today leaves the margin over the budget", () => {
    expect(ANSWER_BUDGET_MS).toBeLessThanOrEqual(6500);
    expect(FUNCTION_TIMEOUT.toMilliseconds()).toBe(7000);
    expect(FUNCTION_TIMEOUT.toMilliseconds() - LAMBDA_MARGIN_MS).toBe(ANSWER_BUDGET_MS);
  });

  it("a turn's calls keep the response's reserve from the budget; a Lambda context's margin already covers it", () => {
    const clock = fixedClock();
    expect(Deadline.forTurn(clock, {}).remainingMs()).toBe(ANSWER_BUDGET_MS - RESPONSE_RESERVE_MS);
    expect(Deadline.forTurn(clock, { getRemainingTimeInMillis: () => 3000 }).remainingMs()).toBe(
      3000 - LAMBDA_MARGIN_MS,
    );
    expect(Deadline.forTurn(clock, { getRemainingTimeInMillis: () => 60_000 }).remainingMs()).toBe(
      ANSWER_BUDGET_MS - RESPONSE_RESERVE_MS,
    );
  });

  it('earliest(other) is whichever expires first, this one without another', () => {
    const clock = fixedClock();
    const soon = Deadline.after(clock, 100);
    const later = Deadline.after(clock, 900);
    expect(later.earliest(soon)).toBe(soon);
    expect(soon.earliest(later)).toBe(soon);
    expect(soon.earliest(undefined)).toBe(soon);
  });

  it('within(ms) is whichever comes first', () => {
    const clock = fixedClock();
    const turn = Deadline.after(clock, 1000);
    expect(turn.within(300).remainingMs()).toBe(300);
    expect(turn.within(5000).remainingMs()).toBe(1000);
    clock.advance(900);
    expect(turn.within(300).remainingMs()).toBe(100);
    expect(turn.within(-5).remainingMs()).toBe(0);
  });

  describe('signal', () => {
    beforeEach(() => {
      jest.useFakeTimers();
    });
    afterEach(() => {
      jest.useRealTimers();
    });

    it('aborts when the time left at the call has passed, with a DeadlineExceededError', () => {
      const clock = { now: () => Date.now() };
      const signal = Deadline.after(clock, 500).signal();
      jest.advanceTimersByTime(499);
      expect(signal.aborted).toBe(false);
      jest.advanceTimersByTime(1);
      expect(signal.aborted).toBe(true);
      expect(signal.reason).toBeInstanceOf(DeadlineExceededError);
    });

    it('is aborted already when the deadline has passed', () => {
      const clock = fixedClock();
      const deadline = Deadline.after(clock, 10);
      clock.advance(10);
      expect(deadline.signal().aborted).toBe(true);
    });
  });
});
