/**
 * The store's DynamoDB commands and the document client that sends them: the calls of
 * `@aws-sdk/lib-dynamodb` (same names, inputs and outputs, native JavaScript values in and out,
 * marshalled with `@aws-sdk/util-dynamodb` as lib-dynamodb does), sent through {@link DynamoWire}.
 */
import type {
  BatchWriteCommandInput,
  BatchWriteCommandOutput,
  DeleteCommandInput,
  DeleteCommandOutput,
  GetCommandInput,
  GetCommandOutput,
  PutCommandInput,
  PutCommandOutput,
  QueryCommandInput,
  QueryCommandOutput,
  UpdateCommandInput,
  UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { marshall, unmarshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { DynamoWire, type DynamoConfig, type WireTimeouts } from './wire';

/** One call: the API operation, its document-level input, and (as a type) its output. */
export abstract class DocumentCommand<Input extends object, Output extends object> {
  /** The DynamoDB API operation (`X-Amz-Target`). */
  abstract readonly operation: string;
  /** Carries the output type only. */
  declare readonly output?: Output;

  constructor(readonly input: Input) {}
}

/** GetItem. */
export class GetCommand extends DocumentCommand<GetCommandInput, GetCommandOutput> {
  readonly operation = 'GetItem';
}
/** PutItem. */
export class PutCommand extends DocumentCommand<PutCommandInput, PutCommandOutput> {
  readonly operation = 'PutItem';
}
/** UpdateItem. */
export class UpdateCommand extends DocumentCommand<UpdateCommandInput, UpdateCommandOutput> {
  readonly operation = 'UpdateItem';
}
/** DeleteItem. */
export class DeleteCommand extends DocumentCommand<DeleteCommandInput, DeleteCommandOutput> {
  readonly operation = 'DeleteItem';
}
/** Query. */
export class QueryCommand extends DocumentCommand<QueryCommandInput, QueryCommandOutput> {
  readonly operation = 'Query';
}
/** BatchWriteItem. */
export class BatchWriteCommand extends DocumentCommand<BatchWriteCommandInput, BatchWriteCommandOutput> {
  readonly operation = 'BatchWriteItem';
}

/** Options of one send: the attempt's abort signal. */
export interface SendOptions {
  abortSignal?: AbortSignal;
}

/** What sends the store's commands: {@link DocumentClient}, or a test's stand-in for it. */
export interface DocumentSender {
  send<I extends object, O extends object>(command: DocumentCommand<I, O>, options?: SendOptions): Promise<O>;
}

type Native = Record<string, NativeAttributeValue>;
type Marshalled = Record<string, AttributeValue>;

const MARSHALL = { removeUndefinedValues: true } as const;
/** Input members holding one item-shaped map (marshalled on the way out). */
const ITEM_INPUTS = ['Key', 'Item', 'ExpressionAttributeValues', 'ExclusiveStartKey'] as const;
/** Output members holding one item-shaped map (unmarshalled on the way in). */
const ITEM_OUTPUTS = ['Item', 'Attributes', 'LastEvaluatedKey'] as const;

type WriteRequests = Record<string, { PutRequest?: { Item?: object }; DeleteRequest?: { Key?: object } }[]>;

function mapRequests(requests: WriteRequests, convert: (map: object) => object): WriteRequests {
  const out: WriteRequests = {};
  for (const [table, list] of Object.entries(requests)) {
    out[table] = list.map((request) => ({
      ...(request.PutRequest?.Item ? { PutRequest: { Item: convert(request.PutRequest.Item) } } : {}),
      ...(request.DeleteRequest?.Key ? { DeleteRequest: { Key: convert(request.DeleteRequest.Key) } } : {}),
    }));
  }
  return out;
}

/** The wire form of a document-level input. */
export function marshallInput(input: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  for (const member of ITEM_INPUTS) {
    const value = out[member];
    if (value !== undefined) out[member] = marshall(value as Native, MARSHALL);
  }
  if (out.RequestItems !== undefined)
    out.RequestItems = mapRequests(out.RequestItems as WriteRequests, (map) =>
      marshall(map as Native, MARSHALL),
    );
  return out;
}

/** The document-level form of a wire output. */
export function unmarshallOutput(output: Record<string, unknown>, status: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...output, $metadata: { httpStatusCode: status } };
  for (const member of ITEM_OUTPUTS) {
    const value = out[member];
    if (value !== undefined) out[member] = unmarshall(value as Marshalled);
  }
  if (Array.isArray(out.Items)) out.Items = (out.Items as Marshalled[]).map((item) => unmarshall(item));
  if (out.UnprocessedItems !== undefined)
    out.UnprocessedItems = mapRequests(out.UnprocessedItems as WriteRequests, (map) =>
      unmarshall(map as Marshalled),
    );
  return out;
}

/** The document client: marshals, sends through one {@link DynamoWire}, unmarshals. */
export class DocumentClient implements DocumentSender {
  private readonly wire: DynamoWire;

  constructor(config: DynamoConfig, timeouts: WireTimeouts) {
    this.wire = new DynamoWire(config, timeouts);
  }

  async send<I extends object, O extends object>(
    command: DocumentCommand<I, O>,
    options: SendOptions = {},
  ): Promise<O> {
    const answer = await this.wire.call(command.operation, marshallInput(command.input), options.abortSignal);
    return unmarshallOutput(answer, 200) as O;
  }

  /** Closes the kept-alive connections (tests and tools; Lambda keeps them for the container's life). */
  destroy(): void {
    this.wire.destroy();
  }
}
