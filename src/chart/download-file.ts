/**
 * Offering a file to save. A module of its own, not part of csv.ts or export.ts: both lazily
 * loaded modules use it, and in the drop-in an export of a dynamically imported module is a
 * member of its namespace object, kept whole.
 */

/** Offers `blob` as a file download (a temporary blob: link, revoked right after). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers `text` as a CSV download (with a byte-order mark, so spreadsheets read it as UTF-8). */
export function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob(['\ufeff', text], {type: 'text/csv;charset=utf-8'}), fileName);
}
