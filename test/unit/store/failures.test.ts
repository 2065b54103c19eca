/**
 * How the store reads a failed DynamoDB attempt (lambda/store/dynamo/failures.ts): whether a write
 * may have landed (the user then hears "I can't confirm", not "not saved") and whether another
 * attempt is worth making. The table's tests (table.test.ts) check the same through whole calls.
 */
import { isRetryable, mayHaveLanded } from '../../../lambda/store/dynamo/failures';
import { networkError, serviceError } from './fake-dynamo';

describe('a failed attempt: may it have written?', () => {
  it('a refused connection reported only by its code (Node.js AggregateError, empty message) never reached DynamoDB', () => {
    const refused = Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' });
    expect(mayHaveLanded(refused)).toBe(false);
    expect(isRetryable(refused)).toBe(true);
  });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])(
    'a %s re-wrapped into a plain Error (only the message left) never reached DynamoDB',
    (code) => {
      expect(mayHaveLanded(new Error(`connect ${code} 10.0.0.1:443`))).toBe(false);
    },
  );

  it('a reset connection may have delivered the write, whatever its message says', () => {
    expect(mayHaveLanded(networkError('ECONNRESET', 'socket hang up'))).toBe(true);
    expect(mayHaveLanded(new Error('read ECONNRESET'))).toBe(true);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'socket closed'],
    ['an object without a message', { code: 'ECONNRESET' }],
  ])('a rejection with %s is read as a lost answer: may have landed, retried', (_label, error) => {
    expect(mayHaveLanded(error)).toBe(true);
    expect(isRetryable(error)).toBe(true);
  });

  it('an HTTP answer decides: a 5xx may have written, a 4xx did not', () => {
    expect(mayHaveLanded(serviceError('InternalServerError', 500))).toBe(true);
    expect(mayHaveLanded(serviceError('ServiceUnavailable', 503))).toBe(true);
    expect(mayHaveLanded(serviceError('ValidationException', 400))).toBe(false);
    expect(mayHaveLanded(serviceError('ThrottlingException', 400))).toBe(false);
  });
});

describe('a failed attempt: is another worth making?', () => {
  it.each([
    'ProvisionedThroughputExceededException',
    'ThrottlingException',
    'RequestLimitExceeded',
    'TransactionConflictException',
  ])('%s (HTTP 400) is retried', (name) => {
    expect(isRetryable(serviceError(name, 400))).toBe(true);
  });

  it.each([500, 503])('a server error (HTTP %i) is retried', (status) => {
    expect(isRetryable(serviceError('InternalServerError', status))).toBe(true);
  });

  it.each([
    ['ValidationException', 400],
    ['AccessDeniedException', 400],
    ['ResourceNotFoundException', 400],
    ['UnrecognizedClientException', 400],
  ] as const)('%s is not retried: it fails the same way again', (name, status) => {
    expect(isRetryable(serviceError(name, status))).toBe(false);
  });
});
