// After `lit-localize build`: the generated catalogues (src/generated/locales/*.ts) import `str`
// from '@lit/localize', whose index also brings lit's runtime-mode machinery (configureLocalization,
// hashing of message ids, a deferred) into every bundle that loads a catalogue. We use none of it
// (src/i18n/localization.ts has its own `msg`), so point them at the one module `str` lives in,
// as localization.ts does.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const DIR = 'src/generated/locales';
const FROM = /from '@lit\/localize';/;
const TO = "from '@lit/localize/internal/str-tag.js';";

for (const name of readdirSync(DIR).filter((n) => n.endsWith('.ts'))) {
  const file = join(DIR, name);
  const source = readFileSync(file, 'utf8');
  if (FROM.test(source)) writeFileSync(file, source.replace(FROM, TO));
}
