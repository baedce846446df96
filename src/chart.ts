/**
 * Entry point `leiden-monitor-widgets/chart.js`: defines `<leiden-monitor-chart>` on import.
 */
import {defineElement} from './base/define.js';
import {LeidenMonitorChart} from './elements/monitor-chart/monitor-chart.js';

defineElement('leiden-monitor-chart', LeidenMonitorChart);

export {LeidenMonitorChart};
export type {ChartType} from './chart/chart-type.js';
export type {MonitorLoadEvent, MonitorErrorEvent, MonitorLoadDetail, MonitorErrorDetail} from './base/events.js';
