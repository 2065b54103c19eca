/** Starts a console for a dialog file: its config (or the defaults), an in-memory store. */
import type { Random, SkillLogger } from '../../../lambda/core/deps';
import { screenOf } from '../../../harness/devices';
import { createMemoryStore } from '../../../lambda/store/memory';
import { consoleClock } from '../engine';
import { loadModel, modelPathFor, type InteractionModel } from '../model';
import { quietLogger, startConsole, userIdFor, type RunningConsole } from '../runtime';
import type { DialogFile } from './parse';
import { DIALOG_DEFAULTS } from './run';

/** What a caller may set instead of the file's config. */
export interface DialogConsoleOptions {
  random: Random;
  logger?: SkillLogger;
  model?: InteractionModel;
}

/**
 * A console for replaying `file`: a fresh in-memory store, the clock fixed at `config.now`, the
 * device in `config.timezone` with `config.device`'s screen (none by default), the model of
 * `config.locale`.
 */
export function openDialogConsole(file: DialogFile, options: DialogConsoleOptions): Promise<RunningConsole> {
  const locale = file.config.locale ?? DIALOG_DEFAULTS.locale;
  const now = Date.parse(file.config.now ?? DIALOG_DEFAULTS.now);
  return startConsole({
    model: options.model ?? loadModel(modelPathFor(locale)),
    store: createMemoryStore(),
    clock: consoleClock(now),
    timeZone: file.config.timezone ?? DIALOG_DEFAULTS.timezone,
    locale,
    userId: userIdFor(file.config.user ?? DIALOG_DEFAULTS.user),
    random: options.random,
    logger: options.logger ?? quietLogger(),
    screen: screenOf(file.config.device ?? 'none'),
  });
}
