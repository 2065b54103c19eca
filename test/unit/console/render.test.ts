import type { ResponseEnvelope } from 'ask-sdk-model';
import { renderDocumentFor } from '../../../lambda/screens/render';
import { tipScreen } from '../../../lambda/tips/screen';
import { readResponse, renderTurn, styleFor } from '../../../tools/console/render';

const plain = styleFor(false);

function response(partial: ResponseEnvelope['response']): ResponseEnvelope {
  return { version: '1.0', response: partial };
}

describe('the console rendering of a response', () => {
  it('prints the speech, reprompt, card, directives and that the session is open', () => {
    const rendered = readResponse(
      response({
        outputSpeech: { type: 'SSML', ssml: '<speak>Ready? <break time="3s"/> Go.</speak>' },
        reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Say go.</speak>' } },
        card: { type: 'Simple', title: 'Warm-up', content: 'Leg swings' },
        directives: [{ type: 'Dialog.Delegate' }],
        shouldEndSession: false,
      }),
    );
    expect(
      renderTurn({ kind: 'launch', rendered, request: { request: { type: 'LaunchRequest' } } }, plain),
    ).toEqual([
      '  ↳ LaunchRequest',
      'Alexa: Ready? [pause 3s] Go.',
      'reprompt: Say go.',
      'card: Warm-up: Leg swings',
      'directives: Dialog.Delegate',
      '[session open]',
    ]);
  });

  it('prints the screen in one line after the speech, when the response renders a document', () => {
    const rendered = readResponse(
      response({
        outputSpeech: { type: 'SSML', ssml: '<speak>Wear real running socks.</speak>' },
        directives: [renderDocumentFor(tipScreen('SOCKS', 'Wear real running socks.'))],
        shouldEndSession: true,
      }),
    );
    expect(renderTurn({ kind: 'intent', rendered }, plain)).toEqual([
      'Alexa: Wear real running socks.',
      '[screen] Running tip · Proper running socks · Wear real running socks. · [Next tip]',
      'directives: Alexa.Presentation.APL.RenderDocument',
      '[session closed]',
    ]);
  });

  it('says when the skill says nothing and the session is closed', () => {
    const rendered = readResponse(response({}));
    expect(renderTurn({ kind: 'silence', rendered }, plain)).toEqual([
      'Alexa: (says nothing)',
      '[session closed]',
    ]);
  });

  it('shows the resolved intent with its slots and entity resolution in a dim line', () => {
    const rendered = readResponse(response({ outputSpeech: { type: 'PlainText', text: 'Logged.' } }));
    const lines = renderTurn(
      {
        kind: 'intent',
        oneShot: true,
        rendered,
        intent: {
          name: 'StartRoutineIntent',
          slots: [
            {
              name: 'routine',
              type: 'RoutineType',
              filled: {
                name: 'routine',
                type: 'RoutineType',
                value: 'warm up',
                resolution: { code: 'ER_SUCCESS_MATCH', id: 'WARMUP', name: 'warm-up' },
              },
            },
            { name: 'minutes', type: 'AMAZON.NUMBER' },
          ],
        },
      },
      styleFor(true),
    );
    expect(lines[0]).toBe(
      '\u001b[2m  ↳ one-shot StartRoutineIntent routine="warm up" (ER_SUCCESS_MATCH WARMUP "warm-up")\u001b[0m',
    );
    expect(lines[1]).toBe('\u001b[1mAlexa:\u001b[0m Logged.');
  });

  it('shows the nearest intents of a fallback and the reprompt replayed on silence', () => {
    const rendered = { speech: 'Say warm me up.', reprompt: '', directives: [], sessionOpen: true };
    const lines = renderTurn(
      {
        kind: 'reprompt',
        rendered,
        intent: {
          name: 'AMAZON.FallbackIntent',
          slots: [],
          nearest: [{ intent: 'AMAZON.HelpIntent', score: 0.5, sample: 'help' }],
        },
      },
      plain,
    );
    expect(lines).toEqual([
      '  ↳ AMAZON.FallbackIntent  nearest: AMAZON.HelpIntent 0.50',
      'Alexa (reprompt): Say warm me up.',
    ]);
  });
});
