import type {ErrorCode} from '../data/model.js';
import type {MonitorError} from '../data/errors.js';
import type {ElementState} from './leiden-element.js';

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

/**
 * After a render: reflects `state` to the `state` and `aria-busy` attributes and sends
 * `monitor-load` / `monitor-error` once per outcome (a new view or a new error), not per render.
 * `outcome` is what is shown (the error in the error state); returns what to pass as `last` next
 * time (nothing while loading, so that loading forgets the last outcome).
 */
export function announceState(el: HTMLElement, state: ElementState, outcome: unknown, last: unknown, load: MonitorLoadDetail): unknown {
  if (el.getAttribute('state') !== state) el.setAttribute('state', state);
  el.setAttribute('aria-busy', String(state === 'loading'));
  if (state === 'loading') return undefined;
  if (outcome !== last) {
    if (state === 'error') {
      const {code, message} = outcome as MonitorError;
      emit(el, 'monitor-error', {code, message});
    } else {
      emit(el, 'monitor-load', load);
    }
  }
  return outcome;
}
