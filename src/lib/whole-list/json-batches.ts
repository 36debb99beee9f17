/** Bytes gathered before a batch is split off: big enough that per-batch costs stay small. */
const BATCH_BYTES = 512 * 1024;

/** What the answer was once it has all arrived. */
export type BatchesEnd = { kind: 'array' } | { kind: 'value'; value: unknown };

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const COMMA = 0x2c;
const BRACE_OPEN = 0x7b;
const BRACE_CLOSE = 0x7d;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Reads a JSON array as its bytes arrive, handing over batches of complete elements while the
 * rest is still downloading, so parsing and validating 200,000 rows overlaps the transfer.
 *
 * Batches end at `},{` (the compact separator DRF and `JSON.stringify` write between objects),
 * found in the bytes: each batch is decoded once, from a buffer that already starts with `[`
 * and whose `,` after the cut is turned into `]`, so no text is built up, copied or sliced
 * (that was a third of the worker's time at 50,000 conversations). A batch is only accepted
 * if it parses, which is true only when the cut fell between two elements of the outer array
 * (inside a string or a nested value the brackets or the quotes do not balance). When a cut
 * fails, or the answer is not an array, the rest is read whole and
 * parsed at the end: the result is always what `JSON.parse` of the whole body gives, and a
 * body that is not JSON is not JSON either way.
 */
export class JsonArrayBatches {
  private readonly decoder = new TextDecoder();
  /** Bytes not handed over yet; once the array has begun, the first of them is `[`. */
  private chunks: Uint8Array[] = [];
  private bytes = 0;
  /** Split when this many bytes wait; doubled while no separator turns up (no copying over and over). */
  private splitAt: number;
  private started = false;
  /** Reading the rest whole (after a batch, `chunks` then starts with `[`). */
  private whole = false;
  private delivered = 0;

  constructor(
    private readonly onItems: (items: readonly unknown[], offset: number) => void,
    private readonly batchBytes = BATCH_BYTES,
  ) {
    this.splitAt = batchBytes;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    if (this.whole) return;
    if (!this.started && !this.begin()) return;
    if (this.bytes >= this.splitAt) this.split();
  }

  /** The answer is complete; throws a `SyntaxError` when it is not JSON. */
  end(): BatchesEnd {
    const text = this.decoder.decode(this.take());
    if (this.whole || !this.started) {
      const value: unknown = JSON.parse(text);
      if (this.delivered > 0 || this.started) {
        this.deliver(value as unknown[]);
        return { kind: 'array' };
      }
      if (Array.isArray(value)) {
        this.deliver(value);
        return { kind: 'array' };
      }
      return { kind: 'value', value };
    }
    this.deliver(JSON.parse(text) as unknown[]);
    return { kind: 'array' };
  }

  /** Looks for the array's `[` past any leading space; false while only space has arrived. */
  private begin(): boolean {
    const bytes = this.take();
    let at = 0;
    while (at < bytes.length && isSpace(bytes[at])) at++;
    if (at === bytes.length) {
      this.keep(bytes.subarray(at));
      return false;
    }
    // Not an array (or a BOM first): the decoder and `JSON.parse` judge it at the end.
    if (bytes[at] !== OPEN) {
      this.whole = true;
      this.keep(bytes);
      return false;
    }
    this.started = true;
    this.keep(bytes.subarray(at));
    return true;
  }

  /** Hands over the elements before the last `},{`; the bytes after it wait for the next. */
  private split(): void {
    const bytes = this.take();
    let cut = bytes.length - 3;
    while (
      cut > 0 &&
      !(bytes[cut] === BRACE_CLOSE && bytes[cut + 1] === COMMA && bytes[cut + 2] === BRACE_OPEN)
    )
      cut--;
    // No separator yet (one long element, or a pretty-printed array): wait for twice as much.
    if (cut <= 0) {
      this.splitAt = bytes.length * 2;
      this.keep(bytes);
      return;
    }
    this.splitAt = this.batchBytes;
    bytes[cut + 1] = CLOSE;
    let items: unknown;
    try {
      items = JSON.parse(this.decoder.decode(bytes.subarray(0, cut + 2)));
    } catch {
      // A `},{` inside a string or a nested value: read the rest whole.
      bytes[cut + 1] = COMMA;
      this.whole = true;
      this.keep(bytes);
      return;
    }
    this.deliver(items as unknown[]);
    // The byte before the next element becomes that batch's `[`.
    bytes[cut + 1] = OPEN;
    this.keep(bytes.subarray(cut + 1));
  }

  /** Every byte waiting, as one array of our own (`split` writes into it; chunks stay as given). */
  private take(): Uint8Array {
    const { chunks, bytes } = this;
    this.chunks = [];
    this.bytes = 0;
    const all = new Uint8Array(bytes);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  }

  private keep(bytes: Uint8Array): void {
    this.chunks = bytes.length > 0 ? [bytes] : [];
    this.bytes = bytes.length;
  }

  private deliver(items: readonly unknown[]): void {
    const offset = this.delivered;
    this.delivered += items.length;
    this.onItems(items, offset);
  }
}
