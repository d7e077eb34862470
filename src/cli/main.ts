import { runActions } from './actionsCommand';
import { runChanges } from './changesCommand';
import { runCheck } from './checkCommand';
import { CliError, UsageError, type CliIo } from './cliIo';
import { parseCommandLine } from './commandLine';
import { runCompare } from './compareCommand';
import { runExport } from './exportCommand';
import { runImpact } from './impactCommand';
import { runImport } from './importCommand';
import { runList } from './listCommand';
import { runReport } from './reportCommand';
import { runReview } from './reviewCommand';
import { runSet } from './setCommand';
import { runTrace } from './traceCommand';
import { readVersion, USAGE } from './usage';

/** Runs one command line and returns the exit code; never throws, so tests can call it in-process. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const commandLine = parseCommandLine(argv);
    switch (commandLine.command) {
      case 'help':
        io.stdout.write(USAGE);
        return 0;
      case 'version':
        io.stdout.write(`${readVersion()}\n`);
        return 0;
      case 'check':
        return await runCheck(commandLine, io);
      case 'list':
        return await runList(commandLine, io);
      case 'set':
        return await runSet(commandLine, io);
      case 'review':
        return await runReview(commandLine, io);
      case 'changes':
        return await runChanges(commandLine, io);
      case 'export':
        return await runExport(commandLine, io);
      case 'import':
        return await runImport(commandLine, io);
      case 'compare':
        return await runCompare(commandLine, io);
      case 'actions':
        return await runActions(commandLine, io);
      case 'report':
        return await runReport(commandLine, io);
      case 'trace':
        return await runTrace(commandLine, io);
      case 'impact':
        return await runImpact(commandLine, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`reqdesk: ${error.message}\n\n${USAGE}`);
    } else if (error instanceof CliError) {
      io.stderr.write(`reqdesk: ${error.message}\n`);
    } else {
      // A bug, not the user's doing: one line, no stack trace (REQDESK_DEBUG=1 shows it).
      io.stderr.write(`reqdesk: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.REQDESK_DEBUG && error instanceof Error) {
        io.stderr.write(`${error.stack ?? ''}\n`);
      }
    }
    return 2;
  }
}

if (require.main === module) {
  // Output piped into `head` closes early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(error.code === 'EPIPE' ? '' : `reqdesk: cannot write output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then((code) => {
    process.exitCode = code;
  });
}
