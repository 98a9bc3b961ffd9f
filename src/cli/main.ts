import { runBib } from './commands/bib';
import { runFigures } from './commands/figures';
import { runLint, type CommandIo } from './commands/lint';
import { runSources } from './commands/sources';
import { UsageError } from './usageError';

const HELP = `Usage: backcheck <command> [options]

Commands:
  lint       check the figures in Markdown drafts against the sources
  figures    print the figures Backcheck reads in a document
  sources    list the sources, and those that cannot be read
  bib        print the sources as CSL-JSON for pandoc --citeproc

Run "backcheck <command> --help" for a command's options.`;

const COMMANDS: Record<string, (argv: string[], io: CommandIo) => Promise<number>> = {
  lint: runLint,
  figures: runFigures,
  sources: runSources,
  bib: runBib,
};

/** Runs one CLI invocation and returns its exit code; never calls process.exit itself. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    io.stdout(HELP + '\n');
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command "${command}"\n\n${HELP}`);
    return await run(rest, io);
  } catch (error) {
    // parseArgs signals unknown options with a TypeError whose code starts ERR_PARSE_ARGS.
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`backcheck: ${(error as Error).message}\n`);
    } else {
      io.stderr(`backcheck: internal error: ${(error as Error).stack ?? error}\n`);
    }
    return 2;
  }
}
