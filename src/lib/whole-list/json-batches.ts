/** Text gathered before a batch is split off: big enough that per-batch costs stay small. */
const BATCH_CHARS = 512 * 1024;

/** What the answer was once it has all arrived. */
export type BatchesEnd = { kind: 'array' } | { kind: 'value'; value: unknown };

/**
 * Reads a JSON array as its bytes arrive, handing over batches of complete elements while the
 * rest is still downloading, so parsing and validating 200,000 rows overlaps the transfer.
 *
 * Batches end at `},{` (the compact separator DRF and `JSON.stringify` write between objects);
 * a batch is only accepted if `[` + batch + `]` parses, which is true only when the split fell
 * between two elements of the outer array (inside a string or a nested value the brackets or
 * the quotes do not balance). When a split fails, or the answer is not a compact array, the
 * rest is read whole and parsed at the end: the result is always what `JSON.parse` of the whole
 * body gives, and a body that is not JSON is not JSON either way.
 */
export class JsonArrayBatches {
  private readonly decoder = new TextDecoder();
  private text = '';
  private started = false;
  /** Reading the rest whole (`text` then starts with `[` when the outer array had begun). */
  private whole = false;
  private delivered = 0;

  constructor(
    private readonly onItems: (items: readonly unknown[], offset: number) => void,
    private readonly batchChars = BATCH_CHARS,
  ) {}

  push(chunk: Uint8Array): void {
    this.text += this.decoder.decode(chunk, { stream: true });
    this.split();
  }

  /** The answer is complete; throws a `SyntaxError` when it is not JSON. */
  end(): BatchesEnd {
    this.text += this.decoder.decode();
    if (this.whole || !this.started) {
      const value: unknown = JSON.parse(this.text);
      if (this.started || this.delivered > 0) {
        this.deliver(value as unknown[]);
        return { kind: 'array' };
      }
      if (Array.isArray(value)) {
        this.deliver(value);
        return { kind: 'array' };
      }
      return { kind: 'value', value };
    }
    this.deliver(JSON.parse(`[${this.text}`) as unknown[]);
    return { kind: 'array' };
  }

  private split(): void {
    if (this.whole) return;
    if (!this.started) {
      const body = this.text.replace(/^[ \t\n\r]+/, '');
      if (body === '') return;
      if (body[0] !== '[') {
        this.whole = true;
        return;
      }
      this.started = true;
      this.text = body.slice(1);
    }
    if (this.text.length < this.batchChars) return;
    const cut = this.text.lastIndexOf('},{');
    if (cut < 0) return;
    let items: unknown;
    try {
      items = JSON.parse(`[${this.text.slice(0, cut + 1)}]`);
    } catch {
      // A `},{` inside a string or a nested value: read the rest whole.
      this.whole = true;
      this.text = `[${this.text}`;
      return;
    }
    this.deliver(items as unknown[]);
    this.text = this.text.slice(cut + 2);
  }

  private deliver(items: readonly unknown[]): void {
    const offset = this.delivered;
    this.delivered += items.length;
    this.onItems(items, offset);
  }
}
