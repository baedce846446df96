/**
 * `toModel` for elements: the JSON-stat reader is imported on first use, so pages that only show
 * monitor JSON never load it. The drop-in bundle inlines it; npm users' bundlers split it off.
 */
import {isJsonStatDocument} from './jsonstat-detect.js';
import type {MonitorModel} from './model.js';
import {modelOf} from './to-model-core.js';

const noJsonStat = (): never => {
  throw new Error('unreachable: JSON-stat documents take the lazy path');
};

/** The model of `doc`; synchronous unless `doc` is JSON-stat. */
export function toModelLazy(doc: unknown): MonitorModel | Promise<MonitorModel> {
  if (!isJsonStatDocument(doc)) return modelOf(doc, noJsonStat);
  return import('./jsonstat.js').then(({fromJsonStat}) => modelOf(doc, fromJsonStat));
}
