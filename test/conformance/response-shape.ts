// Compares a response from the local store with one Shopify recorded for the same request:
// the same keys all the way down, the same kinds of values, the same user-error codes and
// fields, and the same requested cost. IDs are compared by resource type only (the numbers
// differ between stores), other strings (names, timestamps, cursors, messages) not at all.

import { isRecord } from './recorded-exchanges';

const GID = /^gid:\/\/shopify\/([A-Za-z]+)\//;

export function responseShapeDifferences(recorded: unknown, local: unknown): string[] {
  const differences: string[] = [];
  compare(recorded, local, '', false, differences);
  const recordedCost = requestedCostOf(recorded);
  const localCost = requestedCostOf(local);
  if (recordedCost !== undefined && recordedCost !== localCost) {
    differences.push(`extensions.cost.requestedQueryCost: recorded ${recordedCost}, got ${String(localCost)}`);
  }
  return differences;
}

function compare(recorded: unknown, local: unknown, at: string, inUserError: boolean, out: string[]): void {
  const kind = kindOf(recorded);
  if (kind !== kindOf(local)) {
    out.push(`${at || '(root)'}: recorded ${describe(recorded)}, got ${describe(local)}`);
    return;
  }
  if (Array.isArray(recorded) && Array.isArray(local)) {
    if (recorded.length !== local.length) out.push(`${at}: recorded ${recorded.length} item(s), got ${local.length}`);
    const errorList = inUserError || /(^|\.)(userErrors|\w+UserErrors|errors)$/.test(at);
    for (let i = 0; i < Math.min(recorded.length, local.length); i++) compare(recorded[i], local[i], `${at}[${i}]`, errorList, out);
    return;
  }
  if (isRecord(recorded) && isRecord(local)) {
    for (const key of Object.keys(recorded)) {
      const path = at ? `${at}.${key}` : key;
      if (!(key in local)) out.push(`${path}: missing`);
      else if (!(at === 'extensions' && key === 'cost')) compare(recorded[key], local[key], path, inUserError, out);
    }
    for (const key of Object.keys(local)) if (!(key in recorded)) out.push(`${at ? `${at}.${key}` : key}: not in the recording`);
    return;
  }
  if (inUserError && isErrorDetail(at) && JSON.stringify(recorded) !== JSON.stringify(local)) {
    out.push(`${at}: recorded ${JSON.stringify(recorded)}, got ${JSON.stringify(local)}`);
  }
  if (typeof recorded === 'string' && typeof local === 'string') {
    const recordedType = GID.exec(recorded)?.[1];
    if (recordedType && recordedType !== GID.exec(local)?.[1]) out.push(`${at}: recorded an ID of type ${recordedType}, got ${JSON.stringify(local)}`);
  }
}

/** A user error's code and field (and an error's extensions.code) must match exactly. */
function isErrorDetail(at: string): boolean {
  return /\.(code|field(\[\d+\])?)$/.test(at);
}

function requestedCostOf(response: unknown): unknown {
  const extensions = isRecord(response) ? response.extensions : undefined;
  const cost = isRecord(extensions) ? extensions.cost : undefined;
  return isRecord(cost) ? cost.requestedQueryCost : undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return `${kindOf(value)} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}
