/**
 * Mutates `doc` at `path` for property tests: sets the value there (`undefined` deletes the key), or
 * returns `value` itself for the empty path. A path through something that is not an object leaves
 * the document as it is.
 */
export function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  if (typeof doc !== 'object' || doc === null) return doc;
  let node = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) return doc;
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return doc;
}
