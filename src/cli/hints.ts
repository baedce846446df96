/**
 * A short "what to do" for the validator's messages. The validator words its messages for
 * developers; publishers editing a file by hand need the fix, so we match on the wording.
 */

const HINTS: readonly (readonly [RegExp, string])[] = [
  [/must be a finite number or null/, 'write numbers without quotes and with a decimal point (12.5, not "12,5"); use null for a missing value'],
  [/is required \(use null/, 'add "value": null when the number is missing, optionally with "status"'],
  [/must be a category declared in dimensions\.(\w+)/, 'add the category to dimensions.$1.categories, or correct the code'],
  [/must be a period like/, 'periods are written 2023, 2023-Q2 or 2023-05'],
  [/duplicate observation/, 'each combination of categories may occur once in an indicator: remove or merge the duplicate'],
  [/unknown dimension/, 'add the dimension to the indicator\'s "dimensions" list, or remove the key from the observation'],
  [/names undeclared dimension/, 'declare the dimension under the top-level "dimensions"'],
  [/names undeclared theme/, 'add the theme to the top-level "themes" list, or correct the id'],
  [/duplicate (indicator|category|theme) id/, 'ids must be unique: rename one of them'],
  [/must be "leiden-monitor"/, 'set "format": "leiden-monitor" (or convert the file with `leiden-monitor convert`)'],
  [/^version: must be 1/, 'set "version": 1'],
  [/must be an? (absolute )?http\(s\) URL/, 'links must start with https:// (or http://)'],
  [/must be an ISO 8601 date/, 'write dates as YYYY-MM-DD, e.g. 2024-06-01'],
  [/must be a whole number from 0/, '"decimals" is the number of digits after the decimal point, 0 to 6'],
  [/must be a string or an object of strings by language/, 'text is "Leiden" or {"nl": "…", "en": "…"}'],
  [/is missing \(every observation needs/, 'every observation names one category of each of the indicator\'s dimensions'],
  [/^(format|version|dimensions|indicators): is required/, 'a monitor document starts with "format": "leiden-monitor", "version": 1, "dimensions" and "indicators"'],
  [/JSON-stat/, 'only JSON-stat 2.0 datasets ("class": "dataset") are read'],
];

const DEFAULT_HINT = 'see "Data format (data publishers)" in the README of leiden-monitor-widgets';

export function hintFor(message: string): string {
  for (const [pattern, hint] of HINTS) {
    const match = pattern.exec(message);
    if (match) return hint.replace('$1', match[1] ?? '');
  }
  return DEFAULT_HINT;
}
