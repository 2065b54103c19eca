/**
 * The console's reading of a screen: the one line it prints for an APL RenderDocument (what the
 * document shows when the response starts), and the touch buttons a tap can press. It reads the
 * datasource the device would bind (lambda/screens/datasources.ts), so it shows what the device shows.
 */
import type { Directive } from 'ask-sdk-model';
import { isRecord } from '../../lambda/core/request';
import { isScreenCommand, type ScreenButton } from '../../lambda/core/screen';
import type { RoutineSource, TipSource, WeekSource } from '../../lambda/screens/datasources';

/** The screen a response put up: the one-line rendering and its buttons. */
export interface ShownScreen {
  line: string;
  buttons: ScreenButton[];
  /** The document's presentation token, which a tap's `UserEvent` carries back. */
  token: string;
}

const SEPARATOR = ' · ';

/** "Step 2 of 6" → "step 2 of 6", for the middle of a line. */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** Milliseconds as the countdown shows them, rounded up to the second: 40 000 → "0:40". */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function routineLine(routine: RoutineSource): string {
  const step = routine.steps.find((s) => s.showFrom <= 0 && 0 < s.showUntil);
  if (!step || routine.after.showFrom <= 0)
    return [routine.badge, routine.title, routine.after.title].filter(Boolean).join(SEPARATOR);
  return [
    routine.badge,
    step.name,
    step.dose,
    `${clockText(step.length)} ${routine.left}`,
    lowerFirst(step.counter),
    lowerFirst(step.next),
  ]
    .filter(Boolean)
    .join(SEPARATOR);
}

function weekLine(week: WeekSource): string {
  const rest = week.days.filter((d) => d.rest).map((d) => d.weekday);
  const today = week.days.find((d) => d.today)?.weekday;
  return [
    week.title,
    `rest: ${rest.length ? rest.join(', ') : '–'}`,
    ...(today ? [`today: ${today}`] : []),
    week.summary,
    ...(week.badge ? [lowerFirst(week.badge)] : []),
  ].join(SEPARATOR);
}

function tipLine(tip: TipSource): string {
  return [tip.kicker, tip.title, tip.text].join(SEPARATOR);
}

function buttonsOf(source: Record<string, unknown>): ScreenButton[] {
  const list = Array.isArray(source.buttons) ? (source.buttons as unknown[]) : [];
  return list.flatMap((b) =>
    isRecord(b) && isScreenCommand(b.command) && typeof b.label === 'string'
      ? [{ command: b.command, label: b.label }]
      : [],
  );
}

/** What a response's APL directive shows, or `undefined` when it renders no document. */
export function shownScreen(directives: readonly Directive[] | undefined): ShownScreen | undefined {
  const render = (directives ?? []).find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
  const sources: unknown = render && 'datasources' in render ? render.datasources : undefined;
  if (!isRecord(sources)) return undefined;
  const [view, source] = Object.entries(sources)[0] ?? [];
  if (!isRecord(source)) return undefined;
  const line =
    view === 'routine'
      ? routineLine(source as unknown as RoutineSource)
      : view === 'week'
        ? weekLine(source as unknown as WeekSource)
        : view === 'tip'
          ? tipLine(source as unknown as TipSource)
          : `${String(view)} (no text rendering)`;
  const buttons = buttonsOf(source);
  const labels = buttons.map((b) => `[${b.label}]`).join(' ');
  const token = render && 'token' in render && typeof render.token === 'string' ? render.token : '';
  return { line: labels ? `${line}${SEPARATOR}${labels}` : line, buttons, token };
}
