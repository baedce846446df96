import {until} from './expect-event.js';

export interface CapturedDownload {
  /** the file name offered (the link's `download`) */
  name: string;
  /** the link's address (a blob: URL) */
  href: string;
  blob: Blob;
}

/** Runs `act`, which starts one download, capturing it instead of letting the browser save a file. */
export async function captureDownload(act: () => unknown): Promise<CapturedDownload> {
  const blobs: Blob[] = [];
  const links: HTMLAnchorElement[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return create.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  try {
    await act();
    await until(() => links.length > 0, 'the download', 8000); // the download code loads on first use
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  if (links.length !== 1 || blobs.length !== 1) throw new Error(`expected one download, got ${links.length} link(s) and ${blobs.length} blob(s)`);
  return {name: links[0].download, href: links[0].href, blob: blobs[0]};
}
