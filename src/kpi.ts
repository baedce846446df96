/**
 * Entry point `leiden-monitor-widgets/kpi.js`: defines `<leiden-monitor-kpi>` on import.
 */
import {defineElement} from './base/define.js';
import {LeidenMonitorKpi} from './elements/monitor-kpi/monitor-kpi.js';

defineElement('leiden-monitor-kpi', LeidenMonitorKpi);

export {LeidenMonitorKpi};
export type {KpiVariant} from './elements/monitor-kpi/monitor-kpi.js';
export type {MonitorLoadEvent, MonitorErrorEvent, MonitorLoadDetail, MonitorErrorDetail} from './base/events.js';
