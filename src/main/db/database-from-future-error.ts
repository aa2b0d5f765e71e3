/** Raised when the data folder was written by a newer Stockpilot than this one. */
export class DatabaseFromFutureError extends Error {
  override readonly name = 'DatabaseFromFutureError';
  constructor(
    readonly foundVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `This data was written by a newer version of Stockpilot (schema ${foundVersion}; this version knows up to ${knownVersion}). Update Stockpilot to open it.`,
    );
  }
}
