/**
 * `toModel` for elements: the JSON-stat reader is imported on first use, so pages that only show
 * monitor JSON never load it, and so is the validator that names what is wrong with a rejected
 * document. The drop-in bundle inlines both; npm users' bundlers split them off.
 */
import {isJsonStatDocument} from './jsonstat-detect.js';
import type {MonitorModel} from './model.js';
import {modelOf, quickModel} from './to-model-core.js';

/** The model of `doc`; synchronous for valid monitor JSON and for documents seen before. */
export function toModelLazy(doc: unknown): MonitorModel | Promise<MonitorModel> {
  if (isJsonStatDocument(doc)) return import('./jsonstat.js').then(({fromJsonStat}) => modelOf(doc, fromJsonStat));
  return quickModel(doc) ?? import('./validate.js').then(({rejectDocument}) => modelOf(doc, rejectDocument));
}
