/**
 * Database handles typed apart (Signal Desktop style): code that only reads takes a
 * ReadableDB, code that writes must be handed a WritableDB. The brands exist only for the
 * type checker; at run time both are the same better-sqlite3 connection.
 */
import type { Database } from 'better-sqlite3';

export type ReadableDB = Database & { readonly __readable_db: never };
export type WritableDB = ReadableDB & { readonly __writable_db: never };
