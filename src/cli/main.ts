import { message, render, type Translate } from '../core/messages/message';
import { runBib } from './commands/bib';
import { runFigures } from './commands/figures';
import { runLint, type CommandIo } from './commands/lint';
import { runSources } from './commands/sources';
import { translatorOfArgv } from './locale';
import { UsageError } from './usageError';

const helpIn = (translate: Translate) => render(message('cli.help'), translate);

const COMMANDS: Record<string, (argv: string[], io: CommandIo) => Promise<number>> = {
  lint: runLint,
  figures: runFigures,
  sources: runSources,
  bib: runBib,
};

/** Runs one CLI invocation and returns its exit code; never calls process.exit itself. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  const translate = translatorOfArgv(argv, io.env);
  if (!command || command === '--help' || command === '-h') {
    io.stdout(helpIn(translate) + '\n');
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError('cli.usage.command', { command, help: message('cli.help') });
    return await run(rest, { ...io, translate: io.translate ?? translate });
  } catch (error) {
    // parseArgs signals unknown options with a TypeError whose code starts ERR_PARSE_ARGS (Node's English).
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (error instanceof UsageError) {
      io.stderr(`backcheck: ${render(error.said, translate)}\n`);
    } else if (code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`backcheck: ${(error as Error).message}\n`);
    } else {
      io.stderr(`backcheck: internal error: ${(error as Error).stack ?? error}\n`);
    }
    return 2;
  }
}
