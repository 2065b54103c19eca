/**
 * The reference skill of the benchmark: an Alexa skill built the usual modern way, for comparison
 * only (it is not Run Coach and is never deployed). ask-sdk-core with `@aws-sdk/lib-dynamodb`
 * persistent attributes: a request interceptor reads the user's item (one GetItem) and a response
 * interceptor writes it back (one PutItem) on every turn. Bundled with the same esbuild options.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  SkillBuilders,
  getIntentName,
  getRequestType,
  getUserId,
  type HandlerInput,
  type RequestHandler,
} from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

const tableName = process.env.TABLE_NAME ?? 'run-coach';
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

function key(input: HandlerInput) {
  return { pk: `REFERENCE#${getUserId(input.requestEnvelope)}`, sk: 'ATTRIBUTES' };
}

function persistent(input: HandlerInput): Record<string, unknown> {
  return input.attributesManager.getRequestAttributes().persistent as Record<string, unknown>;
}

const launch: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle(input) {
    const attributes = persistent(input);
    const visits = typeof attributes.visits === 'number' ? attributes.visits : 0;
    attributes.visits = visits + 1;
    const speech = visits === 0 ? 'Welcome to the reference skill. What would you like?' : 'Welcome back.';
    return input.responseBuilder.speak(speech).reprompt('What would you like?').getResponse();
  },
};

const help: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    getIntentName(input.requestEnvelope) === 'AMAZON.HelpIntent',
  handle: (input) =>
    input.responseBuilder.speak('You can ask me for help.').reprompt('What would you like?').getResponse(),
};

const exit: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(getIntentName(input.requestEnvelope)),
  handle: (input) => input.responseBuilder.speak('Goodbye.').withShouldEndSession(true).getResponse(),
};

const anyIntent: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: (input) =>
    input.responseBuilder.speak('Sorry, I did not get that.').reprompt('What would you like?').getResponse(),
};

const silent: RequestHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.getResponse(),
};

const skill = SkillBuilders.custom()
  .addRequestHandlers(launch, help, exit, anyIntent, silent)
  .addRequestInterceptors(async (input) => {
    const output = await doc.send(new GetCommand({ TableName: tableName, Key: key(input) }));
    const stored: unknown = output.Item?.attributes;
    const attributes = typeof stored === 'object' && stored !== null ? stored : {};
    input.attributesManager.setRequestAttributes({ persistent: { ...attributes } });
  })
  .addResponseInterceptors(async (input) => {
    await doc.send(
      new PutCommand({ TableName: tableName, Item: { ...key(input), attributes: persistent(input) } }),
    );
  })
  .addErrorHandlers({
    canHandle: () => true,
    handle: (input) => input.responseBuilder.speak('Sorry, something went wrong.').getResponse(),
  })
  .create();

/** The Lambda entry, as an async handler (Node.js 24+ runtimes take no callback handlers). */
export const handler = (event: RequestEnvelope, context?: unknown) => skill.invoke(event, context);
