/**
 * A turn's deadline: the instant by which the skill must have its answer ready, read from the
 * injected clock. Every store call of a turn gets the same deadline, so no attempt, retry or
 * second call can run past it, whatever happened before it in the turn.
 */
import type { Clock } from './deps';
import { RunCoachError } from './errors';

/**
 * What the skill allows itself per turn, everything included (Settings API, store calls, building
 * the response): Alexa drops a skill that has not answered within 8 s, so 6.5 s leaves 1.5 s for
 * Alexa's side of the round trip and the Lambda's own start.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/handle-requests-sent-by-alexa.html
 */
export const ANSWER_BUDGET_MS = 6500;

/**
 * Kept back from the Lambda's remaining time (`context.getRemainingTimeInMillis()`): the time to
 * build the response and return it before the function timeout (7 s today, infra/skill-function.ts)
 * cuts the invocation off, which Alexa would hear as no answer at all.
 */
export const LAMBDA_MARGIN_MS = 500;

/**
 * Kept back from {@link ANSWER_BUDGET_MS} for what follows the turn's last call: the answer
 * interceptors, phrasing and rendering the response. With every call of a turn ending at the turn's
 * deadline, the response is ready by the answer budget, not a few milliseconds after it.
 */
export const RESPONSE_RESERVE_MS = 200;

/** The Lambda context's one method the deadline reads. */
interface RemainingTime {
  getRemainingTimeInMillis(): number;
}

function hasRemainingTime(context: unknown): context is RemainingTime {
  return (
    typeof context === 'object' &&
    context !== null &&
    typeof (context as Partial<RemainingTime>).getRemainingTimeInMillis === 'function'
  );
}

/** An absolute expiry on an injected clock. Immutable; {@link Deadline.within} makes a shorter one. */
export class Deadline {
  private constructor(
    private readonly clock: Clock,
    /** Milliseconds since the epoch, on `clock`, when the time is up. */
    readonly expiresAt: number,
  ) {}

  /** A deadline `ms` from now. */
  static after(clock: Clock, ms: number): Deadline {
    return new Deadline(clock, clock.now() + Math.max(0, ms));
  }

  /**
   * A turn's deadline from the Lambda's remaining time: `remainingMs - marginMs`, and never more
   * than `budgetMs` (a longer function timeout must not outlast Alexa's patience).
   */
  static fromRemainingTime(
    clock: Clock,
    remainingMs: number,
    {
      marginMs = LAMBDA_MARGIN_MS,
      budgetMs = ANSWER_BUDGET_MS,
    }: { marginMs?: number; budgetMs?: number } = {},
  ): Deadline {
    return Deadline.after(clock, Math.min(remainingMs - marginMs, budgetMs));
  }

  /**
   * The deadline of an invocation: from `context.getRemainingTimeInMillis()` when the context has it
   * (AWS Lambda), else the configured budget (the console, tests, other hosts).
   */
  static forInvocation(clock: Clock, context: unknown, budgetMs: number = ANSWER_BUDGET_MS): Deadline {
    return hasRemainingTime(context)
      ? Deadline.fromRemainingTime(clock, context.getRemainingTimeInMillis(), { budgetMs })
      : Deadline.after(clock, budgetMs);
  }

  /**
   * The deadline of one turn's calls (store, Settings API): the invocation's deadline
   * ({@link Deadline.forInvocation}) with {@link RESPONSE_RESERVE_MS} kept back from the budget for
   * building the response. A Lambda context's remaining time already has its margin for that.
   */
  static forTurn(clock: Clock, context: unknown, budgetMs: number = ANSWER_BUDGET_MS): Deadline {
    return Deadline.forInvocation(clock, context, budgetMs - RESPONSE_RESERVE_MS);
  }

  /** The earlier of this deadline and `other` (a caller's own deadline inside a turn's). */
  earliest(other: Deadline | undefined): Deadline {
    return other && other.expiresAt < this.expiresAt ? other : this;
  }

  /** Milliseconds left, never negative. */
  remainingMs(): number {
    return Math.max(0, this.expiresAt - this.clock.now());
  }

  /** Whether the time is up. */
  get expired(): boolean {
    return this.remainingMs() === 0;
  }

  /** This deadline or `ms` from now, whichever comes first (e.g. one call's budget inside a turn). */
  within(ms: number): Deadline {
    return new Deadline(this.clock, Math.min(this.expiresAt, this.clock.now() + Math.max(0, ms)));
  }

  /**
   * A signal that aborts when the time is up: already aborted if it is, else after the time left
   * now (measured by a timer from this call on, which does not keep the process alive).
   */
  signal(): AbortSignal {
    const controller = new AbortController();
    const left = this.remainingMs();
    if (left === 0) {
      controller.abort(new DeadlineExceededError());
      return controller.signal;
    }
    const timer = setTimeout(() => {
      controller.abort(new DeadlineExceededError());
    }, left);
    timer.unref();
    return controller.signal;
  }
}

/** The reason of a {@link Deadline.signal} abort. */
export class DeadlineExceededError extends RunCoachError {
  override readonly name = 'DeadlineExceededError';
  constructor() {
    super('The deadline passed');
  }
}
