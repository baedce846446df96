#!/usr/bin/env node
/**
 * `leiden-monitor`: the command-line tool for data publishers (validate, convert, embed).
 * Exit status: 0 on success, 1 on a problem with the data or the arguments, 2 on a bug.
 */
import {CliError, formatError} from './cli-error.js';
import {runConvert} from './convert-command.js';
import {runEmbed} from './embed-command.js';
import {runValidate} from './validate-command.js';

const USAGE = `usage: leiden-monitor <command> [options]

  validate FILE… [--json]
      check monitor JSON v1 and JSON-stat 2.0 files; every problem with its line, column and a hint
  convert FILE… [--meta META.json] [--out OUT.json] [--merge] [--from csv|cbs|swing|monitor] [--quiet]
      long-form CSV, CBS open data (TypedDataSet, DataProperties, TableInfos, dimension tables),
      saved Swing (Leiden in Cijfers) responses or monitor JSON → one monitor JSON document
  convert --from swing --url https://…/jiveservices/odata/ --variable NAME[,NAME…]
          [--geolevel gemeente] [--periodlevel year] [--period 2023[,…]] [--api-key-env SWING_API_KEY]
      the same, fetched live (the API key is read from the environment, never written out)
  embed --src URL --indicator ID [--lang nl] [--filter dim=value] [--data FILE] [--script URL | --no-script]
      an HTML snippet whose fallback content is the data as a table
`;

async function run(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return runValidate(rest);
    case 'convert':
      return runConvert(rest);
    case 'embed':
      return runEmbed(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      throw new CliError(`unknown command "${command}"`, {}, 'commands: validate, convert, embed (leiden-monitor --help)');
  }
}

run(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`leiden-monitor: ${formatError(error)}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`leiden-monitor: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    }
  },
);
