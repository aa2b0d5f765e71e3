/** Step-by-step: how to create either kind of Shopify credential, and the access it needs. */
import { REQUIRED_SCOPES } from './credential-kinds';

export type TypedCredentialKind = 'token' | 'client_credentials';

function ScopeList() {
  return (
    <ul className="scope-list" data-testid="setup-scopes">
      {REQUIRED_SCOPES.map(({ scope, why }) => (
        <li key={scope}>
          <span className="mono">{scope}</span> <span className="muted">— {why}</span>
        </li>
      ))}
    </ul>
  );
}

export function CredentialInstructions({ kind }: { kind: TypedCredentialKind }) {
  return (
    <details className="instructions" data-testid={`setup-instructions-${kind}`}>
      <summary>{kind === 'token' ? 'How to get an Admin API access token' : 'How to get a client ID and secret'}</summary>
      {kind === 'token' ? (
        <ol>
          <li>In your Shopify admin, open Settings → Apps and sales channels → Develop apps.</li>
          <li>Open your existing custom app (or create one and name it “Stockpilot”).</li>
          <li>Under Configuration → Admin API integration, tick the scopes below and save.</li>
          <li>Under API credentials, install the app, then reveal the Admin API access token once and copy it (it starts with shpat_).</li>
        </ol>
      ) : (
        <ol>
          <li>Open the Shopify Dev Dashboard (dev.shopify.com) and create an app, e.g. “Stockpilot”.</li>
          <li>In the app’s version settings, add the scopes below and release the version.</li>
          <li>Install the app on your shop from the Dev Dashboard.</li>
          <li>In the app’s Settings, copy the client ID and the client secret. Stockpilot asks Shopify for short-lived tokens with them and renews them itself.</li>
        </ol>
      )}
      <p className="field-hint">Scopes Stockpilot needs:</p>
      <ScopeList />
    </details>
  );
}
