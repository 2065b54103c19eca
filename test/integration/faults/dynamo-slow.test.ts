import { startFailingDynamo } from '../../../harness/loopback';
import { launchRequest } from '../../../harness/envelopes';
import { faultySkill, FAULT_TEST_TIMEOUT_MS, settleWithin } from './faulty-skill';
import { describeFailingDynamo } from './failing-dynamo';

describeFailingDynamo([['answering slower than the per-attempt timeout', { kind: 'slow', delayMs: 5000 }]]);

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
