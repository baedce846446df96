#!/usr/bin/env node
// Writes docs/elements/<tag>.md for every custom element in custom-elements.json (which
// `cem analyze` makes from the JSDoc in src/), plus docs/elements/README.md, an index. The JSDoc is
// the single source: edit it, then run `npm run docs`.
//
//   node scripts/docs-from-manifest.mjs           # (re)write the pages
//   node scripts/docs-from-manifest.mjs --check   # exit 1 when a committed page differs from what
//                                                 # the manifest gives, is missing, or is left over
//
// Only `node:` built-ins. Output is deterministic (manifest order, `\n` line ends).
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isElementDeclaration} from './manifest-elements.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = resolve(REPO, 'custom-elements.json');
const OUT = resolve(REPO, 'docs/elements');
const PKG = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')).name;
const HEADER = '<!-- Generated from custom-elements.json by scripts/docs-from-manifest.mjs: edit the JSDoc in src/, then run `npm run docs`. -->';

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
/** A table cell: one line, pipes escaped. */
const cell = (text) => (text === undefined || text === null || text === '' ? '' : String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|'));
const code = (text) => (text ? `\`${String(text).replace(/`/g, "'")}\`` : '');
/** Prose: keep paragraphs, join wrapped lines. */
const prose = (text) => String(text ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join('\n\n');

function table(headers, rows) {
  if (!rows.length) return '_None._\n';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

/** Custom elements of the manifest, with their tag (derived from the class name when the
 *  analyzer did not see a define call: the library registers through defineElement()). */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!isElementDeclaration(d)) continue;
      out.push({module: mod.path, declaration: d, tag: d.tagName ?? kebab(d.name)});
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** `leiden-monitor-widgets/chart.js` style entry points (top-level src/*.ts other than index) exporting the class. */
function entryPoints(manifest, className) {
  return (manifest.modules ?? [])
    .filter((m) => /^src\/[^/]+\.ts$/.test(m.path) && m.path !== 'src/index.ts')
    .filter((m) => (m.exports ?? []).some((e) => e.name === className))
    .map((m) => `${PKG}/${m.path.slice(4).replace(/\.ts$/, '.js')}`);
}

export function pageFor(manifest, {module, declaration: d, tag}) {
  const publicFields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  const publicMethods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public');
  const entries = entryPoints(manifest, d.name);
  const parts = [
    HEADER,
    '',
    `# \`<${tag}>\``,
    '',
  ];
  if (d.summary) parts.push(`**${prose(d.summary)}**`, '');
  if (d.description) parts.push(prose(d.description), '');
  parts.push(
    '```js',
    ...(entries.length ? entries.map((e) => `import '${e}';`) : [`import '${PKG}';`]),
    '```',
    '',
    `Class \`${d.name}\` (${code(module)}). Or, without a bundler: the drop-in \`dist/leiden-widgets.js\` defines every element.`,
    '',
    '## Attributes',
    '',
    table(['attribute', 'property', 'type', 'default', 'description'],
      (d.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(cell(a.type?.text)), code(cell(a.default)), cell(a.description)])),
    '## Properties',
    '',
    table(['property', 'attribute', 'type', 'default', 'description'],
      publicFields.map((f) => [code(f.name), code(f.attribute), code(cell(f.type?.text)), code(cell(f.default)),
        cell([f.readonly ? '(read-only)' : '', f.description].filter(Boolean).join(' '))])),
  );
  if (publicMethods.length) {
    parts.push('## Methods', '',
      table(['method', 'description'], publicMethods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)])));
  }
  parts.push(
    '## Events',
    '',
    table(['event', 'description'], (d.events ?? []).map((e) => [code(e.name), cell(e.description)])),
    '## Slots',
    '',
    table(['slot', 'description'], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    '## CSS custom properties',
    '',
    table(['property', 'description'], (d.cssProperties ?? []).map((p) => [code(p.name), cell([p.description, p.default ? `Default: ${code(p.default)}.` : ''].filter(Boolean).join(' '))])),
    '## CSS parts',
    '',
    table(['part', 'description'], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
  );
  return parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export function indexFor(elements) {
  return [
    HEADER,
    '',
    '# Elements',
    '',
    'One page per element, generated from `custom-elements.json`.',
    '',
    ...elements.map((e) => `- [\`<${e.tag}>\`](${e.tag}.md)${e.declaration.summary ? `: ${prose(e.declaration.summary)}` : ''}`),
    '',
  ].join('\n');
}

/** File name → expected contents. */
export function expectedPages(manifest) {
  const elements = elementsOf(manifest);
  const pages = new Map(elements.map((e) => [`${e.tag}.md`, pageFor(manifest, e)]));
  pages.set('README.md', indexFor(elements));
  return pages;
}

function main() {
  const check = process.argv.includes('--check');
  if (!existsSync(MANIFEST)) {
    console.error('custom-elements.json is missing: run `npx cem analyze` (npm run docs does).');
    process.exit(1);
  }
  const pages = expectedPages(JSON.parse(readFileSync(MANIFEST, 'utf8')));
  const present = existsSync(OUT) ? readdirSync(OUT).filter((f) => f.endsWith('.md')) : [];
  if (check) {
    const problems = [];
    for (const [name, text] of pages) {
      const file = resolve(OUT, name);
      if (!existsSync(file)) problems.push(`docs/elements/${name} is missing`);
      else if (readFileSync(file, 'utf8') !== text) problems.push(`docs/elements/${name} differs from the manifest`);
    }
    for (const name of present) if (!pages.has(name)) problems.push(`docs/elements/${name} has no element in the manifest`);
    if (problems.length) {
      console.error(`${problems.join('\n')}\nRun \`npm run docs\` and commit docs/elements/.`);
      process.exit(1);
    }
    console.log(`docs/elements: ${pages.size} pages match custom-elements.json`);
    return;
  }
  mkdirSync(OUT, {recursive: true});
  for (const [name, text] of pages) writeFileSync(resolve(OUT, name), text);
  for (const name of present) if (!pages.has(name)) console.warn(`docs/elements/${name} has no element in the manifest: delete it`);
  console.log(`docs/elements: wrote ${pages.size} pages`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
