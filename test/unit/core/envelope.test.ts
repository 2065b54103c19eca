import { InvalidRequestError } from '../../../lambda/core/errors';
import { launchRequest, intentRequest } from '../../helpers/envelopes';
import { skillUnderTest } from '../../helpers/skill';

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
      'an intent without a name',
      { ...intentRequest('X'), request: { ...intentRequest('X').request, intent: {} } },
    ],
  ])('refuses %s with an InvalidRequestError', async (_label, event) => {
    await expect(send(event as never)).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('answers an unknown locale in US English', async () => {
    const response = await send(launchRequest({ locale: 'xx-YY' }));
    expect(response.response.outputSpeech).toBeDefined();
  });
});
