import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModel, modelPathFor } from '../../../tools/console/model';
import { checkPainBehaviour } from '../../../tools/nlu/behaviour';
import type { CorpusLine } from '../../../tools/nlu/corpus';
import { main } from '../../../tools/nlu/main';
import { HELDOUT_TITLE } from '../../../tools/nlu/report';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'nlu-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes a one-file corpus in `name` under the temporary root; returns its folder. */
function writeCorpus(name: string, yaml: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'lines.yaml'), yaml);
  return dir;
}

/** Writes a one-file corpus and runs the command line on it. */
async function run(yaml: string, ...args: string[]) {
  const dir = writeCorpus('corpus', yaml);
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ['--corpus', dir, ...args],
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    root,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const UNDERSTOOD = [
  'context: top',
  'groups:',
  '  - { intent: AMAZON.HelpIntent, lines: [help] }',
  '  - { intent: BackPainIntent, slots: { bodyPart: BACK, painWord: HURT }, lines: [my back hurts] }',
].join('\n');

describe('npm run nlu', () => {
  it('refuses a corpus with unknown labels, naming file and line, and evaluates nothing', async () => {
    const { code, err } = await run(
      'context: top\nlines:\n  - help\n  - { say: dance, intent: DanceIntent }\n',
    );
    expect(code).toBe(2);
    expect(err).toContain('lines.yaml:3: "help" has no intent');
    expect(err).toContain('lines.yaml:4: unknown intent DanceIntent');
  });

  it('prints the figures, writes the report to .local/nlu and passes the gate when all is understood', async () => {
    const { code, out } = await run(UNDERSTOOD);
    expect(code).toBe(0);
    expect(out).toContain('en-US: overall 100.0 % (2/2)');
    expect(out).toContain('pain through the skill: as said 100.0 % (1/1), as labelled 100.0 % (1/1)');
    expect(out).toContain('gate: passed');
    expect(readFileSync(join(root, '.local', 'nlu', 'report.md'), 'utf8')).toContain(
      '## Accuracy per intent (en-US)',
    );
    expect(JSON.parse(readFileSync(join(root, '.local', 'nlu', 'report.json'), 'utf8'))).toMatchObject({
      counts: { total: 2, pain: 1 },
    });
  });

  it('exits 1 below the gate and lists every miss with --misses', async () => {
    const missed = 'context: top\nintent: BackPainIntent\nlines: [grr spine]\n';
    const { code, out } = await run(missed, '--misses');
    expect(code).toBe(1);
    expect(out).toContain('lines.yaml:3 [top] "grr spine": BackPainIntent -> AMAZON.FallbackIntent');
    expect(out).toContain('gate: FAILED');
    expect(out).toMatch(/^pain 0\.0 % < \d+ % \(en-US\)$/m);
  });

  it('applies no gate to part of the corpus', async () => {
    const { code, out } = await run(
      `${UNDERSTOOD}\n  - { intent: AMAZON.HelpIntent, lines: [blah blah blah] }\n`,
      '--context',
      'top',
      '--file',
      'lines',
    );
    expect(code).toBe(0);
    expect(out).toContain('gate: not applied');
  });

  it('writes docs/nlu-report.md, dated and with the command, with --write-docs', async () => {
    const { code } = await run(UNDERSTOOD, '--write-docs');
    const report = readFileSync(join(root, 'docs', 'nlu-report.md'), 'utf8');
    expect(code).toBe(0);
    expect(report).toMatch(/^Generated \d{4}-\d{2}-\d{2} by `npm run nlu -- --corpus .+ --write-docs`/m);
  });

  it('reports a held-out corpus as its own block, with its misses, and gates only the main corpus', async () => {
    const heldout = writeCorpus('heldout', 'context: top\nintent: BackPainIntent\nlines: [grr spine]\n');
    const { code, out } = await run(UNDERSTOOD, '--heldout', heldout, '--misses');
    const [main, held] = out.split(HELDOUT_TITLE);
    expect(code).toBe(0);
    expect(main).toContain('en-US: overall 100.0 % (2/2)');
    expect(main).toContain('gate: passed');
    expect(held).toContain('corpus: 1 lines, 1 pain (0 severe)');
    expect(held).toContain('en-US: overall 0.0 % (0/1)');
    expect(held).toContain('lines.yaml:3 [top] "grr spine": BackPainIntent -> AMAZON.FallbackIntent');
    expect(held).toContain('en-US: fallback precision 0.0 % (0/1 lines that fell back were labelled so)');
    expect(JSON.parse(readFileSync(join(root, '.local', 'nlu', 'report.json'), 'utf8'))).toMatchObject({
      counts: { total: 2 },
      heldout: { counts: { total: 1, pain: 1 } },
    });
    const markdown = readFileSync(join(root, '.local', 'nlu', 'report.md'), 'utf8');
    expect(markdown).toContain('## Held-out corpus');
    expect(markdown).toContain('en-US: fallback precision 0.0 % (0/1');
  });

  it('skips a held-out folder that does not exist yet with a note, and still gates the main corpus', async () => {
    const { code, out } = await run(UNDERSTOOD, '--heldout', join(root, 'heldout-v3'));
    expect(code).toBe(0);
    expect(out).toContain('held-out: heldout-v3 does not exist yet, skipped');
    expect(out).not.toContain(HELDOUT_TITLE);
    expect(out).toContain('gate: passed');
  });

  it('refuses a held-out corpus with unknown labels and evaluates nothing', async () => {
    const heldout = writeCorpus('heldout', 'context: top\nlines:\n  - { say: dance, intent: DanceIntent }\n');
    const { code, err } = await run(UNDERSTOOD, '--heldout', heldout);
    expect(code).toBe(2);
    expect(err).toContain('lines.yaml:3: unknown intent DanceIntent');
  });

  it('explains a wrong option or locale', async () => {
    expect((await run(UNDERSTOOD, '--loud')).code).toBe(2);
    const { code, err } = await run(UNDERSTOOD, '--locale', 'fr-FR');
    expect([code, err]).toEqual([2, 'unknown locale fr-FR (en-US, en-GB, en-CA, en-AU, en-IN)']);
  });
});

describe('pain through the real skill', () => {
  const model = loadModel(modelPathFor('en-US'));
  const pain = (say: string, context: string, slots: Record<string, string> = {}) =>
    ({ file: 'test/nlu/p.yaml', line: 1, say, context, intents: ['BackPainIntent'], slots }) as CorpusLine;

  it('hears a pain line said mid-routine: the pain advice, the routine stopped, no offer to carry on', async () => {
    const [spoken, labelled] = await checkPainBehaviour(model, [pain('my back hurts', 'routine')], {
      locale: 'en-US',
    });
    expect([spoken?.got, spoken?.problems, labelled?.ok]).toEqual(['pain', [], true]);
  });

  it('shows a pain line the model misses mid-routine as kept routine and a carry-on offer', async () => {
    const [spoken, labelled] = await checkPainBehaviour(model, [pain('grr spine', 'routine')], {
      locale: 'en-US',
    });
    expect(spoken).toMatchObject({
      ok: false,
      got: 'other',
      problems: ['the routine is kept', 'offers to carry on (routines.continue)'],
    });
    expect(labelled?.ok).toBe(true);
  });

  it('needs the stop-and-seek-care answer for a severe pain word, at top level and as a one-shot', async () => {
    const results = await checkPainBehaviour(
      model,
      [
        pain('my leg is numb', 'top', { painWord: 'NUMB' }),
        pain('tell run coach my leg is numb', 'oneshot', { painWord: 'NUMB' }),
      ],
      { locale: 'en-US', modes: ['labelled'] },
    );
    expect(results.map((r) => [r.line.context, r.expected])).toEqual([
      ['top', 'painSevere'],
      ['oneshot', 'painSevere'],
    ]);
  });
});
