/**
 * `leiden-monitor-widgets`: every element, defined on import, plus the data layer for partners
 * who want to load or validate monitor documents themselves.
 */
export * from './chart.js';
export * from './kpi.js';
export * from './vision-goals.js';
export * from './map.js';
export * from './monitor.js';
export type * from './data/model.js';
export {MonitorError} from './data/errors.js';
export {toModel} from './data/to-model.js';
export {validateMonitor} from './data/validate.js';
