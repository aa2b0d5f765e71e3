/**
 * The one error shape that crosses every boundary (IPC, WebSocket, CLI). Its message is
 * written for a person; `code` is for code. Never carries a credential.
 */
import { z } from 'zod';

export const ErrorCode = z.enum([
  /** The input did not match the contract; nothing was written. */
  'invalid_input',
  /** The thing named does not exist (any more). */
  'not_found',
  /** The request is well-formed but breaks a rule of the shop (e.g. setting an auto-stock quantity). */
  'rejected',
  /** Another operation holds what this one needs (e.g. a push is already running). */
  'busy',
  /** The call name is not part of the contract. */
  'unknown_call',
  /** Shopify, or the network to it, failed. */
  'shopify',
  /** A bug or an unexpected failure: logged in full, shown briefly. */
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ContractErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  /** For invalid_input: which field, and what is wrong with it (for inline form errors). */
  issues: z.array(FieldIssue).default([]),
});
export type ContractErrorShape = z.infer<typeof ContractErrorShape>;

export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }

  toJSON(): ContractErrorShape {
    return { code: this.code, message: this.message, issues: this.issues };
  }

  static from(shape: ContractErrorShape): ContractError {
    return new ContractError(shape.code, shape.message, shape.issues);
  }
}

export const notFound = (what: string) => new ContractError('not_found', `${what} was not found. It may have been deleted.`);
export const rejected = (message: string) => new ContractError('rejected', message);

/** Turns zod issues into a readable message plus per-field issues. */
export function invalidInput(
  callName: string,
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): ContractError {
  const fields = issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
  const summary = fields
    .slice(0, 3)
    .map((f) => (f.path ? `${f.path}: ${f.message}` : f.message))
    .join('; ');
  const more = fields.length > 3 ? ` (and ${fields.length - 3} more)` : '';
  return new ContractError('invalid_input', `Invalid input for ${callName}: ${summary}${more}`, fields);
}
