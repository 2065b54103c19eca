/**
 * cdk.json sets every feature flag aws-cdk-lib recommends, at the recommended value, so the stack is
 * built with current behaviour and `cdk synth` has no unconfigured flags to warn about. An upgrade of
 * aws-cdk-lib that recommends a new flag turns this red: add it to cdk.json and check the template.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CDK_JSON = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};
const RECOMMENDED = JSON.parse(
  readFileSync(require.resolve('aws-cdk-lib/recommended-feature-flags.json'), 'utf8'),
) as Record<string, unknown>;

describe('cdk.json feature flags', () => {
  it("set every flag of aws-cdk-lib's recommended list to its recommended value", () => {
    const differing = Object.entries(RECOMMENDED)
      .filter(([flag, value]) => JSON.stringify(CDK_JSON.context[flag]) !== JSON.stringify(value))
      .map(([flag]) => flag);
    expect(differing).toEqual([]);
    expect(Object.keys(RECOMMENDED).length).toBeGreaterThan(80);
  });
});
