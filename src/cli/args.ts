/**
 * Splits argv into the command, its positional arguments and its `--options`. Which options a
 * command takes is declared by the command, so a typo (`--merg`) is an error, not silence.
 */
import {CliError} from './cli-error.js';

export interface OptionSpec {
  /** Takes a value (`--out FILE`, `--out=FILE`); otherwise a flag. */
  readonly value?: boolean;
  /** May be given several times; the values are collected in order. */
  readonly repeat?: boolean;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  /** Last value of each single option, all values of a repeatable one. */
  readonly values: ReadonlyMap<string, readonly string[]>;
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>, command: string): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2), '=');
    const option = spec[name];
    if (!option || !Object.hasOwn(spec, name)) {
      throw new CliError(`unknown option --${name} for "${command}"`, {}, `options: ${Object.keys(spec).map((o) => `--${o}`).join(', ')}`);
    }
    if (!option.value) {
      if (inline !== undefined) throw new CliError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliError(`--${name} needs a value`);
    const previous = option.repeat ? (values.get(name) ?? []) : [];
    values.set(name, [...previous, value]);
  }
  return {positionals, flags, values};
}

/** The single value of an option, or undefined. */
export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const all = args.values.get(name);
  return all?.[all.length - 1];
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
