import { GetCommand } from '../../../lambda/store/dynamo';
import { createDocumentClient } from '../../../lambda/store/dynamo';
import { profileKey } from '../../../lambda/store/keys';
import { ensureTable, LOCAL_CLIENT_CONFIG, startDynalite, type LocalDynamo } from '../../../harness/dynamo';
import { startDynamoProxy, type LoopbackServer } from '../../../harness/loopback';
import { launchRequest } from '../../../harness/envelopes';
import { spoken } from '../../../harness/speech';
import {
  envelopeOf,
  FAULT_TABLE,
  FAULT_TEST_TIMEOUT_MS,
  FAULT_TURNS,
  faultySkill,
  freshContext,
  expectPlainAnswerClaimingNoSave,
  LOG_TURN,
  restDayVerdict,
  settleWithin,
  storedDays,
} from './faulty-skill';
import { pastDay } from '../../../harness/turns';

import { DISCLAIMER, describeFailingDynamo } from './failing-dynamo';

describeFailingDynamo([
  ['unreachable (closed port)', 'closed port'],
  ['throttling (ProvisionedThroughputExceededException)', { kind: 'throttle' }],
  ['failing (HTTP 500)', { kind: 'server-error' }],
]);

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
      await expectPlainAnswerClaimingNoSave(turn, { dynamoEndpoint: proxy.endpoint });
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it(
    'logging a rest day: the write landed, so the answer may not say "not saved"; it cannot confirm, and says so',
    async () => {
      const context = freshContext();
      const skill = faultySkill({ dynamoEndpoint: proxy.endpoint });
      const outcome = await settleWithin(skill.send(await envelopeOf(LOG_TURN, skill.send, context)));
      skill.destroy();
      expect(outcome.state === 'answered' ? restDayVerdict(outcome.value) : outcome.state).toBe(
        'unconfirmed',
      );
      expect(await storedDays(backend.endpoint, context.userId)).toEqual([pastDay(context)]);
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

describe('DynamoDB losing the answer to the first write only (the store retries it)', () => {
  let backend: LocalDynamo;
  beforeAll(async () => {
    backend = await startDynalite();
    await ensureTable(backend.endpoint, FAULT_TABLE);
  });
  afterAll(async () => {
    await backend.stop();
  });

  it(
    'logging a rest day says it is logged (the store holds it, once), never that it was not saved',
    async () => {
      const proxy = await startDynamoProxy(backend.endpoint, { mode: 'lose-first-response' });
      const context = freshContext();
      const skill = faultySkill({ dynamoEndpoint: proxy.endpoint });
      const outcome = await settleWithin(skill.send(await envelopeOf(LOG_TURN, skill.send, context)));
      skill.destroy();
      await proxy.stop();
      // The put and its retry, whose condition holds for the day its own request id logged; then
      // the erasure check, and (a new user: the first contact) the write that marks them seen.
      expect(proxy.counts()).toEqual({ PutItem: 2, GetItem: 1, UpdateItem: 1 });
      const verdict = outcome.state === 'answered' ? restDayVerdict(outcome.value) : outcome.state;
      expect(verdict).toBe('logged');
      expect(await storedDays(backend.endpoint, context.userId)).toEqual([pastDay(context)]);
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it(
    "a first launch still carries the disclaimer (the retry finds this launch's own write) and counts once",
    async () => {
      const proxy = await startDynamoProxy(backend.endpoint, { mode: 'lose-first-response' });
      const userId = `amzn1.ask.account.RETRIED-${process.pid}`;
      const skill = faultySkill({ dynamoEndpoint: proxy.endpoint });
      const outcome = await settleWithin(skill.send(launchRequest({ userId })));
      skill.destroy();
      await proxy.stop();
      // The update and its retry; dynalite returns no item with the failed condition: one read.
      expect(proxy.counts()).toEqual({ UpdateItem: 2, GetItem: 1 });
      expect(outcome.state === 'answered' ? spoken(outcome.value) : outcome.state).toMatch(DISCLAIMER);
      const direct = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint: backend.endpoint });
      const item = await direct.send(new GetCommand({ TableName: FAULT_TABLE, Key: profileKey(userId) }));
      direct.destroy();
      expect(item.Item?.launchCount).toBe(1);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
