// The locator on its own (built module), on paths the validator writes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {locateJson, JsonSyntaxError} from '../../dist/cli/json-locate.js';

const TEXT = '{\n  "a": [1, {"b c": true}],\n  "d": {"e": null}\n}\n';

test('locateJson(text).locate(path) gives the line and column where the value starts', () => {
  const locator = locateJson(TEXT);
  assert.deepEqual(locator.locate(''), {line: 1, column: 1});
  assert.deepEqual(locator.locate('a[0]'), {line: 2, column: 9});
  assert.deepEqual(locator.locate('a[1]["b c"]'), {line: 2, column: 20});
  assert.deepEqual(locator.locate('d.e'), {line: 3, column: 14});
});

test('locateJson(text).locate(path) falls back to the nearest parent for a missing property', () => {
  assert.deepEqual(locateJson(TEXT).locate('d.missing.deeper'), {line: 3, column: 8});
});

test('locateJson(text) throws JsonSyntaxError with the position where the text stops being JSON', () => {
  assert.throws(() => locateJson('{\n  "a": [1, 2,]\n}'), (error) => error instanceof JsonSyntaxError && error.position.line === 2 && error.position.column === 14);
  assert.throws(() => locateJson('{"a": 1} x'), (error) => error instanceof JsonSyntaxError && /after the end/.test(error.message));
});
