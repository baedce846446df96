/**
 * Entry point `leiden-monitor-widgets/monitor.js`: defines `<leiden-monitor>` on import. The
 * chart, map and KPI elements it composes are imported on demand, the first time one is needed.
 */
import {defineElement} from './base/define.js';
import {LeidenMonitor} from './elements/monitor/monitor.js';

defineElement('leiden-monitor', LeidenMonitor);

export {LeidenMonitor};
export {chooseView, KPI_MAX_PERIODS} from './elements/monitor/choose-view.js';
export type {MonitorLoadEvent, MonitorErrorEvent, MonitorLoadDetail, MonitorErrorDetail} from './base/events.js';
