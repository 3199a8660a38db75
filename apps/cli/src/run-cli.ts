import { type CliIo, EXIT_INVALID } from './cli-io.ts';
import { renderHelp } from './help.ts';
import { bilingual } from './messages.ts';
import { parseCliArgs, type Lang } from './parse-args.ts';

/** The language of a usage error: the value of `--lang en` / `--lang=en` if present, else Indonesian. */
function guessLang(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  return argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'id';
}

/**
 * Runs one `inovda` invocation and returns its exit status. Output is written only once it is complete.
 * `--help` and `--version` answer without loading the rules: the commands are imported only when run, so
 * the bundled bin starts about as fast as Node itself.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    const lang = guessLang(argv);
    io.stderr.write(
      `inovda: ${bilingual(args.error, lang)}\n${lang === 'en' ? 'See inovda --help.' : 'Lihat inovda --help.'}\n`,
    );
    return EXIT_INVALID;
  }
  const request = args.value;
  if (request.kind === 'version') {
    io.stdout.write(`${io.version}\n`);
    return 0;
  }
  if (request.kind === 'help') {
    io.stdout.write(renderHelp(request.lang));
    return 0;
  }
  const { runCommand } = await import('./run-command.ts');
  return runCommand(request, io);
}
