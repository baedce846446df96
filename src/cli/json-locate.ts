/**
 * Maps the JSON paths the validator reports (`indicators[3].observations[12].value`) back to a
 * line and column in the file text, and finds where a file stops being JSON.
 *
 * A tiny tokenizer walks the text once and records the offset where each value starts, under the
 * path `at()` from the data layer would write for it, so the two always agree. JSON.parse still
 * builds the values: this module only knows where things are.
 */
import {at} from '../data/json-path.js';

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters (UTF-16 code units, as editors on the web count). */
  readonly column: number;
}

export interface JsonLocator {
  /** Where the value at `path` starts; for a path that is not in the text (a missing property),
   *  where its nearest existing parent starts. */
  locate(path: string): Position;
}

/** Thrown by the tokenizer where the text stops being JSON. */
export class JsonSyntaxError extends Error {
  readonly position: Position;
  constructor(message: string, position: Position) {
    super(message);
    this.name = 'JsonSyntaxError';
    this.position = position;
  }
}

/** Offsets → line/column; built once per text with a table of line starts. */
function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return {line: low + 1, column: offset - (starts[low] as number) + 1};
  };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** One pass over `text`: the offset of every value by path. Throws JsonSyntaxError. */
function scan(text: string, toPosition: (offset: number) => Position): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(i >= text.length ? `unexpected end of file (${message})` : message, toPosition(Math.min(i, text.length)));
  };
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  };
  const expect = (char: string) => {
    skipSpace();
    if (text[i] !== char) fail(`expected "${char}" but found ${found()}`);
    i++;
  };
  const found = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));

  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('a control character (such as a line break) inside a string');
      i++;
    }
    if (i >= text.length) fail('a string is not closed');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('a string with an invalid escape');
    }
  };

  const readValue = (path: string): void => {
    skipSpace();
    offsets.set(path, i);
    const char = text[i];
    if (char === '{') return readObject(path);
    if (char === '[') return readArray(path);
    if (char === '"') {
      readString();
      return;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number && number[0] !== '' && number[0] !== '-') {
      i += number[0].length;
      return;
    }
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
      return;
    }
    fail(`expected a value but found ${found()}`);
  };

  const readObject = (path: string): void => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail(`expected a property name in double quotes but found ${found()}`);
      const key = readString();
      expect(':');
      readValue(at(path, key));
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected "," or "}" but found ${found()}`);
    }
  };

  const readArray = (path: string): void => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      readValue(at(path, index));
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected "," or "]" but found ${found()}`);
    }
  };

  readValue('');
  skipSpace();
  if (i < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
  return offsets;
}

/** The last step of a path (`.name`, `[3]` or `["odd key"]`), to find a parent. */
const LAST_STEP = /(\.[A-Za-z_$][\w$-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

function parentPath(path: string): string {
  const step = LAST_STEP.exec(path);
  if (step) return path.slice(0, step.index);
  return ''; // a top-level name has no dot in front of it
}

/**
 * A locator for `text`. Throws JsonSyntaxError (with line and column) when the text is not
 * JSON, which is also the way to place a parse error: JSON.parse's own messages differ between
 * Node versions and give an offset at best.
 */
export function locateJson(text: string): JsonLocator {
  const toPosition = lineIndex(text);
  const offsets = scan(text, toPosition);
  return {
    locate(path) {
      let current = path;
      for (;;) {
        const offset = offsets.get(current);
        if (offset !== undefined) return toPosition(offset);
        if (current === '') return {line: 1, column: 1};
        current = parentPath(current);
      }
    },
  };
}
