/**
 * `leiden-monitor-widgets`: every element, defined on import, plus the data layer for partners
 * who want to load or validate monitor documents themselves.
 */
// This order is the drop-in's module order: the chart next to the KPI before it and the map after
// it, whose code repeats the chart's patterns, keeps those repeats within gzip's 32 KB window
// (0.6 KiB gzip less than chart, kpi, vision-goals, map, monitor; scripts/size-check.mjs measures it).
export * from './kpi.js';
export * from './chart.js';
export * from './map.js';
export * from './vision-goals.js';
export * from './monitor.js';
export type * from './data/model.js';
export {MonitorError} from './data/errors.js';
export {toModel} from './data/to-model.js';
export {validateMonitor} from './data/validate.js';
