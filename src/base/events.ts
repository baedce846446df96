import type {ErrorCode} from '../data/model.js';

/** `monitor-load`: data loaded and rendered. */
export interface MonitorLoadDetail {
  indicator?: string;
}

/** `monitor-error`: the element could not show what was asked. */
export interface MonitorErrorDetail {
  code: ErrorCode;
  message: string;
}

export type MonitorLoadEvent = CustomEvent<MonitorLoadDetail>;
export type MonitorErrorEvent = CustomEvent<MonitorErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'monitor-load': MonitorLoadEvent;
    'monitor-error': MonitorErrorEvent;
  }
}

type EventDetails = {
  'monitor-load': MonitorLoadDetail;
  'monitor-error': MonitorErrorDetail;
};

/** Sends one of our events the way the contract says: bubbling and composed. */
export function emit<K extends keyof EventDetails>(target: EventTarget, type: K, detail: EventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}
