/**
 * `toModel`: the MonitorModel of a parsed monitor JSON v1 document or JSON-stat 2.0 dataset,
 * both formats read synchronously (see to-model-core.ts for the memo and the error rules, and
 * to-model-lazy.ts for the variant elements use).
 */
import {fromJsonStat} from './jsonstat.js';
import type {MonitorModel} from './model.js';
import {modelOf} from './to-model-core.js';

/**
 * The MonitorModel of a parsed monitor JSON v1 document or JSON-stat 2.0 dataset.
 * Throws only MonitorError (`schema`): anything else escaping a reader is wrapped, since a
 * malformed document must never surface as a TypeError in an element.
 */
export function toModel(doc: unknown): MonitorModel {
  return modelOf(doc, fromJsonStat);
}
