/** Every CLI command, in the order help lists them. A new command is one file plus one line here. */
import type { CliCommand } from '../command';
import { callCommand, callsCommand } from './call';
import { commitmentsAddCommand } from './commitments-add';
import { connectCommand, disconnectCommand } from './connect';
import { productsListCommand } from './products-list';
import { stockAdjustCommand } from './stock-adjust';
import { stockSetCommand } from './stock-set';

export const commands: readonly CliCommand[] = [
  productsListCommand,
  stockAdjustCommand,
  stockSetCommand,
  commitmentsAddCommand,
  connectCommand,
  disconnectCommand,
  callCommand,
  callsCommand,
];
