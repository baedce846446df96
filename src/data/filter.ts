/**
 * Parses the `filter` attribute (CONTRACT §2): `dim=value` pairs separated by `;`, several values
 * with `,`, e.g. `area=GM0546;group=students,refugees`. Whitespace around names is ignored, as are
 * empty parts (`a=1;;b=2;`). Naming a dimension twice adds to its list.
 */
import {MonitorError} from './errors.js';
import type {Filter} from './model.js';

/** Dimension id → allowed category ids, in the order written; an empty map for no filter. */
export function parseFilter(attr: string | undefined | null): Filter {
  const filter = new Map<string, string[]>();
  if (typeof attr !== 'string') return filter;
  for (const raw of attr.split(';')) {
    const part = raw.trim();
    if (part === '') continue;
    const equals = part.indexOf('=');
    const dimension = part.slice(0, equals).trim();
    const categories = part.slice(equals + 1).split(',').map((value) => value.trim()).filter((value) => value !== '');
    // no "=", no dimension before it or no category after it
    if (equals === -1 || dimension === '' || categories.length === 0) {
      throw new MonitorError('not-found', `filter part "${part}" is not written as dimension=category[,category…]`);
    }
    const list = filter.get(dimension) ?? [];
    for (const category of categories) if (!list.includes(category)) list.push(category);
    filter.set(dimension, list);
  }
  return filter;
}
