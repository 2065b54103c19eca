/**
 * Wires the real skill for the console: `createSkill` with the console's store, clock and random
 * source, the skill's own time-zone lookup talking to the local settings server, and the engine.
 */
import type { Random, SkillLogger } from '../../lambda/core/deps';
import { createTimeZoneLookup } from '../../lambda/platform/timezone';
import { recordingMetrics } from '../../lambda/core/metrics';
import { createSkill } from '../../lambda/skill';
import type { Store } from '../../lambda/store/port';
import { createEngine, type ConsoleClock, type Engine } from './engine';
import type { InteractionModel } from './model';
import type { ScreenOptions } from '../../harness/envelopes';
import { startSettingsApi, type SettingsApi } from '../../harness/loopback';

/** The console's fixed identities (the user id can be changed with `--user`). */
export const CONSOLE_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000c0de';
export const CONSOLE_USER_ID = 'amzn1.ask.account.CONSOLE-USER';
export const CONSOLE_DEVICE_ID = 'amzn1.ask.device.CONSOLE-DEVICE';

/** What a console needs. */
export interface ConsoleSetup {
  model: InteractionModel;
  store: Store;
  clock: ConsoleClock;
  timeZone: string;
  locale: string;
  userId: string;
  random: Random;
  logger: SkillLogger;
  /** The settings server's port; a free one when absent. */
  settingsPort?: number;
  /** The device's screen (harness/devices.ts); none when absent. */
  screen?: ScreenOptions | undefined;
}

/** A running console: the engine plus the settings server it owns. */
export interface RunningConsole {
  engine: Engine;
  settings: SettingsApi;
  close(): Promise<void>;
}

/** A user id as Alexa shapes them; a bare name becomes `amzn1.ask.account.<name>`. */
export function userIdFor(user: string): string {
  return user.startsWith('amzn1.') ? user : `amzn1.ask.account.${user}`;
}

/** Starts the settings server and builds the skill and the engine. */
export async function startConsole(setup: ConsoleSetup): Promise<RunningConsole> {
  const settings = await startSettingsApi(
    { kind: 'zone', zone: setup.timeZone },
    setup.settingsPort === undefined ? {} : { port: setup.settingsPort },
  );
  const { handler } = createSkill({
    store: setup.store,
    clock: setup.clock,
    random: setup.random,
    logger: setup.logger,
    timeZones: createTimeZoneLookup({ logger: setup.logger, clock: setup.clock }),
    metrics: recordingMetrics(),
    skillId: CONSOLE_SKILL_ID,
  });
  const engine = createEngine({
    model: setup.model,
    handler,
    clock: setup.clock,
    timeZone: setup.timeZone,
    device: {
      skillId: CONSOLE_SKILL_ID,
      userId: setup.userId,
      deviceId: CONSOLE_DEVICE_ID,
      apiEndpoint: settings.endpoint,
      apiAccessToken: 'console.api-access-token',
      locale: setup.locale,
      screen: setup.screen,
    },
  });
  return { engine, settings, close: () => settings.stop() };
}

/**
 * A logger that drops debug and info, and keeps warnings and errors (without their details, which
 * may be long); `sink`, when given, also receives each kept line as it happens.
 */
export function quietLogger(sink?: (line: string) => void): SkillLogger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string) => {
    const line = `skill ${level}: ${message}`;
    lines.push(line);
    sink?.(line);
  };
  return { lines, debug: () => {}, info: () => {}, warn: keep('warn'), error: keep('error') };
}
