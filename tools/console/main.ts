/**
 * `npm start`: the local voice console. Type what you would say; the real skill answers in-process.
 * Bad input (flags, model, script, a busy port) prints one line and exits 2.
 */
import { createInterface } from 'node:readline';
import { parseArgs, HELP, UsageError } from './args';
import { DialogError, loadDialog, parseDuration, type DialogFile } from './dialog/parse';
import { DIALOG_DEFAULTS, ExpectationError, runDialogTest } from './dialog/run';
import { screenOf } from '../../harness/devices';
import { createMemoryStore } from '../../lambda/store/memory';
import type { Store } from '../../lambda/store/port';
import { consoleClock, type ConsoleClock, type Turn } from './engine';
import { loadModel, modelPathFor, ModelError } from './model';
import { renderTurn, styleFor } from './render';
import { CONSOLE_USER_ID, quietLogger, startConsole, userIdFor, type RunningConsole } from './runtime';
import { espeakAvailable, speak } from './speak';
import { openStore, StoreBusyError, type ConsoleStore } from './store';

const style = styleFor(process.stdout.isTTY && !process.env.NO_COLOR);
const print = (lines: string[]) => {
  for (const line of lines) process.stdout.write(`${line}\n`);
};

/** A failure the user can fix: one line, exit code 2. */
class BadInput extends Error {}

function describeStartError(error: unknown, what: string): BadInput {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'EADDRINUSE') return new BadInput(`${what}: the port is already in use`);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (/lock/i.test(message ?? ''))
    return new BadInput(`${what}: the data folder is in use (is another console running?)`);
  return new BadInput(`${what}: ${message ?? 'failed'}`);
}

/** Replays a script, each test on a console of its own (`open`: a fresh store, the clock at the start). */
async function runScript(script: DialogFile, open: () => Promise<RunningConsole>): Promise<number> {
  print([style.bold(`${script.name} (${script.path})`)]);
  for (const test of script.tests) {
    print(['', style.bold(`# ${test.name}`)]);
    const running = await open();
    try {
      await runDialogTest(running.engine, script, test, ({ said, turn }) => {
        print([`${style.bold('you>')} ${said}`, ...(turn ? renderTurn(turn, style) : [])]);
      });
    } catch (error) {
      if (!(error instanceof ExpectationError)) throw error;
      print(['', `FAILED ${error.message}`]);
      return 1;
    } finally {
      await running.close();
    }
  }
  print(['', `All ${script.tests.length} tests of ${script.path} passed.`]);
  return 0;
}

async function runPrompt(running: RunningConsole, speaking: boolean): Promise<void> {
  const interactive = process.stdin.isTTY;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  const show = async (turn: Turn) => {
    print(renderTurn(turn, style));
    if (speaking && turn.rendered.speech) await speak(turn.rendered.speech);
  };
  const prompt = () => {
    if (interactive) rl.prompt();
  };
  rl.on('SIGINT', () => {
    rl.close();
  });
  rl.setPrompt(`${style.bold('you>')} `);
  prompt();
  for await (const line of rl) {
    if (!interactive) print([`${style.bold('you>')} ${line}`]);
    const text = line.trim();
    if (text.startsWith(':')) {
      const [command, arg = ''] = text.slice(1).split(/\s+/, 2);
      const ms = parseDuration(arg);
      if (command === 'wait' && ms !== undefined) {
        running.engine.wait(ms);
        print([style.dim(`  (${arg} pass)`)]);
      } else if (command === 'tap' && arg) await show(await running.engine.tap(text.slice(4).trim()));
      else if (command === 'help') print([HELP]);
      else print([style.dim('  (console commands: :wait 30s, :tap Next, :help)')]);
    } else {
      const turn = await running.engine.say(text);
      await show(turn);
      if (turn.kind === 'exit' || (turn.kind === 'none' && /^(exit|quit)$/i.test(text))) break;
    }
    prompt();
  }
  rl.close();
  if (interactive) print(['']);
  if (running.engine.sessionOpen) await show(await running.engine.exit());
}

async function main(argv: string[]): Promise<number> {
  // The console supports Node.js 20 for local work (DESIGN.md); the SDK's notice about its future
  // Node.js 22 requirement would only clutter the conversation.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const args = parseArgs(argv);
  if (args.help) {
    print([HELP]);
    return 0;
  }
  const script = args.script ? loadDialog(args.script) : undefined;
  const locale = argv.some((a) => a.startsWith('--locale'))
    ? args.locale
    : (script?.config.locale ?? args.locale);
  const model = loadModel(args.model ?? modelPathFor(locale));
  const timeZone =
    args.timezone ??
    script?.config.timezone ??
    (script ? DIALOG_DEFAULTS.timezone : Intl.DateTimeFormat().resolvedOptions().timeZone);
  const nowText = script?.config.now ?? (script ? DIALOG_DEFAULTS.now : undefined);
  const start = args.now ?? (nowText === undefined ? undefined : Date.parse(nowText));
  const user = args.user ?? script?.config.user ?? (script ? DIALOG_DEFAULTS.user : CONSOLE_USER_ID);
  const device = args.screen ?? script?.config.device ?? 'none';
  const logger = quietLogger((line) => {
    process.stderr.write(`${style.dim(line)}\n`);
  });
  const open = async (store: Store, clock: ConsoleClock): Promise<RunningConsole> => {
    try {
      return await startConsole({
        model,
        store,
        clock,
        timeZone,
        locale,
        userId: userIdFor(user),
        random: Math.random,
        logger,
        screen: screenOf(device),
        ...(args.port ? { settingsPort: args.port } : {}),
      });
    } catch (error) {
      throw describeStartError(
        error,
        `cannot start the local Settings API${args.port ? ` on port ${args.port}` : ''}`,
      );
    }
  };
  // Scripts run each test on a fresh in-memory store, repeatable and apart from the saved data.
  if (script)
    return runScript({ ...script, config: { ...script.config, locale } }, () =>
      open(createMemoryStore(), consoleClock(start)),
    );
  let store: ConsoleStore;
  try {
    store = await openStore({
      memory: args.memory,
      table: args.table,
      endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB,
    });
  } catch (error) {
    if (error instanceof StoreBusyError) throw new BadInput(error.message);
    throw describeStartError(error, 'cannot open the DynamoDB store');
  }
  const clock = consoleClock(start);
  let running: RunningConsole;
  try {
    running = await open(store.store, clock);
  } catch (error) {
    await store.close();
    throw error;
  }
  try {
    const speaking = args.speak && espeakAvailable();
    print([
      style.bold(
        `Run Coach console (${locale}). Say "open ${model.invocationName}"; "exit" or Ctrl-D leaves; :help for more.`,
      ),
      style.dim(`data: ${store.description}`),
      style.dim(
        `time zone: ${timeZone}; clock: ${args.now === undefined ? 'this machine' : new Date(clock.now()).toISOString()}`,
      ),
      style.dim(
        device === 'none'
          ? 'device: no screen (voice only; --screen echo-show-8 shows the screen)'
          : `device: ${device} (its screen is printed as [screen]; :tap LABEL presses a button)`,
      ),
      ...(args.speak && !speaking
        ? ['--speak: espeak-ng is not installed, so answers are only printed (apt-get install espeak-ng).']
        : []),
    ]);
    await runPrompt(running, speaking);
    return 0;
  } finally {
    await running.close();
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known =
      error instanceof UsageError ||
      error instanceof ModelError ||
      error instanceof DialogError ||
      error instanceof BadInput;
    process.stderr.write(
      `run-coach console: ${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = known ? 2 : 1;
  },
);
