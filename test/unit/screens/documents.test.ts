/**
 * The APL documents, as sent: valid for Amazon's apl-suggester, written for the declared APL version,
 * a dark theme whose text colours reach WCAG AAA contrast, type large enough to read from across the
 * room on every viewport class, and touch buttons that send the commands the skill reads.
 */
import { aplProblems } from '../../../harness/apl';
import { SCREEN_EVENT } from '../../../lambda/core/screen';
import { APL_VERSION, DOCUMENT_NAMES, documentFor } from '../../../lambda/screens/documents';
import theme from '../../../lambda/screens/documents/theme.json';

interface ResourceBlock {
  when?: string;
  colors?: Record<string, string>;
  dimensions?: Record<string, string>;
}

const blocks = theme.resources as ResourceBlock[];
const colors: Record<string, string> = Object.assign({}, ...blocks.map((b) => b.colors ?? {})) as Record<
  string,
  string
>;

/** WCAG relative luminance of `#RRGGBB`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Every object in a JSON tree. */
function objectsIn(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(objectsIn);
  if (typeof node !== 'object' || node === null) return [];
  const object = node as Record<string, unknown>;
  return [object, ...Object.values(object).flatMap(objectsIn)];
}

describe.each(DOCUMENT_NAMES)('the %s document', (name) => {
  const document = documentFor(name);

  it('passes apl-suggester with no warning', async () => {
    expect(await aplProblems(document)).toEqual([]);
  });

  it(`is a dark APL ${APL_VERSION} document`, () => {
    expect(document).toMatchObject({ type: 'APL', version: APL_VERSION, theme: 'dark' });
  });

  it('uses only the resources and styles the theme defines', () => {
    const text = JSON.stringify(document);
    const defined = new Set(
      blocks.flatMap((b) => [...Object.keys(b.colors ?? {}), ...Object.keys(b.dimensions ?? {})]),
    );
    const used = new Set([...text.matchAll(/@(rc\w+)/g)].map((m) => m[1]));
    expect([...used].filter((r) => r && !defined.has(r))).toEqual([]);
    const styles = Object.keys(document.styles as Record<string, unknown>);
    const styled = objectsIn(document).flatMap((o) => (typeof o.style === 'string' ? [o.style] : []));
    expect(styled.filter((s) => !styles.includes(s))).toEqual([]);
  });

  it('sends ["command", <the button\'s command>] from every touch', () => {
    const events = objectsIn(document).filter((o) => o.type === 'SendEvent');
    for (const event of events) expect(event.arguments).toEqual([SCREEN_EVENT, '${data.command}']);
  });

  it('carries no descriptions (notes for readers of the files, not for devices)', () => {
    expect(objectsIn(document).filter((o) => 'description' in o)).toEqual([]);
  });
});

describe('apl-suggester, as the documents use it', () => {
  it('catches a broken document: an unknown property, a bad value, a layout that does not exist', async () => {
    const broken = structuredClone(documentFor('tip')) as { mainTemplate: { items: unknown[] } };
    broken.mainTemplate.items.push(
      { type: 'Text', text: 'x', colour: 'red' },
      { type: 'Text', text: 'x', textAlign: 'middle' },
      { type: 'RcButtonz' },
    );
    const problems = await aplProblems(broken);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        '/mainTemplate/items/1',
        '/mainTemplate/items/2/textAlign',
        '/mainTemplate/items/3/type',
      ]),
    );
  });
});

describe('the theme', () => {
  it.each([
    ['rcText', 'rcBackground'],
    ['rcText', 'rcSurface'],
    ['rcMuted', 'rcBackground'],
    ['rcMuted', 'rcSurface'],
    ['rcAccent', 'rcBackground'],
    ['rcAccent', 'rcSurface'],
    ['rcPaused', 'rcBackground'],
    ['rcPaused', 'rcSurface'],
    ['rcOnAccent', 'rcAccent'],
  ])('%s text on %s reaches WCAG AAA contrast (7:1)', (text, background) => {
    expect(contrast(colors[text] ?? '', colors[background] ?? '')).toBeGreaterThanOrEqual(7);
  });

  it('lays out each viewport class: medium hubs by default, short and large hubs, TV and round hubs', () => {
    expect(blocks.map((b) => b.when ?? 'default')).toEqual([
      'default',
      'default',
      "${viewport.shape == 'rectangle' && viewport.height < 600}",
      '${viewport.width >= 1280}',
      "${viewport.mode == 'tv'}",
      "${viewport.shape == 'round'}",
    ]);
  });

  const sized = blocks.filter((b) => b.dimensions);
  const sizes = (key: string) =>
    sized.flatMap((b) =>
      b.dimensions?.[key] ? [[b.when ?? 'medium hubs', parseFloat(b.dimensions[key])] as const] : [],
    );

  it.each(['rcLabelSize', 'rcBodySize', 'rcButtonTextSize'])(
    '%s is at least 24 dp on round hubs and TVs, 28 dp on landscape hubs',
    (key) => {
      const small = sizes(key).filter(([when, size]) => size < (/round|tv/.test(when) ? 24 : 28));
      expect(small).toEqual([]);
    },
  );

  it('shows the move at 36 dp or more and the countdown at 96 dp or more, on every class', () => {
    for (const [, size] of sizes('rcNameSize')) expect(size).toBeGreaterThanOrEqual(36);
    for (const [, size] of sizes('rcCountSize')) expect(size).toBeGreaterThanOrEqual(96);
  });
});
