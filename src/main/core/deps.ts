/** What every domain of the core is built from. Assembled once, in createCore. */
import type { WritableDB } from '../db/types';
import type { Clock } from './clock';
import type { EventBus } from './event-bus';
import type { Logger } from './logger';

export interface DataPaths {
  /** The data folder: the database, images, logs. */
  dataDir: string;
  databaseFile: string;
  imagesDir: string;
}

export interface CoreDeps {
  db: WritableDB;
  clock: Clock;
  bus: EventBus;
  log: Logger;
  paths: DataPaths;
  /** The better-sqlite3 binary for this runtime (Electron's own), for connections opened elsewhere (the compare's worker thread). */
  sqliteBinding?: string;
}
