import { InvalidRequestError } from '../../../lambda/core/errors';
import { ECHO_SHOW, launchRequest, intentRequest, userEvent } from '../../../harness/envelopes';
import { skillUnderTest } from '../../../harness/skill';

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { next: value };
  return value;
}

describe('request envelope validation', () => {
  const send = skillUnderTest();

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'hello'],
    ['an empty object', {}],
    ['no request', { ...launchRequest(), request: undefined }],
    ['no context', { ...launchRequest(), context: undefined }],
    ['no user', { ...launchRequest(), context: { System: { application: { applicationId: 'x' } } } }],
    [
      'a bad timestamp',
      { ...launchRequest(), request: { ...launchRequest().request, timestamp: 'yesterday' } },
    ],
    ['session attributes that are a list', { ...launchRequest(), session: { new: false, attributes: [] } }],
    [
      'session attributes nested 10,000 deep (the ASK SDK would overflow the stack copying them)',
      launchRequest({ sessionAttributes: { routine: deeplyNested(10_000) } }),
    ],
    [
      'an intent without a name',
      { ...intentRequest('X'), request: { ...intentRequest('X').request, intent: {} } },
    ],
    [
      'a user event whose arguments are not a list',
      { ...userEvent([]), request: { ...userEvent([]).request, arguments: 'next' } },
    ],
    [
      'a user event whose token is not text',
      { ...userEvent([]), request: { ...userEvent([]).request, token: 7 } },
    ],
    [
      'a user event whose source is not an object',
      { ...userEvent([]), request: { ...userEvent([]).request, source: ['TouchWrapper'] } },
    ],
    ['a user event with arguments nested 10,000 deep', userEvent([deeplyNested(10_000)])],
  ])('refuses %s with an InvalidRequestError', async (_label, event) => {
    await expect(send(event as never)).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('answers session attributes nested as deep as its own slices could ever be', async () => {
    const response = await send(launchRequest({ sessionAttributes: { routine: deeplyNested(20) } }));
    expect(response.response.outputSpeech).toBeDefined();
  });

  it('answers a touch on a screen button (an APL UserEvent)', async () => {
    const response = await send(userEvent(['command', 'next'], { screen: ECHO_SHOW, sessionAttributes: {} }));
    expect(response.response.outputSpeech).toBeDefined();
  });

  it('answers an unknown locale in US English', async () => {
    const response = await send(launchRequest({ locale: 'xx-YY' }));
    expect(response.response.outputSpeech).toBeDefined();
  });
});
