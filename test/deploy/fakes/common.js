// Shared by the stand-in ASK and CDK command lines of the deploy tests: the call log, the pretend
// cloud (what Amazon and AWS would hold), and failure injection. Each call is appended to the JSON
// lines file FAKE_CALLS; the cloud lives in the JSON file FAKE_CLOUD; FAKE_FAIL names the deploy
// steps (comma-separated) whose command fails.
'use strict';
const fs = require('node:fs');

function recordCall(tool, args, envKeys) {
  const env = Object.fromEntries(
    envKeys.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]),
  );
  const line = JSON.stringify({ tool, args, cwd: process.cwd(), env });
  fs.appendFileSync(process.env.FAKE_CALLS, `${line}\n`);
}

function readCloud() {
  try {
    return JSON.parse(fs.readFileSync(process.env.FAKE_CLOUD, 'utf8'));
  } catch {
    return { skills: {}, imports: {}, stacks: {}, bootstrapped: [] };
  }
}

function writeCloud(cloud) {
  fs.writeFileSync(process.env.FAKE_CLOUD, `${JSON.stringify(cloud, null, 2)}\n`);
}

function failing(step) {
  return (process.env.FAKE_FAIL ?? '').split(',').includes(step);
}

function option(args, ...names) {
  for (let i = 0; i < args.length; i += 1) if (names.includes(args[i])) return args[i + 1];
  return undefined;
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

module.exports = { recordCall, readCloud, writeCloud, failing, option, fail };
