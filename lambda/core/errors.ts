/** Base class of the skill's own errors, so handlers can match them with `instanceof`. */
export class RunCoachError extends Error {
  override readonly name: string = 'RunCoachError';
}

/** The environment is missing something the skill cannot run without. */
export class ConfigError extends RunCoachError {
  override readonly name = 'ConfigError';
}

/** A request envelope that is not an Alexa request the skill can answer. */
export class InvalidRequestError extends RunCoachError {
  override readonly name = 'InvalidRequestError';
}

/** A disabled user's data could not be deleted: the invocation fails so an alarm reports it. */
export class UserDataNotDeletedError extends RunCoachError {
  override readonly name = 'UserDataNotDeletedError';
}

/** A locale resource key that does not exist: a programming error, caught by tests. */
export class MissingMessageError extends RunCoachError {
  override readonly name = 'MissingMessageError';
}

/** An answer whose speech would break Alexa's SSML limits: a programming error, caught by tests. */
export class SpeechLimitError extends RunCoachError {
  override readonly name = 'SpeechLimitError';
}
