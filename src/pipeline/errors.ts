// Errors the build raises, and the one clock read of the build. Kept light: the CLI loads this
// module even for a no-op build.

/** Bad raw data: every issue, one message per line. */
export class DataError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
  }
}

/**
 * A failure the user can act on, fully described by its message (the lock, a full disk, a wrong
 * invocation, an oversized report): the CLI prints the message alone, without a stack trace.
 */
export class BuildError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** Today's date in UTC: the latest date the raw data may hold. The only clock read of the build. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
