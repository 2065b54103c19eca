import { redact, redactingLogger, REDACTED, secretsOf } from '../../../lambda/core/redact';
import { intentRequest } from '../../../harness/envelopes';
import { recordingLogger } from '../../../harness/skill';

const envelope = intentRequest(
  'LogRestDayIntent',
  { date: { value: '2026-11-24' }, count: { value: '3' } },
  {
    userId: 'amzn1.ask.account.SECRETUSER',
    deviceId: 'amzn1.ask.device.SECRETDEVICE',
    apiAccessToken: 'secret-api-token',
    consentToken: 'secret-consent-token',
    personId: 'amzn1.ask.person.SECRETPERSON',
    sessionAttributes: { question: { kind: 'restdays.confirmRemove', data: { date: '2026-11-20' } } },
  },
);

describe('the secrets of a request', () => {
  it('are its ids, tokens, slot values and the values its pending question kept, longest first', () => {
    const secrets = secretsOf(envelope);
    expect(secrets).toEqual(
      expect.arrayContaining([
        'amzn1.ask.account.SECRETUSER',
        'amzn1.ask.device.SECRETDEVICE',
        'secret-api-token',
        'secret-consent-token',
        'amzn1.ask.person.SECRETPERSON',
        '2026-11-24',
        '3',
        '2026-11-20',
      ]),
    );
    expect(secrets.map((s) => s.length)).toEqual([...secrets.map((s) => s.length)].sort((a, b) => b - a));
  });

  it('of a session error, include its message (it may quote the user)', () => {
    const ended = {
      ...envelope,
      request: { type: 'SessionEndedRequest', error: { type: 'INVALID_RESPONSE', message: 'heard "ouch"' } },
    };
    expect(secretsOf(ended)).toContain('heard "ouch"');
  });

  it('of something that is not an envelope, are none', () => {
    expect(secretsOf(undefined)).toEqual([]);
    expect(secretsOf({ context: 'x', request: [] })).toEqual([]);
  });
});

describe('redacting', () => {
  const secrets = secretsOf(envelope);

  it('replaces a secret inside any string, in any case, however deep in records and arrays', () => {
    expect(
      redact(
        {
          key: 'USER#amzn1.ask.account.secretuser',
          days: ['on 2026-11-24'],
          n: 3,
          nested: { t: 'secret-api-token' },
        },
        secrets,
      ),
    ).toEqual({ key: `USER#${REDACTED}`, days: [`on ${REDACTED}`], n: 3, nested: { t: REDACTED } });
  });

  it('replaces a short secret only where it is the whole string', () => {
    expect(redact(['3', 'step 3 of 5'], secrets)).toEqual([REDACTED, 'step 3 of 5']);
  });

  it('keeps only the name and message of an error, redacted', () => {
    const error = new RangeError('Not a date: 2026-11-24');
    expect(redact({ error }, secrets)).toEqual({
      error: { name: 'RangeError', message: `Not a date: ${REDACTED}` },
    });
  });

  it('replaces what is nested too deep to search', () => {
    const deep = { a: { b: { c: { d: { e: { f: { g: 'amzn1.ask.account.SECRETUSER' } } } } } } };
    expect(JSON.stringify(redact(deep, secrets))).not.toContain('SECRETUSER');
  });

  it('a redacting logger passes every level on, message and extras redacted', () => {
    const logger = recordingLogger();
    const redacting = redactingLogger(logger, () => secrets);
    redacting.error('failed for amzn1.ask.device.SECRETDEVICE', { error: { message: 'quoted 2026-11-20' } });
    redacting.debug('plain');
    expect(logger.entries).toEqual([
      {
        level: 'error',
        message: `failed for ${REDACTED}`,
        extra: [{ error: { message: `quoted ${REDACTED}` } }],
      },
      { level: 'debug', message: 'plain', extra: [] },
    ]);
  });

  it('outside a turn (no secrets known) passes lines on unchanged', () => {
    const logger = recordingLogger();
    redactingLogger(logger, () => [])['info']('as is', { n: 1 });
    expect(logger.entries).toEqual([{ level: 'info', message: 'as is', extra: [{ n: 1 }] }]);
  });
});
