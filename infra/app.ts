/**
 * The CDK app: one Run Coach stack, checked by cdk-nag's AwsSolutions rules at every synth.
 *   npm run synth                               offline, no AWS account, an example skill ID
 *   npx cdk deploy -c skillId=amzn1.ask.skill.… [-c alarmEmail=you@example.com]
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { parseConfig, STACK_NAME } from './config';
import { RunCoachStack } from './stack';

/** Builds the app; tests call this with their own context. */
export function createApp(context: Record<string, unknown> = {}): { app: App; stack: RunCoachStack } {
  const app = new App({ context });
  const config = parseConfig({
    skillId: app.node.tryGetContext('skillId'),
    alarmEmail: app.node.tryGetContext('alarmEmail'),
  });
  const stack = new RunCoachStack(app, STACK_NAME, config);
  // cdk-nag 3 runs as a CDK policy-validation plugin: any unacknowledged finding fails the synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}

if (require.main === module) {
  createApp().app.synth();
}
