/**
 * The drop-in bundle's entry (dist/leiden-widgets.js): everything the package index exports, with
 * the modules that elements load on demand imported up front in an order that gzip likes. The
 * drop-in inlines them anyway; where they sit decides which repeats fall within gzip's 32 KB
 * window. This order is measured, not reasoned: 0.5 KiB gzip less than the index's own order.
 * `node scripts/drop-in-order.mjs` searches again after larger changes (see docs/decisions/
 * 2026-11-26_rendering-and-size.md).
 */
import './vision-goals.js';
import './data/jsonstat.js';
import './chart/decimate.js';
import './data/validate.js';
import './data/retry.js';
import './data/stale-store.js';
import './kpi.js';
import './chart/csv.js';
import './map.js';
import './chart/mirror.js';
import './chart/keyboard.js';

export * from './index.js';
