/** What verifying found: the shop, the access granted and missing (and what stops working), and the location to choose. */
import type { VerifiedConnection } from '../../shared/connection';
import { SelectField } from '../components/field';

interface Props {
  verified: VerifiedConnection;
  locationId: string;
  onLocation: (id: string) => void;
}

export function VerifiedShop({ verified, locationId, onLocation }: Props) {
  const locations = verified.locations.filter((l) => l.isActive);
  return (
    <div className="verified" data-testid="setup-verified">
      <p>
        <span className="badge badge-sync-synced">Verified</span> <strong data-testid="setup-verified-shop">{verified.shop.name}</strong>{' '}
        <span className="muted mono">{verified.shop.domain}</span> <span className="muted">· {verified.shop.plan} · {verified.shop.currency}</span>
      </p>
      <p className="field-hint" data-testid="setup-granted-scopes">
        Access granted: {verified.grantedScopes.length > 0 ? verified.grantedScopes.join(', ') : 'none'}
      </p>
      {verified.missingScopes.length > 0 ? (
        <div className="notice notice-warning" data-testid="setup-missing-scopes">
          <p>This credential is missing some access. You can connect anyway; these parts will not work until you add it:</p>
          <ul>
            {verified.missingScopes.map((m) => (
              <li key={m.scope}>
                <span className="mono">{m.scope}</span> — {m.stopsWorking}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {verified.endpointOverride ? (
        <p className="field-hint" data-testid="setup-verified-override">
          Development override: this shop’s traffic goes to <span className="mono">{verified.endpointOverride.origin}</span>.
        </p>
      ) : null}
      {locations.length > 0 ? (
        <SelectField
          label="Location that receives stock"
          value={locationId}
          options={locations.map((l) => ({ value: l.id, label: l.isPrimary ? `${l.name} (primary)` : l.name }))}
          onChange={onLocation}
          testId="setup-location"
        />
      ) : (
        <p className="notice notice-warning">The shop has no active location, so there is nowhere to send stock yet.</p>
      )}
    </div>
  );
}
