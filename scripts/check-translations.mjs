// Fails when a msg() string has no translation in a shipped locale. Run after
// `lit-localize extract`, which adds every new source string to each XLIFF file without a target.
import {readFileSync} from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const problems = [];
let units = 0;
for (const locale of config.targetLocales) {
  const file = `${config.interchange.xliffDir.replace(/\/?$/, '/')}${locale}.xlf`;
  const xliff = readFileSync(file, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    units++;
    const target = /<target>([\s\S]*?)<\/target>/.exec(body);
    if (!target || !target[1].trim()) problems.push(`${file}: "${id}" has no translation`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`check-translations: ${problems.length} message(s) untranslated; add <target> elements to the XLIFF files.`);
  process.exit(1);
}
console.log(`check-translations: ${units} messages translated in ${config.targetLocales.join(', ')}`);
