/** Where the CLI writes and which folder it runs in; process values in production, buffers in tests. */
export interface TextSink {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Absolute folder that relative paths are resolved against and printed relative to. */
  readonly cwd: string;
}

/** A mistake in the command line: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** A problem for the user to fix (no such folder, unreadable file): printed as one line, exit code 2. */
export class CliError extends Error {}
