import type { ResponseEnvelope } from 'ask-sdk-model';
import { reprompted, spoken, ssmlToText } from '../../../harness/speech';

describe('ssmlToText', () => {
  it('removes tags, shows breaks with their length and decodes entities', () => {
    expect(
      ssmlToText(
        '<speak>Lie on your back. <break time="10s"/> Now <emphasis>slowly</emphasis> stretch &amp; breathe.<break strength="strong"/></speak>',
      ),
    ).toBe('Lie on your back. [pause 10s] Now slowly stretch & breathe. [pause]');
  });

  it('shows audio clips', () => {
    expect(ssmlToText('<speak><audio src="https://x/ding.mp3"/> Go.</speak>')).toBe('[audio] Go.');
  });
});

describe('spoken and reprompted', () => {
  it('read a response as text, and nothing when there is no speech', () => {
    const response: ResponseEnvelope = {
      version: '1.0',
      response: {
        outputSpeech: { type: 'SSML', ssml: '<speak>That&apos;s time. <break time="2s"/> Ready?</speak>' },
        reprompt: { outputSpeech: { type: 'PlainText', text: 'Say yes.' } },
      },
    };
    expect(spoken(response)).toBe("That's time. [pause 2s] Ready?");
    expect(reprompted(response)).toBe('Say yes.');
    expect(spoken({ version: '1.0', response: {} })).toBe('');
  });
});
