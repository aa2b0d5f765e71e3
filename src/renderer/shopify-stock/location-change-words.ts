/** What changing the push location does, said before the owner confirms it. */
import type { LocationChangePreview } from '../../shared/stock-push';
import { plural } from '../plural';

export function locationChangeLines(preview: LocationChangePreview, oldLocationName: string | null): string[] {
  const lines: string[] = [];
  if (preview.toActivate > 0) {
    const verb = preview.toActivate === 1 ? 'is' : 'are';
    lines.push(`${plural(preview.toActivate, 'variant')} ${verb} not stocked at ${preview.locationName} yet: Stockpilot stocks them there on Shopify.`);
  }
  const all = preview.linkedTracked === 1 ? 'The 1 linked variant is' : `All ${plural(preview.linkedTracked, 'linked variant')} are`;
  lines.push(`${all} then pushed to ${preview.locationName}.`);
  lines.push(`The stock at ${oldLocationName ?? 'the current location'} on Shopify is left as it is: Stockpilot no longer changes it.`);
  return lines;
}
