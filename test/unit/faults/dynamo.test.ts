import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../../lambda/store/dynamo';
import { profileKey } from '../../../lambda/store/keys';
import {
  ensureTable,
  freePort,
  LOCAL_CLIENT_CONFIG,
  startDynalite,
  type LocalDynamo,
} from '../../../tools/local/dynamo';
import {
  startDynamoProxy,
  startFailingDynamo,
  type DynamoFailure,
  type LoopbackServer,
} from '../../../tools/local/loopback';
import { launchRequest } from '../../helpers/envelopes';
import { spoken } from '../../helpers/skill';
import {
  claimsSaved,
  envelopeOf,
  FAULT_TABLE,
  FAULT_TEST_TIMEOUT_MS,
  FAULT_TURNS,
  faultySkill,
  isPlainAnswer,
  settleWithin,
} from './harness';

const DISCLAIMER = /isn't medical advice/;

describe.each<[string, DynamoFailure | 'closed port']>([
  ['unreachable (closed port)', 'closed port'],
  ['throttling (ProvisionedThroughputExceededException)', { kind: 'throttle' }],
  ['failing (HTTP 500)', { kind: 'server-error' }],
  ['answering slower than the per-attempt timeout', { kind: 'slow', delayMs: 5000 }],
  ['never answering', { kind: 'hang' }],
])('DynamoDB %s', (_label, failure) => {
  let server: LoopbackServer | undefined;
  let endpoint = '';
  beforeAll(async () => {
    if (failure === 'closed port') endpoint = `http://127.0.0.1:${await freePort()}`;
    else {
      server = await startFailingDynamo(failure);
      endpoint = server.endpoint;
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each(FAULT_TURNS)(
    'the %s turn answers plainly within 8 seconds and claims no save',
    async (_name, turn) => {
      const skill = faultySkill({ dynamoEndpoint: endpoint });
      const outcome = await settleWithin(skill.send(envelopeOf(turn)));
      skill.destroy();
      expect(outcome.state).toBe('answered');
      const response = outcome.state === 'answered' ? outcome.value : undefined;
      expect(response && isPlainAnswer(response)).toBe(true);
      expect(response && claimsSaved(response)).toBe(false);
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it(
    'a launch still welcomes the user, with the disclaimer since it cannot tell a first visit',
    async () => {
      const skill = faultySkill({ dynamoEndpoint: endpoint });
      const outcome = await settleWithin(skill.send(launchRequest()));
      skill.destroy();
      expect(outcome.state === 'answered' ? spoken(outcome.value) : outcome.state).toMatch(DISCLAIMER);
      expect(skill.logger.entries.map((e) => e.message)).toContain('Profile unavailable at launch');
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});

describe('DynamoDB stuck on the first attempt only', () => {
  it(
    'abandons the stuck attempt at the per-attempt timeout and retries, so the launch knows the profile',
    async () => {
      const server = await startFailingDynamo({ kind: 'hang-first' });
      const skill = faultySkill({ dynamoEndpoint: server.endpoint });
      const outcome = await settleWithin(skill.send(launchRequest()));
      skill.destroy();
      await server.stop();
      expect(outcome.state).toBe('answered');
      expect(skill.logger.entries.map((e) => e.message)).not.toContain('Profile unavailable at launch');
      expect(server.requests).toBe(2);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});

describe('DynamoDB failing after the write (the write lands, the response is lost)', () => {
  let backend: LocalDynamo;
  let proxy: LoopbackServer;
  beforeAll(async () => {
    backend = await startDynalite();
    await ensureTable(backend.endpoint, FAULT_TABLE);
    proxy = await startDynamoProxy(backend.endpoint, { mode: 'lose-response' });
  });
  afterAll(async () => {
    await proxy.stop();
    await backend.stop();
  });

  it.each(FAULT_TURNS)(
    'the %s turn answers plainly within 8 seconds and claims no save',
    async (_name, turn) => {
      const skill = faultySkill({ dynamoEndpoint: proxy.endpoint });
      const outcome = await settleWithin(skill.send(envelopeOf(turn)));
      skill.destroy();
      const response = outcome.state === 'answered' ? outcome.value : undefined;
      expect(response && isPlainAnswer(response)).toBe(true);
      expect(response && claimsSaved(response)).toBe(false);
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it(
    'a launch whose write landed but whose answer was lost still welcomes the user, and the profile exists',
    async () => {
      const userId = `amzn1.ask.account.LOST-${process.pid}`;
      const skill = faultySkill({ dynamoEndpoint: proxy.endpoint });
      const outcome = await settleWithin(skill.send(launchRequest({ userId })));
      skill.destroy();
      expect(outcome.state === 'answered' ? spoken(outcome.value) : outcome.state).toMatch(DISCLAIMER);
      const direct = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint: backend.endpoint });
      const item = await direct.send(new GetCommand({ TableName: FAULT_TABLE, Key: profileKey(userId) }));
      direct.destroy();
      expect(item.Item?.firstSeenAt).toEqual(expect.any(String));
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});

describe('DynamoDB losing the answer to the first write only (the SDK retries it)', () => {
  let backend: LocalDynamo;
  beforeAll(async () => {
    backend = await startDynalite();
    await ensureTable(backend.endpoint, FAULT_TABLE);
  });
  afterAll(async () => {
    await backend.stop();
  });

  it(
    "a first launch still carries the disclaimer (the retry finds this launch's own write) and counts once",
    async () => {
      const proxy = await startDynamoProxy(backend.endpoint, { mode: 'lose-first-response' });
      const userId = `amzn1.ask.account.RETRIED-${process.pid}`;
      const skill = faultySkill({ dynamoEndpoint: proxy.endpoint });
      const outcome = await settleWithin(skill.send(launchRequest({ userId })));
      skill.destroy();
      await proxy.stop();
      expect(proxy.counts()).toEqual({ UpdateItem: 2 });
      expect(outcome.state === 'answered' ? spoken(outcome.value) : outcome.state).toMatch(DISCLAIMER);
      const direct = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint: backend.endpoint });
      const item = await direct.send(new GetCommand({ TableName: FAULT_TABLE, Key: profileKey(userId) }));
      direct.destroy();
      expect(item.Item?.launchCount).toBe(1);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
