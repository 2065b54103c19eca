import { silent, type AnswerHandler } from '../../core/answer';
import { Deadline } from '../../core/deadline';
import type { SkillDeps } from '../../core/deps';
import { UserDataNotDeletedError } from '../../core/errors';
import { isRequest } from '../../core/predicates';
import { persistenceStatusOf, userIdOf } from '../../core/request';
import { StoreUnavailableError } from '../../store/errors';

/**
 * `AlexaSkillEvent.SkillDisabled`: when the user's data is NOT_PERSISTED (they chose not to keep it,
 * or the skill cannot keep it), the user is erased: every item is deleted, and the store refuses
 * anything more of them, even from requests still in flight (lambda/store/dynamo/erase.ts);
 * PERSISTED keeps it. The event arrives out of session through the manifest's `SKILL_DISABLED`
 * subscription and takes no speech, so the deletion may use the whole invocation (its deadline
 * comes from the Lambda's remaining time). If it fails, the invocation fails with
 * {@link UserDataNotDeletedError} (the error handler leaves skill events alone), so the stack's Lambda
 * error alarm reports it.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/skill-events-in-alexa-skills.html
 */
export function skillDisabledHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isRequest('AlexaSkillEvent.SkillDisabled'),
    async handle(input) {
      const status = persistenceStatusOf(input);
      if (status !== 'NOT_PERSISTED') {
        deps.logger.info('Skill disabled; user data kept', { status });
        return silent();
      }
      try {
        const deadline = Deadline.forInvocation(deps.clock, input.context);
        const deleted = await deps.store.activity.deleteUser(userIdOf(input), { deadline });
        deps.metrics.count('UserDataErased');
        deps.logger.info('Skill disabled; user data deleted', { deleted });
      } catch (error) {
        if (!(error instanceof StoreUnavailableError)) throw error;
        deps.logger.error('Skill disabled; user data NOT deleted', { operation: error.operation });
        // Failing the invocation makes the function's error alarm fire, so an operator finishes the job.
        throw new UserDataNotDeletedError("The disabled user's data could not be deleted", { cause: error });
      }
      return silent();
    },
  };
}
