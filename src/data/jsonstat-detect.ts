/**
 * Telling JSON-stat from monitor JSON without loading the JSON-stat reader, which elements load
 * only when such a document arrives (see to-model-lazy.ts).
 */
import {isRecord, type JsonRecord} from './record.js';

/** A JSON-stat response (`class`: dataset, collection, bundle…) rather than monitor JSON. */
export function isJsonStatDocument(doc: unknown): doc is JsonRecord {
  return isRecord(doc) && !Object.hasOwn(doc, 'format') && Object.hasOwn(doc, 'class');
}
