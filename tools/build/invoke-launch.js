// Loads a built Lambda bundle in a plain Node.js process and answers one LaunchRequest, as Lambda's
// runtime would (cold start: module load + first invocation). Used by tools/build/measure.ts under
// `/usr/bin/time -v`, so nothing else (no tsx, no DynamoDB server) is in the measured process.
//   node tools/build/invoke-launch.js dist/lambda/index.js
'use strict';
const started = process.hrtime.bigint();
const { handler } = require(require('node:path').resolve(process.argv[2]));
const loaded = process.hrtime.bigint();
const application = { applicationId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000' };
const user = { userId: 'amzn1.ask.account.MEASURE' };
const envelope = {
  version: '1.0',
  session: { new: true, sessionId: 'amzn1.echo-api.session.MEASURE', application, user, attributes: {} },
  context: {
    System: {
      application,
      user,
      device: { deviceId: 'amzn1.ask.device.MEASURE', supportedInterfaces: {} },
      apiEndpoint: 'http://127.0.0.1:9',
      apiAccessToken: 'measure',
    },
  },
  request: {
    type: 'LaunchRequest',
    requestId: 'amzn1.echo-api.request.measure',
    timestamp: new Date().toISOString(),
    locale: 'en-US',
  },
};
handler(envelope, {}).then((response) => {
  const done = process.hrtime.bigint();
  const ms = (a, b) => Number(b - a) / 1e6;
  const speech = response.response.outputSpeech;
  process.stdout.write(
    JSON.stringify({
      loadMs: ms(started, loaded),
      firstInvokeMs: ms(loaded, done),
      speech: speech && speech.ssml,
    }) + '\n',
  );
});
