/**
 * The one error the command-line tool reports to a person: what went wrong, where (file, row or
 * line, column) and, when we can tell, what to do about it. `main` prints it and exits 1.
 */

export interface Place {
  readonly file?: string;
  /** 1-based row of a CSV file or line of a JSON file. */
  readonly line?: number;
  /** 1-based column (CSV: field number; JSON: character). */
  readonly column?: number;
}

export class CliError extends Error {
  readonly place: Place;
  readonly hint?: string;

  constructor(message: string, place: Place = {}, hint?: string) {
    super(message);
    this.name = 'CliError';
    this.place = place;
    if (hint !== undefined) this.hint = hint;
  }
}

/** `data.csv:12:3` (or less, as far as the place is known). */
export function formatPlace({file, line, column}: Place): string {
  if (file === undefined) return '';
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

/** The lines `main` prints for an error: the message with its place, then the hint. */
export function formatError(error: CliError): string {
  const where = formatPlace(error.place);
  const head = where === '' ? error.message : `${where}: ${error.message}`;
  return error.hint === undefined ? head : `${head}\n  hint: ${error.hint}`;
}
