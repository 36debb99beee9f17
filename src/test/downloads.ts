import { vi } from 'vitest';

/** A file the page saved: its name, the blob, and its text without Excel's byte-order mark. */
type CapturedDownload = { filename: string; blob: Blob; text: () => Promise<string> };

/**
 * Stubs the browser's file download (`lib/download.ts`: an object URL and a clicked `<a download>`)
 * and returns the files it would have saved, in order; empty when nothing was saved.
 */
export function captureDownloads(): CapturedDownload[] {
  const files: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test-${blobs.size + 1}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!this.download || !blob) return;
    files.push({
      filename: this.download,
      blob,
      text: async () => (await blob.text()).replace(/^\uFEFF/, ''),
    });
  });
  return files;
}
