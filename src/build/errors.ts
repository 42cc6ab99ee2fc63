// Errors the build raises on bad input, and the one clock read of the build. Kept light: the
// CLI loads this module even for a no-op build.

export class DataError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
  }
}

/** Today's date in UTC: the latest date the raw data may hold. The only clock read of the build. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
