/**
 * A small JSON Schema (2020-12) checker covering just the keywords monitor.schema.json uses, so the
 * schema can be tested against the validator without a new dependency. Returns the first error's
 * instance path, or undefined when `value` conforms.
 */
export type Schema = boolean | object;

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

const hasType = (value: unknown, type: string) => typeOf(value) === type || (type === 'number' && typeOf(value) === 'integer');

export function checkSchema(root: Schema, value: unknown): string | undefined {
  const resolve = (ref: string): Schema =>
    ref.slice(2).split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as Schema;

  const check = (schema: Schema, value: unknown, path: string): string | undefined => {
    if (schema === true) return undefined;
    if (schema === false) return path;
    const s = schema as Record<string, unknown>;
    const sub = (key: string) => s[key] as Schema;
    if (typeof s.$ref === 'string') {
      const error = check(resolve(s.$ref), value, path);
      if (error !== undefined) return error;
    }
    if (s.type !== undefined && ![s.type].flat().some((type) => hasType(value, type as string))) return path;
    if ('const' in s && s.const !== value) return path;
    if (Array.isArray(s.enum) && !s.enum.includes(value)) return path;
    if (typeof s.pattern === 'string' && typeof value === 'string' && !new RegExp(s.pattern, 'u').test(value)) return path;
    if (typeof value === 'number') {
      if (typeof s.minimum === 'number' && value < s.minimum) return path;
      if (typeof s.maximum === 'number' && value > s.maximum) return path;
    }
    if (Array.isArray(s.anyOf) && !s.anyOf.some((option) => check(option as Schema, value, path) === undefined)) return path;
    if (Array.isArray(s.oneOf) && s.oneOf.filter((option) => check(option as Schema, value, path) === undefined).length !== 1) return path;
    if (s.if !== undefined) {
      const branch = check(sub('if'), value, path) === undefined ? sub('then') : sub('else');
      const error = branch === undefined ? undefined : check(branch, value, path);
      if (error !== undefined) return error;
    }
    if (Array.isArray(value)) {
      if (typeof s.minItems === 'number' && value.length < s.minItems) return path;
      if (s.uniqueItems === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) return path;
      if (s.items !== undefined) {
        for (const [i, item] of value.entries()) {
          const error = check(sub('items'), item, `${path}[${i}]`);
          if (error !== undefined) return error;
        }
      }
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (typeof s.minProperties === 'number' && keys.length < s.minProperties) return path;
      for (const key of (s.required as string[] | undefined) ?? []) if (!Object.hasOwn(record, key)) return `${path}.${key}`;
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      for (const key of keys) {
        const keyPath = path === '' ? key : `${path}.${key}`;
        if (s.propertyNames !== undefined && check(sub('propertyNames'), key, keyPath) !== undefined) return keyPath;
        const schemaOfKey = Object.hasOwn(properties, key) ? properties[key] : (s.additionalProperties as Schema | undefined);
        const error = schemaOfKey === undefined ? undefined : check(schemaOfKey, record[key], keyPath);
        if (error !== undefined) return error;
      }
    }
    return undefined;
  };
  return check(root, value, '');
}
