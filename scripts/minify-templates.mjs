// Collapses the formatting inside lit's html``, svg`` and css`` templates in the JS that tsc emitted
// to dist/, so partners' bundles (and our drop-in) do not ship our indentation. Only the static text
// of those templates changes, found with TypeScript's parser; the expressions between them are left
// alone. HTML and SVG: whitespace runs that contain a line break become one space (same rendering:
// no <pre> in our templates). CSS: comments go, whitespace runs shrink to one space, and spaces next
// to { } ; , > and after : are dropped (never inside values like calc(), which keep their single spaces).
// Formatting before a tag's `>` goes; in SVG, formatting between tags goes too (SVG draws no text
// outside <text>), in svg`` templates and inside an html template's <svg>, which saves a text node
// per run. Static attribute values lose their quotes where HTML allows (`class="mark"` → `class=mark`). Our private custom properties (`--_text-muted`,
// read only inside our shadow roots) get short names, the same in every file.
import {readFileSync, writeFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

export function minifyTemplateText(tag, text) {
  if (tag === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // after a declaration's colon (a selector's pseudo-class colon is never followed by a space)
      .replace(/:\s+/g, ':')
      // 0.5em → .5em; ` !important` → `!important`
      .replace(/(?<=[\s:(,/-])0\.(?=\d)/g, '.')
      .replace(/\s+!important/g, '!important')
      .replace(/;}/g, '}')
      .trim();
  }
  // formatting inside a tag, before its `>` or `/>`, goes
  let out = text.replace(/\s*\n\s*(?=\/?>)/g, '');
  if (tag === 'svg') out = withoutSvgFormatting(out);
  out = out.replace(/\s*\n\s*/g, ' ');
  // a static attribute value without spaces or quote-like characters needs no quotes (HTML's
  // unquoted syntax), unless a `/` follows it, which would join the value
  return out.replace(/(\s[a-zA-Z][\w:-]*)="([\w.:#%-]+)"(?=[\s>])/g, '$1=$2');
}

/**
 * SVG draws no text between its elements: formatting between tags (or between a tag and an
 * expression in a child position) goes, and with it a text node per run.
 */
function withoutSvgFormatting(text) {
  return text.replace(/(?<=>)\s*\n\s*(?=<|$)/g, '').replace(/^\s*\n\s*(?=<)/, '');
}

/**
 * An html`` template's static part, with the SVG rule applied between its `<svg>` and `</svg>`
 * (a chart's plot is an inline `<svg>` in an html template). `inSvg`: the part starts inside an
 * `<svg>` opened by an earlier part of the same template. Returns the part and whether it ends
 * inside one.
 */
export function minifyHtmlPart(text, inSvg) {
  let out = '';
  let depth = inSvg ? 1 : 0;
  // pieces between `<svg` and `</svg>` boundaries, each formatted as what it sits in
  for (const piece of text.split(/(?=<svg[\s>])|(?<=<\/svg>)/)) {
    if (piece.startsWith('<svg')) depth++;
    out += depth > 0 ? withoutSvgFormatting(piece) : piece;
    if (piece.endsWith('</svg>')) depth--;
  }
  return [minifyTemplateText('html', out), depth > 0];
}

/** The static parts of the lit templates in `source`: [start, end, tag, number of parts, index] of each
 *  (a template's parts in order, each template's before the templates nested in its expressions). */
function templateParts(source, file) {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const parts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const literals = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      for (const [index, part] of literals.entries()) {
        // the text sits between the delimiters: ` or } before it, ` or ${ after it
        const start = part.getStart(sf) + 1;
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        parts.push([start, end, node.tag.text, literals.length, index]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return parts;
}

const PRIVATE_PROPERTY = /--_[\w-]+/g;

/**
 * Short names for our private custom properties (`--_text-muted` → `--_3`), the most used first.
 * They exist only inside our shadow roots (partners set the public `--leiden-*` ones), so one
 * renaming over every file keeps them consistent.
 */
function privatePropertyNames(files) {
  const counts = new Map();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const [start, end, tag] of templateParts(source, file)) {
      if (tag !== 'css') continue;
      for (const [name] of source.slice(start, end).matchAll(PRIVATE_PROPERTY)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const names = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return new Map(names.map((name, i) => [name, `--_${i.toString(36)}`]));
}

function minifyFile(file, shortNames = new Map()) {
  const source = readFileSync(file, 'utf8');
  const edits = [];
  let inSvg = false;
  for (const [start, end, tag, count, index] of templateParts(source, file)) {
    const raw = source.slice(start, end);
    let min;
    if (tag === 'html') [min, inSvg] = minifyHtmlPart(raw, index > 0 && inSvg);
    else min = minifyTemplateText(tag, raw);
    if (tag === 'css') {
      min = min.replace(PRIVATE_PROPERTY, (name) => shortNames.get(name) ?? name);
      // css with ${} expressions: keep a space at the seams so values do not glue to keywords
      if (count > 1) min = ` ${min} `;
    }
    if (min !== raw) edits.push([start, end, min]);
  }
  if (!edits.length) return 0;
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  writeFileSync(file, out);
  return source.length - out.length;
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'cli' ? [] : jsFiles(path);
    return path.endsWith('.js') && !path.endsWith('leiden-widgets.js') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const files = jsFiles(dir);
  const shortNames = privatePropertyNames(files);
  let saved = 0;
  for (const file of files) saved += minifyFile(file, shortNames);
  console.log(`minify-templates: ${(saved / 1024).toFixed(1)} KiB of template formatting removed in ${dir}/`);
}
