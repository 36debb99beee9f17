import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '@/test/downloads';
import { downloadCsv, downloadText } from './download';

describe('downloadText', () => {
  afterEach(() => vi.useRealTimers());

  it('clicks a temporary download link to an object URL and revokes the URL afterwards', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test-1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    downloadText('notes.md', '# hi', 'text/markdown');

    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('notes.md');
    expect(clicked[0].href).toBe('blob:test-1');
    expect(clicked[0].isConnected).toBe(false);
    expect(blobs[0].type).toBe('text/markdown');
    await expect(blobs[0].text()).resolves.toBe('# hi');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test-1');
  });

  it('prefixes CSV with a byte-order mark for Excel', async () => {
    const files = captureDownloads();
    downloadCsv('a.csv', 'x,y');
    expect(files.map((file) => file.filename)).toEqual(['a.csv']);
    expect(files[0].blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await files[0].blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
