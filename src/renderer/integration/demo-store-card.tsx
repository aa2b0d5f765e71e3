/** "Use the demo store": a one-click connection to the local Shopify store, to try everything without an account. */
import { api } from '../api';
import { useBusyAction } from '../components/use-busy-action';
import { navigate, paths } from '../router';
import { useShopConnection } from '../stores/shop-connection';
import { toast } from '../stores/toasts';

export function DemoStoreCard({ canSave, featured }: { canSave: boolean; featured: boolean }) {
  const { busy, run } = useBusyAction();
  const connectDemo = () =>
    run(async () => {
      const status = await api.connect({ kind: 'demo' });
      useShopConnection.getState().accept(status);
      toast('success', `Connected to the demo store${status.shop ? ` “${status.shop.name}”` : ''}`);
      navigate(paths.integrationTab('overview'));
    });
  return (
    <section className={`card demo-store${featured ? ' featured' : ''}`} data-testid="setup-demo-card">
      <div className="demo-store-text">
        <h2>Try it with the demo store</h2>
        <p className="muted">
          A Shopify store that runs on this computer, stocked like a small artist-merch shop. Push stock, read the Push Log and try every setting without a
          Shopify account. You can connect your own shop later.
        </p>
      </div>
      <button type="button" className={`button${featured ? ' primary' : ''}`} disabled={busy || !canSave} onClick={() => void connectDemo()} data-testid="setup-use-demo">
        {busy ? 'Connecting…' : 'Use the demo store'}
      </button>
    </section>
  );
}
