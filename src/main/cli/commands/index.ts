/** Every CLI command, in the order help lists them. A new command is one file plus one line here. */
import type { CliCommand } from '../command';
import { callCommand, callsCommand } from './call';
import { commitmentsAddCommand } from './commitments-add';
import { connectCommand, disconnectCommand } from './connect';
import { productsListCommand } from './products-list';
import { stockAdjustCommand } from './stock-adjust';
import { stockSetCommand } from './stock-set';
// ---- stock push ----
import { pushLogCommand } from './push-log';
import { pushNowCommand } from './push-now';
import { pushStatusCommand } from './push-status';
import { stockAuditCommand } from './stock-audit';
import { stockBulkSyncCommand } from './stock-bulk-sync';
// ---- product sync ----
import { skusCheckCommand } from './skus-check';
import { syncCompareCommand } from './sync-compare';
import { syncApplyCommand } from './sync-apply';
import { syncUndoCommand } from './sync-undo';
import { syncLinkSkusCommand } from './sync-link-skus';
import { syncUnlinkCommand } from './sync-unlink';
// ---- order import ----
import { ordersImportCommand } from './orders-import';

export const commands: readonly CliCommand[] = [
  productsListCommand,
  stockAdjustCommand,
  stockSetCommand,
  commitmentsAddCommand,
  connectCommand,
  disconnectCommand,
  pushNowCommand,
  pushStatusCommand,
  pushLogCommand,
  stockBulkSyncCommand,
  stockAuditCommand,
  syncCompareCommand,
  syncApplyCommand,
  syncUndoCommand,
  syncLinkSkusCommand,
  syncUnlinkCommand,
  skusCheckCommand,
  ordersImportCommand,
  callCommand,
  callsCommand,
];
