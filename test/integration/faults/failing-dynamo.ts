/* eslint-disable jest/no-export -- shared fault cases, described by two test files that jest runs in parallel */
/**
 * The fault cases of a DynamoDB that fails outright (a loopback server or a closed port): every turn
 * type answers plainly within the budget and claims no save. Shared by dynamo.test.ts (fast failures)
 * and dynamo-slow.test.ts (slow and stuck servers), so jest runs the two sets in parallel.
 */
import { freePort } from '../../../harness/dynamo';
import { startFailingDynamo, type DynamoFailure, type LoopbackServer } from '../../../harness/loopback';
import { launchRequest } from '../../../harness/envelopes';
import { spoken } from '../../../harness/speech';
import {
  envelopeOf,
  FAULT_TEST_TIMEOUT_MS,
  FAULT_TURNS,
  faultySkill,
  expectPlainAnswerClaimingNoSave,
  LOG_TURN,
  restDayVerdict,
  settleWithin,
} from './faulty-skill';

/** The first-launch disclaimer. */
export const DISCLAIMER = /isn't medical advice/;

/** Describes each failing DynamoDB in `cases`. */
export function describeFailingDynamo(cases: [string, DynamoFailure | 'closed port'][]): void {
  describe.each<[string, DynamoFailure | 'closed port']>(cases)('DynamoDB %s', (_label, failure) => {
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
        await expectPlainAnswerClaimingNoSave(turn, { dynamoEndpoint: endpoint });
      },
      FAULT_TEST_TIMEOUT_MS,
    );

    it(
      'logging a rest day says it cannot confirm the day was saved (nothing is stored), never that it was',
      async () => {
        const skill = faultySkill({ dynamoEndpoint: endpoint });
        const outcome = await settleWithin(skill.send(await envelopeOf(LOG_TURN, skill.send)));
        skill.destroy();
        expect(outcome.state === 'answered' ? restDayVerdict(outcome.value) : outcome.state).toBe(
          'unconfirmed',
        );
        // The user heard a polite answer, so the function's error alarm stays quiet: the store's
        // own count is what tells the operator (the StoreFailure alarm).
        expect(skill.metrics.total('StoreFailure', 'logRestDay')).toBe(1);
        expect(skill.metrics.flushes).toBeGreaterThan(0);
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
}
