/**
 * RFC 4180 CSV with the separator detected from the header line (`;`, `,` or tab: Dutch Excel
 * writes `;` because `,` is its decimal mark). Each row keeps the line it starts on, so errors
 * can name it.
 */
import {CliError} from './cli-error.js';

export interface CsvRow {
  /** 1-based line in the file where the row starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly separator: string;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

const SEPARATORS = [';', ',', '\t'] as const;

/** The separator that occurs most often outside quotes in the first line. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) as number) + 1);
  }
  let best: string = ',';
  let most = 0;
  for (const [separator, count] of counts) {
    if (count > most) [best, most] = [separator, count];
  }
  return best;
}

/** All records of `text` (quotes, doubled quotes, CR/LF/CRLF); blank lines are skipped. */
function records(text: string, separator: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({line: rowLine, fields});
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += char;
  }
  if (quoted) throw new CliError('a quoted field is never closed (is the file cut off?)', {file, line: quoteLine}, 'every opening " needs a closing "');
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

export function parseCsv(text: string, file: string): CsvTable {
  const separator = detectSeparator(text);
  const [header, ...rows] = records(text, separator, file);
  if (!header) throw new CliError('the file is empty', {file});
  const names = header.fields.map((name) => name.trim());
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      const shown = separator === '\t' ? 'tab' : `"${separator}"`;
      throw new CliError(
        `row has ${row.fields.length} field${row.fields.length === 1 ? '' : 's'}, the header has ${names.length} (separator ${shown})`,
        // the column of the first missing (or first extra) field
        {file, line: row.line, column: Math.min(row.fields.length, names.length) + 1},
        'a value containing the separator must be quoted, and every row needs the same columns; is the file cut off, or does it mix ; and , as separators?',
      );
    }
  }
  return {separator, header: names, rows};
}
