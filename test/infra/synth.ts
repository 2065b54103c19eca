/**
 * Shared synths for the infra tests. The full stack is bundled once (esbuild, local); variants skip
 * bundling through CDK's `aws:cdk:bundling-stacks` context, so the project stays fast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { BUNDLING_STACKS } from 'aws-cdk-lib/cx-api';
import type { PolicyValidationPluginReport } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { createApp } from '../../infra/app';
import type { RunCoachStack } from '../../infra/stack';

/** cdk.json's context, as `cdk synth` passes it, so the tests see what a deploy sees. */
const CDK_JSON = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};

export const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
export const ALARM_EMAIL = 'runner@example.com';

/** A synthesized stack: its template and cdk-nag's findings. */
export interface Synth {
  stack: RunCoachStack;
  template: Template;
  nag: PolicyValidationPluginReport;
}

/**
 * Synthesizes the app with this context. `Template.fromStack` runs the app's validation plugins, so an
 * unacknowledged cdk-nag finding throws here; `nag` is the AwsSolutions report for the messages.
 */
export function synth(context: Record<string, unknown>, bundle = false): Synth {
  const all = { ...CDK_JSON.context, ...context, ...(bundle ? {} : { [BUNDLING_STACKS]: [] }) };
  const { stack } = createApp(all);
  const nag = new AwsSolutionsChecks().validateScope(stack);
  return { stack, template: Template.fromStack(stack), nag };
}

/** Readable findings: "rule at path: message". */
export function findings(report: PolicyValidationPluginReport): string[] {
  return report.violations.flatMap((v) =>
    v.violatingResources.map(
      (r) => `${v.ruleName} at ${r.constructPath ?? r.resourceLogicalId ?? '?'}: ${v.description}`,
    ),
  );
}

/** Asserts that some resource of `type` has these properties (`Template.hasResourceProperties`). */
export function expectResource(s: Synth, type: string, props: unknown): void {
  s.template.hasResourceProperties(type, props);
}

/** Asserts that the stack has this output (`Template.hasOutput`). */
export function expectOutput(s: Synth, id: string, props: unknown): void {
  s.template.hasOutput(id, props);
}
