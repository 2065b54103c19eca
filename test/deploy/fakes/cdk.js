// A stand-in for the AWS CDK CLI (`cdk`) in the deploy tests. It answers bootstrap, deploy and
// destroy as the real CLI does for this app: the app refuses to synthesize without a valid
// `-c skillId`, a deploy needs a bootstrapped environment, a new stack's security-sensitive changes
// need `--require-approval never` when no terminal is attached, `--outputs-file` gets the stack's
// outputs, and destroy without a terminal needs `--force`. Region from AWS_REGION, account per
// `--profile`.
'use strict';
const fs = require('node:fs');
const { recordCall, readCloud, writeCloud, failing, option, fail } = require('./common');

const args = process.argv.slice(2);
recordCall('cdk', args, ['AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION']);

const region = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
const profile = option(args, '--profile') ?? process.env.AWS_PROFILE ?? 'default';
const account = profile === 'default' ? '123456789012' : '210987654321';
const environment = `aws://${account}/${region}`;

const context = {};
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '-c' || args[i] === '--context') {
    const [key, ...value] = (args[i + 1] ?? '').split('=');
    context[key] = value.join('=');
  }
}
if (!/^amzn1\.ask\.skill\.[0-9a-f-]{36}$/.test(context.skillId ?? ''))
  fail('InfraConfigError: skillId is required: create the skill first. See docs/deploy.md.');

const cloud = readCloud();
const stackKey = `${account}/${region}`;

if (args[0] === 'bootstrap') {
  console.log(` ⏳  Bootstrapping environment ${environment}...`);
  if (failing('aws account'))
    fail(
      ` ❌  Environment ${environment} failed bootstrapping: ExpiredToken: The security token included in the request is expired`,
    );
  if (!cloud.bootstrapped.includes(stackKey)) cloud.bootstrapped.push(stackKey);
  writeCloud(cloud);
  console.log(` ✅  Environment ${environment} bootstrapped.`);
} else if (args[0] === 'deploy') {
  if (args[1] !== 'RunCoach') fail(`No stacks match the name(s) ${args[1]}`);
  console.log('\n✨  Synthesis time: 3.2s\n');
  if (!cloud.bootstrapped.includes(stackKey))
    fail(
      "RunCoach: SSM parameter /cdk-bootstrap/hnb659fds/version not found. Has the environment been bootstrapped? Please run 'cdk bootstrap' (see https://docs.aws.amazon.com/cdk/latest/guide/bootstrapping.html)",
    );
  const existing = cloud.stacks[stackKey];
  const approved = option(args, '--require-approval') === 'never';
  if (!existing && !approved && !process.stdout.isTTY)
    fail(
      'This deployment will make potentially sensitive changes according to your current security approval level (--require-approval broadening).\n' +
        'Stack includes security-sensitive updates, but terminal (TTY) is not attached so we are unable to get a confirmation from the user',
    );
  if (failing('stack'))
    fail(
      ' ❌  RunCoach failed: ValidationError: Stack:arn:aws:cloudformation:… is in UPDATE_ROLLBACK_FAILED state',
    );
  const stack = {
    skillId: context.skillId,
    alarmEmail: context.alarmEmail ?? null,
    deploys: (existing?.deploys ?? 0) + 1,
    outputs: {
      FunctionArn: `arn:aws:lambda:${region}:${account}:function:RunCoach-SkillFunction4ADF40E6-AbC123dEf456`,
      TableName: 'RunCoach-DataTable1A2B3C4D-1XYZ23ABC456',
    },
  };
  cloud.stacks[stackKey] = stack;
  writeCloud(cloud);
  const file = option(args, '--outputs-file');
  if (file) fs.writeFileSync(file, `${JSON.stringify({ RunCoach: stack.outputs }, null, 2)}\n`);
  console.log('RunCoach: deploying... [1/1]\n\n ✅  RunCoach\n\nOutputs:');
  for (const [key, value] of Object.entries(stack.outputs)) console.log(`RunCoach.${key} = ${value}`);
} else if (args[0] === 'destroy') {
  if (!args.includes('--force') && !process.stdout.isTTY)
    fail('Are you sure you want to delete: RunCoach (y/n)? but terminal (TTY) is not attached');
  if (failing('destroy')) fail(' ❌  RunCoach: destroy failed ValidationError');
  delete cloud.stacks[stackKey];
  writeCloud(cloud);
  console.log(`RunCoach: destroying... [1/1]\n\n ✅  RunCoach: destroyed`);
} else {
  fail(`Unknown command: ${args[0]}`);
}
