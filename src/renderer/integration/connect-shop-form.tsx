/**
 * Connecting the owner's own shop: its address, one of two kinds of credential, Verify (which
 * saves nothing), the location, then Connect. The credential lives in this form only until
 * it is handed to the core: password fields, never shown again, cleared once connected.
 */
import { useState } from 'react';
import type { ConnectionInput, VerifiedConnection } from '../../shared/connection';
import { ContractError } from '../../shared/errors';
import { api, errorMessage } from '../api';
import { Card } from '../components/card';
import { TextField } from '../components/field';
import { navigate, paths } from '../router';
import { useShopConnection } from '../stores/shop-connection';
import { toast } from '../stores/toasts';
import { CredentialInstructions, type TypedCredentialKind } from './credential-instructions';
import { VerifiedShop } from './verified-shop';

interface Credentials {
  accessToken: string;
  clientId: string;
  clientSecret: string;
}
const NO_CREDENTIALS: Credentials = { accessToken: '', clientId: '', clientSecret: '' };

interface Props {
  canSave: boolean;
  keychainMessage: string | null;
  /** A shop is connected already: this form replaces it. */
  replacing: boolean;
}

export function ConnectShopForm({ canSave, keychainMessage, replacing }: Props) {
  const [shop, setShop] = useState('');
  const [kind, setKind] = useState<TypedCredentialKind>('token');
  const [credentials, setCredentials] = useState<Credentials>(NO_CREDENTIALS);
  const [verified, setVerified] = useState<VerifiedConnection | null>(null);
  const [locationId, setLocationId] = useState('');
  const [busy, setBusy] = useState<'verify' | 'connect' | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  /** Any change to what was verified means verifying again. */
  const changed = (apply: () => void) => {
    apply();
    setVerified(null);
    setErrors({});
    setProblem(null);
  };
  const setCredential = (key: keyof Credentials) => (value: string) => changed(() => setCredentials((c) => ({ ...c, [key]: value })));

  const input = (): ConnectionInput =>
    kind === 'token'
      ? { kind, shop, accessToken: credentials.accessToken }
      : { kind, shop, clientId: credentials.clientId, clientSecret: credentials.clientSecret };

  const run = async (step: 'verify' | 'connect') => {
    setBusy(step);
    setErrors({});
    setProblem(null);
    try {
      if (step === 'verify') {
        const result = await api.verifyConnection(input());
        setVerified(result);
        setLocationId(result.suggestedLocationId ?? result.locations.find((l) => l.isActive)?.id ?? '');
      } else {
        const status = await api.connect({ ...input(), ...(locationId ? { locationId } : {}) });
        setCredentials(NO_CREDENTIALS);
        setVerified(null);
        useShopConnection.getState().accept(status);
        toast('success', `Connected to ${status.shop?.name ?? 'the shop'}`);
        navigate(paths.integrationTab('overview'));
      }
    } catch (error) {
      if (error instanceof ContractError && error.issues.length > 0) {
        setErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
      } else {
        setProblem(errorMessage(error));
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={replacing ? 'Connect a different Shopify store' : 'Connect your Shopify store'} testId="setup-connect-card">
      <form
        className="setup-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(verified ? 'connect' : 'verify');
        }}
      >
        <TextField
          label="Shop address"
          value={shop}
          onChange={(v) => changed(() => setShop(v))}
          error={errors['shop']}
          hint="Your shop’s name, name.myshopify.com, or its admin address"
          placeholder="my-shop.myshopify.com"
          testId="setup-shop"
        />
        <fieldset className="choice" data-testid="setup-kind">
          <legend className="label-like">Credential</legend>
          <label className="inline">
            <input type="radio" name="credential-kind" checked={kind === 'token'} onChange={() => changed(() => setKind('token'))} data-testid="setup-kind-token" />
            Admin API access token (existing custom app)
          </label>
          <label className="inline">
            <input
              type="radio"
              name="credential-kind"
              checked={kind === 'client_credentials'}
              onChange={() => changed(() => setKind('client_credentials'))}
              data-testid="setup-kind-client"
            />
            Dev Dashboard app (client ID and secret)
          </label>
        </fieldset>
        <CredentialInstructions kind={kind} />
        {kind === 'token' ? (
          <TextField type="password" label="Admin API access token" value={credentials.accessToken} onChange={setCredential('accessToken')} error={errors['accessToken']} testId="setup-token" />
        ) : (
          <div className="form-grid">
            <TextField label="Client ID" value={credentials.clientId} onChange={setCredential('clientId')} error={errors['clientId']} testId="setup-client-id" />
            <TextField type="password" label="Client secret" value={credentials.clientSecret} onChange={setCredential('clientSecret')} error={errors['clientSecret']} testId="setup-client-secret" />
          </div>
        )}
        {problem ? (
          <p className="notice notice-error" role="alert" data-testid="setup-error">
            {problem}
          </p>
        ) : null}
        {verified ? <VerifiedShop verified={verified} locationId={locationId} onLocation={setLocationId} /> : null}
        {errors['locationId'] ? <p className="field-error">{errors['locationId']}</p> : null}
        <div className="form-actions">
          <button type="button" className={`button${verified ? '' : ' primary'}`} disabled={busy !== null} onClick={() => void run('verify')} data-testid="setup-verify">
            {busy === 'verify' ? 'Verifying…' : verified ? 'Verify again' : 'Verify'}
          </button>
          {verified && canSave ? (
            <button type="submit" className="button primary" disabled={busy !== null} data-testid="setup-connect">
              {busy === 'connect' ? 'Connecting…' : `Connect ${verified.shop.name}`}
            </button>
          ) : null}
          {verified && !canSave ? <span className="field-hint">{keychainMessage}</span> : null}
        </div>
      </form>
    </Card>
  );
}
