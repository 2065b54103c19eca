// A stand-in for the ASK CLI 2.30.7 (`ask`) in the deploy tests. It answers the commands the deploy
// sends as the real CLI does: profiles from ~/.ask/cli_config, the project's ask-resources.json,
// skill-project/.ask/ask-states.json written per profile (skill ID, upload hash, last import), the
// upload skipped when the package hash did not change, create vs update by the recorded skill ID,
// enabling refused for a skill without an endpoint, and SMAPI refusing another vendor's skill.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { recordCall, readCloud, writeCloud, failing, option, fail } = require('./common');

const args = process.argv.slice(2);
recordCall('ask', args, ['ASK_DEFAULT_PROFILE', 'AWS_PROFILE']);

function vendorOf(profile) {
  const config = JSON.parse(fs.readFileSync(path.join(os.homedir(), '.ask', 'cli_config'), 'utf8'));
  const entry = config.profiles[profile];
  if (!entry)
    fail(
      `[Error]: Can't resolve profile [${profile}] as it doesn't exist. Please run "ask configure --profile ${profile}" first.`,
    );
  return entry.vendor_id;
}

function hashOf(dir) {
  const hash = crypto.createHash('sha256');
  const walk = (d) => {
    for (const name of fs.readdirSync(d).sort()) {
      const file = path.join(d, name);
      if (fs.statSync(file).isDirectory()) walk(file);
      else hash.update(path.relative(dir, file)).update(fs.readFileSync(file));
    }
  };
  walk(dir);
  return hash.digest('base64');
}

function ownSkill(cloud, skillId, vendor) {
  const skill = cloud.skills[skillId];
  if (!skill) fail(`[Error]: {\n  "message": "Resource not found."\n}`);
  if (skill.vendor !== vendor)
    fail(`[Error]: {\n  "message": "User has insufficient permission to access the resource."\n}`);
  return skill;
}

function deploy() {
  const profile = option(args, '-p', '--profile') ?? process.env.ASK_DEFAULT_PROFILE ?? 'default';
  const vendor = vendorOf(profile);
  const resources = JSON.parse(fs.readFileSync('ask-resources.json', 'utf8'));
  console.log('Deploy configuration loaded from ask-resources.json');
  if (!resources.profiles[profile])
    fail(
      `[Error]: Profile [${profile}] does not exist. Please configure it in your ask-resources.json file.`,
    );
  console.log(`Deploy project for profile [${profile}]\n`);
  console.log('==================== Deploy Skill Metadata ====================');
  const statesFile = path.join('.ask', 'ask-states.json');
  const states = fs.existsSync(statesFile)
    ? JSON.parse(fs.readFileSync(statesFile, 'utf8'))
    : { askcliStatesVersion: '2020-03-31', profiles: {} };
  const entry = states.profiles[profile] ?? {};
  const src = resources.profiles[profile].skillMetadata.src;
  const hash = hashOf(src);
  if (!args.includes('--ignore-hash') && entry.skillMetadata?.lastDeployHash === hash) {
    console.log(
      '[Warn]: The hash of current skill package folder does not change compared to the last deploy hash result, CLI will skip the deploy of skill package.',
    );
    console.log(`Skill ID: ${entry.skillId}`);
    return;
  }
  console.log(
    'Uploading the entire skill package and building the models. Normally it takes a few minutes...',
  );
  const cloud = readCloud();
  const creating = !entry.skillId;
  if (failing(creating ? 'skill' : 'endpoint')) fail('[Error]: connect ETIMEDOUT 52.94.236.248:443');
  const manifest = JSON.parse(fs.readFileSync(path.join(src, 'skill.json'), 'utf8')).manifest;
  const skillId = entry.skillId ?? `amzn1.ask.skill.${crypto.randomUUID()}`;
  if (creating) {
    cloud.skills[skillId] = { vendor, uploads: 0, enabled: false };
    cloud.created = [...(cloud.created ?? []), skillId];
  }
  const skill = ownSkill(cloud, skillId, vendor);
  const importId = `amzn1.ask-package.import.${crypto.randomUUID()}`;
  cloud.imports[importId] = { skillId, status: 'IN_PROGRESS' };
  const saveStates = (withSkillId) => {
    states.profiles[profile] = {
      ...(withSkillId ? { skillId } : {}),
      skillMetadata: {
        ...(withSkillId ? { lastDeployHash: hash } : {}),
        lastImportId: importId,
        lastImportTimestamp: new Date().toISOString(),
      },
      deploymentStatus: 'COMPLETE',
    };
    fs.mkdirSync('.ask', { recursive: true });
    fs.writeFileSync(statesFile, `${JSON.stringify(states, null, 2)}\n`);
  };
  if (creating && failing('skill-build')) {
    cloud.imports[importId].status = 'FAILED';
    writeCloud(cloud);
    saveStates(false);
    fail(
      `[Error]: {\n  "status": "FAILED",\n  "errors": [{ "message": "Interaction model build failed for locale en-GB." }]\n}`,
    );
  }
  cloud.imports[importId].status = 'SUCCEEDED';
  skill.manifest = manifest;
  skill.images = fs.readdirSync(path.join(src, 'assets', 'images')).sort();
  skill.uploads += 1;
  writeCloud(cloud);
  saveStates(!(creating && failing('skill-id')));
  console.log('Skill package deployed and all models built successfully.');
  console.log(`Skill ID: ${skillId}`);
  if (option(args, '-t', '--target')) return;
  console.log('\n==================== Enable Skill ====================');
  if (!manifest.apis?.custom?.endpoint)
    fail(
      '[Error]: {\n  "message": "Skill is not ready for enablement. Reason: Skill is missing required properties endpoint"\n}',
    );
  skill.enabled = true;
  writeCloud(cloud);
}

function smapi() {
  const [operation] = args.slice(1);
  const profile = option(args, '-p', '--profile') ?? process.env.ASK_DEFAULT_PROFILE ?? 'default';
  const vendor = vendorOf(profile);
  const cloud = readCloud();
  if (operation === 'get-import-status') {
    const found = cloud.imports[option(args, '--import-id')];
    if (!found) fail('[Error]: {\n  "message": "Resource not found."\n}');
    console.log(
      JSON.stringify({ status: found.status, skill: { skillId: found.skillId, resources: [] } }, null, 2),
    );
    return;
  }
  const skillId = option(args, '-s', '--skill-id');
  if (operation === 'set-skill-enablement') {
    if (failing('enable')) fail('[Error]: {\n  "message": "An unexpected error occurred."\n}');
    const skill = ownSkill(cloud, skillId, vendor);
    if (option(args, '-g', '--stage') !== 'development')
      fail('[Error]: only the development stage can be enabled here');
    if (!skill.manifest?.apis?.custom?.endpoint)
      fail(
        '[Error]: {\n  "message": "Skill is not ready for enablement. Reason: Skill is missing required properties endpoint"\n}',
      );
    skill.enabled = true;
  } else if (operation === 'delete-skill') {
    ownSkill(cloud, skillId, vendor);
    delete cloud.skills[skillId];
  } else {
    fail(`[Error]: unknown smapi command ${operation}`);
  }
  writeCloud(cloud);
  console.log('Command executed successfully!');
}

if (args[0] === '--version') console.log('2.30.7');
else if (args[0] === 'deploy') deploy();
else if (args[0] === 'smapi') smapi();
else fail(`error: unknown command '${args[0]}'`);
