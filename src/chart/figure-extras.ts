/**
 * What a figure shows only when asked: the data table, and the download options with the
 * downloads. Loaded on the first click of "Toon als tabel" or "Downloaden" (and before drawing a
 * chart of type `table`), so a page that only looks at charts does not load it.
 */
export {renderDataTable} from './data-table.js';
export {tableStyles} from '../styles/table.styles.js';
export {download, renderDownloadOptions, type DownloadFormat} from './download-menu.js';
