/**
 * The Integration page's Orders section: import Shopify orders as sales — review them
 * first, import with progress, see what happened, and map lines no SKU matched.
 */
import { useEffect } from 'react';
import { Card } from '../components/card';
import { timeAgo } from '../integration/time-words';
import { useNow } from '../integration/use-now';
import { paths } from '../router';
import { followOrderImports, useOrderImport } from '../stores/order-import';
import { ImportControls } from './import-controls';
import { ImportSummary } from './import-summary';
import { OrderPreviewList } from './order-preview-list';
import { plural } from '../plural';
import { UnmatchedLines } from './unmatched-lines';
import './order-import.css';

function StatusLine() {
  const status = useOrderImport((s) => s.status);
  const now = useNow();
  if (!status) return null;
  return (
    <p className="muted" data-testid="orders-status">
      {status.lastImportAt ? `Last import ${timeAgo(status.lastImportAt, now)}` : 'No orders imported yet'}
      {' · '}
      Order sync {status.autoImportOrders ? 'on' : 'off'} (<a href={paths.integrationTab('settings')}>Settings</a>)
      {status.cancelledAfterImport > 0 ? ` · ${plural(status.cancelledAfterImport, 'sale')} cancelled on Shopify after import` : ''}
    </p>
  );
}

export function OrdersSection() {
  const preview = useOrderImport((s) => s.preview);
  const summary = useOrderImport((s) => s.summary);
  const unmatched = useOrderImport((s) => s.unmatched);

  useEffect(() => {
    void useOrderImport.getState().load();
    return followOrderImports();
  }, []);

  return (
    <Card title="Orders" testId="orders-section" action={<a href={paths.sales}>Sales page</a>}>
      <p>Shopify orders become sales here: matched to your variants by SKU, with their cost of goods, and their units taken out of your stock once.</p>
      <StatusLine />
      <ImportControls />
      {preview ? <OrderPreviewList preview={preview} /> : null}
      {summary ? <ImportSummary summary={summary} /> : null}
      <UnmatchedLines lines={unmatched} />
    </Card>
  );
}
