import { writeFileAtomically } from './atomicWrite';
import { CliError, type CliIo } from './cliIo';
import { displayPath, toKey } from './cliPaths';
import { fsErrorReason } from './fsErrorReason';

/** Where a report goes: printed, or written whole to `--out` (never half written) and said so on stderr. Bytes (a workbook) are never printed: the caller asks for `--out`. */
export async function writeReport(io: CliIo, out: string | undefined, report: string | Uint8Array): Promise<void> {
  if (out === undefined) {
    io.stdout.write(typeof report === 'string' ? report : '');
    return;
  }
  const path = toKey(io.cwd, out);
  try {
    await writeFileAtomically(path, typeof report === 'string' ? new TextEncoder().encode(report) : report);
  } catch (error) {
    throw new CliError(`cannot write ${displayPath(io.cwd, path)}: ${fsErrorReason(error)}`);
  }
  io.stderr.write(`reqdesk: wrote ${displayPath(io.cwd, path)}\n`);
}

/** The report's index key, to link from: the `--out` file, or none when the report is printed. */
export function reportKey(io: CliIo, out: string | undefined): string | undefined {
  return out === undefined ? undefined : toKey(io.cwd, out);
}
