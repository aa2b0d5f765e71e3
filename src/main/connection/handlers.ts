/**
 * The connection's part of the contract. Every failure leaves here as a ContractError whose
 * message has passed the secret redactor: nothing a handler throws can carry a credential.
 */
import { ContractError } from '../../shared/errors';
import type { HandlerSlice } from '../core/handlers';
import type { SecretRedactor } from '../secrets/secret-redaction';
import { ShopifyFailure } from '../shopify/shopify-errors';
import type { ShopConnection } from './shop-connection';

type ConnectionCalls = 'verifyConnection' | 'connect' | 'disconnect' | 'getConnection' | 'listLocations';

export function connectionHandlers(connection: ShopConnection, redactor: SecretRedactor): HandlerSlice<ConnectionCalls> {
  const guarded =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await run(...args);
      } catch (error) {
        throw contractErrorOf(error, redactor);
      }
    };
  return {
    verifyConnection: guarded((input) => connection.verify(input)),
    connect: guarded((input) => connection.connect(input)),
    disconnect: guarded(() => connection.disconnect()),
    getConnection: guarded(() => connection.status()),
    listLocations: guarded(() => connection.listLocations()),
  };
}

export function contractErrorOf(error: unknown, redactor: SecretRedactor): ContractError {
  if (error instanceof ContractError) {
    return new ContractError(error.code, redactor.scrub(error.message), error.issues.map((i) => ({ ...i, message: redactor.scrub(i.message) })));
  }
  if (error instanceof ShopifyFailure) {
    const message = error.kind === 'credentials_rejected' ? credentialsRefused(error) : error.message;
    return new ContractError('shopify', redactor.scrub(message));
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ContractError('internal', `Something went wrong with the Shopify connection: ${redactor.scrub(message)}`);
}

/** For a handler slice that talks to Shopify: its failures leave as ContractErrors that have passed the redactor. */
export const redactingFailures =
  (redactor: SecretRedactor) =>
  <T>(work: Promise<T>): Promise<T> =>
    work.catch((error: unknown) => Promise.reject(contractErrorOf(error, redactor)));

/** While connecting, a refusal means "this credential is wrong", not "it was revoked". */
function credentialsRefused(failure: ShopifyFailure): string {
  if (failure.details.httpStatus !== 401) return failure.message;
  return 'Shopify did not accept this access token. Check that you copied all of it (custom app tokens start with shpat_) and that the app is installed on this shop. If it was connected before, the token may have been revoked: connect again with a new one.';
}
