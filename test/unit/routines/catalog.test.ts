import { ROUTINE_IDS, ROUTINES, stepsOf, totalSeconds } from '../../../lambda/routines/catalog';

const lengths = ['quick', 'full'] as const;
const cases = ROUTINES.flatMap((r) => lengths.map((length) => [r.id, length] as const));

function sentences(text: string): number {
  return text.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0).length;
}

describe('the routine catalog', () => {
  it('has three warm-ups and four cool-downs, the whole one first', () => {
    expect(ROUTINES.map((r) => r.id)).toEqual([...ROUTINE_IDS]);
    expect(ROUTINES.filter((r) => r.kind === 'warmup').map((r) => r.style)).toEqual([
      'walk',
      'aerobic',
      'yoga',
    ]);
    expect(ROUTINES.filter((r) => r.kind === 'cooldown').map((r) => r.style)).toEqual([
      'complete',
      'walk',
      'stretch',
      'yoga',
    ]);
  });

  it.each(cases)('%s %s lasts about 5 (quick) or 10 (full) minutes', (id, length) => {
    const seconds = totalSeconds(stepsOf(id, length));
    expect(Math.abs(seconds - (length === 'quick' ? 300 : 600))).toBeLessThanOrEqual(60);
  });

  it.each(cases)('%s %s: every step is complete, short, and fits one response', (id, length) => {
    const steps = stepsOf(id, length);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    expect(new Set(steps.map((s) => s.instruction)).size).toBe(steps.length);
    for (const step of steps) {
      expect(step.id).toMatch(/^[a-z-]+$/);
      expect(step.name.length).toBeGreaterThan(0);
      expect(sentences(step.instruction)).toBeGreaterThanOrEqual(1);
      expect(sentences(step.instruction)).toBeLessThanOrEqual(2);
      expect(step.instruction.length).toBeLessThanOrEqual(130);
      expect(sentences(step.backSafety)).toBe(1);
      expect(sentences(step.goodFor)).toBe(1);
      expect(step.seconds).toBeGreaterThanOrEqual(25);
      expect(step.seconds).toBeLessThanOrEqual(180);
    }
    expect(steps.every((s) => (s.count?.times ?? 1) > 0)).toBe(true);
    expect(steps.every((s) => sentences(s.easier?.instruction ?? 'Fine.') <= 2)).toBe(true);
  });

  it('the walk warm-up starts with a 2 to 3 minute walk and builds to a jog', () => {
    for (const length of lengths) {
      const steps = stepsOf('warmup.walk', length);
      expect(steps[0]?.id).toBe('easy-walk');
      expect(steps[0]?.seconds).toBeGreaterThanOrEqual(120);
      expect(steps[0]?.seconds).toBeLessThanOrEqual(180);
      expect(steps.map((s) => s.id)).toContain('easy-jog');
      expect(steps.map((s) => s.id)).toContain('brace-walk');
    }
  });

  it('the aerobic warm-up has jumping jacks, skipping and burpees, each with an easier version', () => {
    for (const length of lengths) {
      const steps = stepsOf('warmup.aerobic', length);
      for (const id of ['jumping-jacks', 'rope-skip', 'burpees']) {
        expect(steps.find((s) => s.id === id)?.easier).toBeDefined();
      }
    }
  });

  it('the walk cool-down goes jog, trot, then walks 2 to 3 minutes', () => {
    for (const length of lengths) {
      const ids = stepsOf('cooldown.walk', length).map((s) => s.id);
      expect(ids.indexOf('ease-to-jog')).toBeLessThan(ids.indexOf('slow-trot'));
      expect(ids.indexOf('slow-trot')).toBeLessThan(ids.indexOf('recovery-walk'));
      const walk = stepsOf('cooldown.walk', length).find((s) => s.id === 'recovery-walk');
      expect(walk?.seconds).toBeGreaterThanOrEqual(120);
      expect(walk?.seconds).toBeLessThanOrEqual(180);
    }
  });

  it('the stretch cool-down stretches the back as well as the legs', () => {
    for (const length of lengths) {
      const ids = stepsOf('cooldown.stretch', length).map((s) => s.id);
      expect(ids).toEqual(expect.arrayContaining(['calf-stretch', 'hamstring-stretch', 'quad-stretch']));
      expect(ids).toEqual(expect.arrayContaining(['knees-to-chest', 'lying-twist', 'childs-pose']));
    }
  });

  it('speaks to every English locale: no word that one region says differently', () => {
    // The catalog is data spoken in en-US, en-GB, en-CA, en-AU and en-IN alike.
    const regional =
      /\b(towards?|backwards?|sneakers?|trainers?|physical therapist|physio|programm?e?|favou?rite|colou?r|cent(er|re)|pants|trousers)\b/i;
    const texts = cases.flatMap(([id, length]) =>
      stepsOf(id, length).flatMap((step) => [
        step.name,
        step.instruction,
        step.backSafety,
        step.goodFor,
        ...(step.easier ? Object.values(step.easier).filter((v): v is string => typeof v === 'string') : []),
      ]),
    );
    expect(texts.filter((text) => regional.test(text))).toEqual([]);
  });
});
