/**
 * The APL documents, one per view, as data a designer reviews in `./documents/*.json`: each
 * document's own layouts, with the shared theme (`theme.json`: colours, type sizes per viewport
 * class, the touch buttons) merged in. Every document declares {@link APL_VERSION}.
 *
 * Viewport classes are chosen inside the documents with APL `when` conditions on the viewport's
 * properties (shape, mode, size in dp), not by separate documents: small round hubs, short and
 * medium landscape hubs, large hubs and TVs each get their own resource block (type sizes, margins),
 * and round screens their own layout.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-document.html
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-viewport-property.html
 */
import routine from './documents/routine.json';
import theme from './documents/theme.json';
import tip from './documents/tip.json';
import week from './documents/week.json';

/**
 * The APL version the documents are written for. Every feature they use (data binding to
 * `elapsedTime`, `Time.format`, `display`, `SendEvent` arguments) is older than it; a device whose
 * runtime is older gets no screen and voice only.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-latest-version.html
 */
export const APL_VERSION = '1.8';

/** The views that have a document. */
export type DocumentName = 'routine' | 'week' | 'tip';

/** An APL document, as JSON. */
export type AplDocument = Readonly<Record<string, unknown>>;

interface DocumentParts {
  readonly resources?: readonly unknown[];
  readonly styles?: Readonly<Record<string, unknown>>;
  readonly layouts?: Readonly<Record<string, unknown>>;
}

/**
 * The JSON without its `description` fields: they are notes for the reader of the files, and every
 * byte of a directive counts toward the response's size limit.
 */
function withoutDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDescriptions);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'description')
      .map(([key, child]) => [key, withoutDescriptions(child)]),
  );
}

/** A view's document with the shared theme merged in (the view's own parts win), as sent. */
function withTheme(document: DocumentParts & Readonly<Record<string, unknown>>): AplDocument {
  return withoutDescriptions({
    ...document,
    resources: [...theme.resources, ...(document.resources ?? [])],
    styles: { ...theme.styles, ...document.styles },
    layouts: { ...theme.layouts, ...document.layouts },
  }) as AplDocument;
}

const DOCUMENTS: Readonly<Record<DocumentName, AplDocument>> = {
  routine: withTheme(routine),
  week: withTheme(week),
  tip: withTheme(tip),
};

/** The complete document of a view. */
export function documentFor(name: DocumentName): AplDocument {
  return DOCUMENTS[name];
}

/** Every view's name. */
export const DOCUMENT_NAMES: readonly DocumentName[] = ['routine', 'week', 'tip'];
