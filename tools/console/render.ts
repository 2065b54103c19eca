/**
 * Prints what Alexa would say and show: readable speech, reprompt, the screen in one line, card,
 * directives, session state.
 */
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { speechText } from '../../harness/speech';
import type { ResolvedIntent } from './resolver';
import { shownScreen, type ShownScreen } from './screen';

/** The user-visible parts of one response. */
export interface RenderedResponse {
  speech: string;
  reprompt: string;
  card?: string;
  directives: string[];
  /** What the screen shows, when the response renders an APL document. */
  screen?: ShownScreen;
  sessionOpen: boolean;
}

function cardText(card: ui.Card | undefined): string | undefined {
  if (!card) return undefined;
  switch (card.type) {
    case 'Simple':
      return `${card.title ?? ''}: ${card.content ?? ''}`;
    case 'Standard':
      return `${card.title ?? ''}: ${card.text ?? ''}`;
    default:
      return card.type;
  }
}

/** Reads a response envelope into {@link RenderedResponse}. */
export function readResponse(envelope: ResponseEnvelope): RenderedResponse {
  const response = envelope.response;
  const card = cardText(response.card);
  const screen = shownScreen(response.directives);
  return {
    speech: speechText(response.outputSpeech),
    reprompt: speechText(response.reprompt?.outputSpeech),
    ...(card === undefined ? {} : { card }),
    ...(screen === undefined ? {} : { screen }),
    directives: (response.directives ?? []).map((d) => d.type),
    sessionOpen: response.shouldEndSession === false,
  };
}

/** Terminal styling; all identity when colour is off. */
export interface Style {
  dim(text: string): string;
  bold(text: string): string;
}

/** ANSI styling for terminals, or none. */
export function styleFor(color: boolean): Style {
  const wrap = (code: number) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { dim: wrap(2), bold: wrap(1) };
}

/** One dim line: the intent an utterance resolved to, its slots and their entity resolution. */
export function describeIntent(intent: ResolvedIntent, oneShot = false): string {
  const slots = intent.slots
    .filter((slot) => slot.filled)
    .map((slot) => {
      const filled = slot.filled;
      if (!filled) return '';
      const er = filled.resolution
        ? filled.resolution.code === 'ER_SUCCESS_MATCH'
          ? ` (ER_SUCCESS_MATCH ${filled.resolution.id ?? ''} "${filled.resolution.name ?? ''}")`
          : ' (ER_SUCCESS_NO_MATCH)'
        : '';
      return `${slot.name}=${JSON.stringify(filled.value)}${er}`;
    });
  const near = intent.nearest?.length
    ? `  nearest: ${intent.nearest.map((n) => `${n.intent} ${n.score.toFixed(2)}`).join(', ')}`
    : '';
  return `${oneShot ? 'one-shot ' : ''}${intent.name}${slots.length ? ` ${slots.join(' ')}` : ''}${near}`;
}

/** The lines the console prints for one response. */
export function renderResponse(rendered: RenderedResponse, style: Style): string[] {
  const lines = [`${style.bold('Alexa:')} ${rendered.speech || style.dim('(says nothing)')}`];
  if (rendered.reprompt) lines.push(`${style.dim('reprompt:')} ${rendered.reprompt}`);
  if (rendered.screen) lines.push(`${style.dim('[screen]')} ${rendered.screen.line}`);
  if (rendered.card) lines.push(`${style.dim('card:')} ${rendered.card}`);
  if (rendered.directives.length) lines.push(`${style.dim('directives:')} ${rendered.directives.join(', ')}`);
  lines.push(style.dim(rendered.sessionOpen ? '[session open]' : '[session closed]'));
  return lines;
}

/** The lines the console prints for a whole turn: the resolved intent (dim), any note, the answer. */
export function renderTurn(
  turn: {
    kind: string;
    intent?: ResolvedIntent;
    oneShot?: boolean;
    rendered: RenderedResponse;
    note?: string;
    request?: { request: { type: string } };
  },
  style: Style,
): string[] {
  const lines: string[] = [];
  if (turn.intent) lines.push(style.dim(`  ↳ ${describeIntent(turn.intent, turn.oneShot)}`));
  else if (turn.request) {
    const request = turn.request.request as { type: string; reason?: string; arguments?: unknown[] };
    const detail = request.reason
      ? ` (${request.reason})`
      : request.arguments
        ? ` ${JSON.stringify(request.arguments)}`
        : '';
    lines.push(style.dim(`  ↳ ${request.type}${detail}`));
  }
  if (turn.note) lines.push(style.dim(`  (${turn.note})`));
  if (turn.kind === 'none') return lines;
  if (turn.kind === 'reprompt') {
    lines.push(`${style.bold('Alexa (reprompt):')} ${turn.rendered.speech}`);
    return lines;
  }
  return [...lines, ...renderResponse(turn.rendered, style)];
}
