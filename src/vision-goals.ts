/**
 * Entry point `leiden-monitor-widgets/vision-goals.js`: defines `<vision-goals>` on import. The
 * KPI element it uses with `monitor-src` is imported on demand, not here.
 */
import {defineElement} from './base/define.js';
import {VisionGoals} from './elements/vision-goals/vision-goals.js';

defineElement('vision-goals', VisionGoals);

export {VisionGoals};
export {LEIDEN_VISION} from './elements/vision-goals/vision.js';
export {validateVision} from './elements/vision-goals/vision-format.js';
export type {VisionDocument, VisionGoal, VisionDomain, IndicatorRef} from './elements/vision-goals/vision-format.js';
export type {MonitorLoadEvent, MonitorErrorEvent, MonitorLoadDetail, MonitorErrorDetail} from './base/events.js';
