/**
 * Entry point `leiden-monitor-widgets/map.js`: defines `<leiden-monitor-map>` on import. The
 * shipped district geometry is loaded only by maps without a `geo`.
 */
import {defineElement} from './base/define.js';
import {LeidenMonitorMap} from './elements/monitor-map/monitor-map.js';

defineElement('leiden-monitor-map', LeidenMonitorMap);

export {LeidenMonitorMap};
export type {MonitorLoadEvent, MonitorErrorEvent, MonitorLoadDetail, MonitorErrorDetail} from './base/events.js';
