import {msg} from '../i18n/localization.js';

/** The unit in words for headers and captions ('' when the values speak for themselves). */
export function unitText(unit: string | undefined): string {
  switch (unit) {
    case undefined:
    case 'ratio':
    case 'index':
      return '';
    case 'percent':
      return msg('procent', {id: 'unit.percent'});
    case 'count':
      return msg('aantal', {id: 'unit.count'});
    case 'per-1000':
      return msg('per 1000', {id: 'unit.per-1000-header'});
    case 'currency-eur':
      return msg('euro', {id: 'unit.eur'});
    case 'years':
      return msg('jaren', {id: 'unit.years-header'});
    default:
      return unit;
  }
}
