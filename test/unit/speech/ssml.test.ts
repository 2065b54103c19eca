import { breakSeconds, escapeSsml, pause, ssmlViolations } from '../../../lambda/speech/ssml';

describe('ssml', () => {
  it('splits long pauses into breaks of at most 10 seconds', () => {
    expect(pause(25)).toBe('<break time="10s"/><break time="10s"/><break time="5s"/>');
    expect(breakSeconds(pause(25))).toBe(25);
    expect(pause(0)).toBe('');
  });

  it('escapes text', () => {
    expect(escapeSsml(`Tom & "Jerry" <3 it's`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;3 it&apos;s');
  });

  it('reports responses over the limits', () => {
    expect(ssmlViolations(`<speak>${'a'.repeat(8000)}</speak>`).map((v) => v.rule)).toEqual(['characters']);
    expect(ssmlViolations('<break time="11s"/>').map((v) => v.rule)).toEqual(['break']);
    expect(ssmlViolations(pause(241)).map((v) => v.rule)).toEqual(['timed']);
    expect(ssmlViolations(`hello ${pause(30)}`)).toEqual([]);
  });
});
