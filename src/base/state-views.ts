import {html, nothing, type TemplateResult} from 'lit';
import type {MonitorError} from '../data/errors.js';
import type {ErrorCode} from '../data/model.js';
import type {LocaleController} from '../i18n/locale-controller.js';
import {msg, str} from '../i18n/localization.js';

/** The loading view: a polite status with a spinner (shared with `<vision-goals>`). */
export function loadingView(locale: LocaleController): TemplateResult {
  return html`<div class="status" role="status" part="status" lang=${locale.textLang} dir=${locale.dir}>
    <span class="spinner" aria-hidden="true"></span>${msg('Gegevens laden…', {id: 'state.loading'})}
  </div>`;
}

/** The error view: the error's message, its code and details, and a retry button for network/http errors (shared with `<vision-goals>`). */
export function errorView(locale: LocaleController, error: MonitorError, retry: () => void): TemplateResult {
  const retryable = error.code === 'network' || error.code === 'http';
  return html`<div class="error" role="alert" part="error" lang=${locale.textLang} dir=${locale.dir}>
    <p class="error-message">${errorMessage(error.code, error.status)}</p>
    <details class="error-details">
      <summary>${msg('Technische details', {id: 'state.error.details'})}</summary>
      <p><code>${error.code}</code>: ${error.message}</p>
    </details>
    ${retryable
      ? html`<button type="button" class="retry" @click=${retry}>${msg('Opnieuw proberen', {id: 'state.error.retry'})}</button>`
      : nothing}
  </div>`;
}

/** The short, human message for an error code, in the current locale (inside `withLocale`). */
export function errorMessage(code: ErrorCode, status?: number): string {
  switch (code) {
    case 'network':
      return msg('De gegevens konden niet worden geladen. Controleer de verbinding en probeer het opnieuw.', {id: 'error.network'});
    case 'http':
      return msg(str`De gegevens zijn niet beschikbaar (HTTP-status ${status ?? '?'}).`, {id: 'error.http'});
    case 'parse':
      return msg('Het gegevensbestand kon niet worden gelezen: het is geen geldige JSON.', {id: 'error.parse'});
    case 'schema':
      return msg('Het gegevensbestand heeft niet het verwachte formaat.', {id: 'error.schema'});
    case 'not-found':
      return msg('De gevraagde gegevens staan niet in het bestand.', {id: 'error.not-found'});
    case 'empty':
      return msg('Er zijn geen gegevens om te tonen.', {id: 'error.empty'});
  }
}
