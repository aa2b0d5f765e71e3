/** What the control API refuses, and the checks of its input that several routes share. */
import { UnknownSkuError } from './store/orders';
import { OrderChangeRefused } from './store/order-changes';

/** A request the control API refuses, with the HTTP status it answers. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const wholeNumber = (value: unknown, name: string): number => {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ControlError(400, `"${name}" must be a whole number`);
  return value;
};

const atLeastOne = (value: unknown, name: string): number => {
  const n = wholeNumber(value, name);
  if (n < 1) throw new ControlError(400, `"${name}" must be at least 1`);
  return n;
};

export const optionalBoolean = (value: unknown, name: string, fallback: boolean): boolean => {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new ControlError(400, `"${name}" must be true or false`);
  return value;
};

export interface UnitsRow {
  sku: string;
  quantity: number;
  row: Record<string, unknown>;
}

/** A list of `{"sku","quantity",…}` rows (`name` is the list's key in the body). */
export function unitsRows(value: unknown, name: string, required: boolean): UnitsRow[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || (required && !value.length)) throw new ControlError(400, `"${name}" must be a list of {"sku","quantity"}${required ? ', not empty' : ''}`);
  return value.map((row: unknown, i) => {
    if (!row || typeof row !== 'object') throw new ControlError(400, `"${name}[${i}]" must be an object`);
    const r = row as Record<string, unknown>;
    if (typeof r.sku !== 'string' || !r.sku) throw new ControlError(400, `"${name}[${i}].sku" must be a SKU`);
    return { sku: r.sku, quantity: atLeastOne(r.quantity, `${name}[${i}].quantity`), row: r };
  });
}

/** Runs a store change, answering the store's refusals with their HTTP status. */
export function refusing<T>(change: () => T): T {
  try {
    return change();
  } catch (e) {
    if (e instanceof UnknownSkuError) throw new ControlError(404, e.message);
    if (e instanceof OrderChangeRefused) throw new ControlError(e.status, e.message);
    throw e;
  }
}
