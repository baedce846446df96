// Rollup plugin for the drop-in only: message ids become numbers.
//
// Every UI string's id is written three times in the bundle: at its `msg(…, {id: 'plot.help'})`
// call and as a key of each target catalogue (src/generated/locales/*.ts). Here each id becomes
// its index in one sorted list of the catalogues' keys: the calls pass `7` for `{id: …}` and each
// catalogue becomes a function returning an array (a missing translation is a hole, so the source
// text shows, as before). src/i18n/localization.ts's `msg` takes either form. Saves ~0.8 KiB
// gzip. The npm entries keep the readable ids: this is our own build's squeeze, like its
// compress passes.
import {readFileSync, readdirSync} from 'node:fs';
import {join, sep} from 'node:path';
import MagicString from 'magic-string';

const CATALOGUE_DIR = join('dist', 'generated', 'locales');

/** The `templates` object literal of a generated catalogue module. */
function templatesObject(ast, file) {
  for (const node of ast.body) {
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : undefined;
    const init = declaration?.declarations?.find((d) => d.id.name === 'templates')?.init;
    if (init?.type === 'ObjectExpression') return init;
  }
  throw new Error(`compact-messages: no \`export const templates = {…}\` in ${file}`);
}

const keyOf = (property) => (property.key.type === 'Literal' ? String(property.key.value) : property.key.name);

/** Calls every node of an ESTree tree (depth first). */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

export function compactMessages({dir = CATALOGUE_DIR} = {}) {
  let index = new Map();
  return {
    name: 'compact-messages',
    buildStart() {
      const keys = new Set();
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
        const file = join(dir, name);
        const ast = this.parse(readFileSync(file, 'utf8'));
        for (const property of templatesObject(ast, file).properties) keys.add(keyOf(property));
      }
      index = new Map([...keys].sort().map((key, i) => [key, i]));
    },
    transform(code, id) {
      if (!id.includes(`${sep}dist${sep}`)) return null; // our code only: tsc's output in dist/
      const ast = this.parse(code);
      const out = new MagicString(code);
      if (id.includes(`${sep}${CATALOGUE_DIR}${sep}`)) {
        const object = templatesObject(ast, id);
        const slots = [];
        for (const property of object.properties) slots[index.get(keyOf(property))] = code.slice(property.value.start, property.value.end);
        // a function: the drop-in inlines every catalogue, and its strings would otherwise be
        // built at load (~20 KB of JS heap on a page that never shows those languages)
        out.overwrite(object.start, object.end, `() => [${Array.from(slots, (s) => s ?? '').join(',')}]`);
      } else if (code.includes('msg(')) {
        walk(ast, (node) => {
          const options = node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg' ? node.arguments[1] : undefined;
          const property = options?.type === 'ObjectExpression' && options.properties.length === 1 ? options.properties[0] : undefined;
          if (!property || keyOf(property) !== 'id' || property.value.type !== 'Literal') return;
          const n = index.get(property.value.value);
          if (n !== undefined) out.overwrite(options.start, options.end, String(n));
        });
      }
      return out.hasChanged() ? {code: out.toString(), map: out.generateMap({hires: true})} : null;
    },
  };
}
