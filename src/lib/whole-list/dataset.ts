import type { $ZodType, output } from 'zod/v4/core';
import { ApiError } from '@/api/errors';
import { invalidJson, validateAnswer } from '@/api/validate';
import { fingerprint } from '@/lib/hash';
import { sortedOrder, sortKey, type SortKey } from '@/lib/sort-order';
import { JsonArrayBatches } from './json-batches';

type Item<S extends $ZodType> = output<S> extends readonly (infer I)[] ? I : never;

/**
 * How one whole list (docs/api.md §1.4) is validated, sorted and searched: plain
 * functions, run in the list's worker (or in the page where there are no workers).
 */
export type WholeListSpec<Row> = {
  /** The answer's schema: an array (the same one the client would validate it with). */
  schema: $ZodType;
  /** A validated item as the table's row (e.g. with a parsed timestamp to sort on). */
  toRow: (item: never) => Row;
  /** Per sortable column id, the value its table column sorts on. */
  sortKeys: Readonly<Record<string, (row: Row) => unknown>>;
  /** The local search: the rows a text keeps, or `null` when it keeps every row. */
  search?: (text: string) => ((row: Row) => boolean) | null;
  /** The row's id (read marks, the review flow's place in the list). */
  id?: (row: Row) => string;
};

/** Types a spec against its schema: `toRow` receives the schema's validated item. */
export function defineWholeList<S extends $ZodType, Row>(spec: {
  schema: S;
  toRow: (item: Item<S>) => Row;
  sortKeys: Readonly<Record<string, (row: Row) => unknown>>;
  search?: (text: string) => ((row: Row) => boolean) | null;
  id?: (row: Row) => string;
}): WholeListSpec<Row> {
  return spec as WholeListSpec<Row>;
}

export type ListSort = { id: string; desc: boolean } | null;

/** What the table shows of a whole list: its order and which rows. */
export type ListView = {
  sort: ListSort;
  /** The local search as typed (the spec normalises it). */
  search: string;
  /**
   * The read-marks filter (src/lib/read-marks.ts): the rows whose id's fingerprint is (`read`)
   * or is not among `marks`; `always` is kept either way (the row being reviewed).
   */
  read?: { marks: readonly string[]; read: boolean; always?: string };
};

/** Where one row stands in a view: the review flow's "3 of 51", previous and next. */
export type ListPlace<Row> = { index: number; total: number; previous: Row | null; next: Row | null };

export type ListPage<Row> = {
  rows: Row[];
  /** 1-based; a page past the end (an old link, fewer rows after a search) shows the last one. */
  page: number;
  /** Rows the view keeps. */
  matched: number;
  /** Rows in the answer. */
  loaded: number;
  /** The search this page answers, trimmed. */
  search: string;
};

/**
 * Reads one answer as it arrives: parses it in batches, validates each batch with the spec's
 * schema and turns items into rows. Fails exactly as `apiGet` would on the whole body: a body
 * that is not JSON is "Invalid JSON" (whatever else is wrong), else the first invalid field is
 * named with its row (`[12].last_seen`).
 */
export class WholeListLoader<Row> {
  private readonly rows: Row[] = [];
  private readonly batches: JsonArrayBatches;
  private invalid: ApiError | null = null;

  constructor(
    private readonly spec: WholeListSpec<Row>,
    private readonly endpoint: string,
    private readonly status: number,
  ) {
    this.batches = new JsonArrayBatches((items, offset) => this.take(items, offset));
  }

  push(chunk: Uint8Array): void {
    try {
      this.batches.push(chunk);
    } catch {
      // Decoding never throws (invalid UTF-8 becomes U+FFFD, as in `response.json()`).
    }
  }

  /** The error of a body that was cut off mid-way: what `response.json()` would have thrown. */
  cutOff(): ApiError {
    return invalidJson(this.endpoint, this.status);
  }

  end(): Dataset<Row> {
    let end;
    try {
      end = this.batches.end();
    } catch {
      throw invalidJson(this.endpoint, this.status);
    }
    // Not an array at all: the schema says so, as it would of the whole body.
    if (end.kind === 'value') validateAnswer(this.spec.schema, end.value, this.endpoint, this.status);
    if (this.invalid) throw this.invalid;
    return new Dataset(this.spec, this.rows);
  }

  private take(items: readonly unknown[], offset: number): void {
    // After the first invalid row the rest is only parsed: a later syntax error still wins.
    if (this.invalid) return;
    try {
      const valid = validateAnswer(this.spec.schema, items, this.endpoint, this.status, offset) as never[];
      for (const item of valid) this.rows.push(this.spec.toRow(item));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.invalid = error;
      this.rows.length = 0;
    }
  }
}

/** A validated whole list: sorts, searches and pages it, each order computed once. */
export class Dataset<Row> {
  private readonly orders = new Map<string, Int32Array>();
  /** The last few views' rows, in order: paging and export reuse them. */
  private readonly selections = new Map<string, Int32Array>();
  /** The rows' ids as read marks store them, computed on the first read-marks filter. */
  private fingerprints: string[] | undefined;

  constructor(
    private readonly spec: WholeListSpec<Row>,
    readonly rows: readonly Row[],
  ) {}

  get size(): number {
    return this.rows.length;
  }

  /** The rows' order for a sort; the answer's own order without one (or for an unknown column). */
  order(sort: ListSort): Int32Array {
    const keyOf = sort ? this.spec.sortKeys[sort.id] : undefined;
    const cacheKey = sort && keyOf ? `${sort.id}:${sort.desc ? 'desc' : 'asc'}` : '';
    let order = this.orders.get(cacheKey);
    if (!order) {
      if (!sort || !keyOf) {
        order = Int32Array.from({ length: this.rows.length }, (_, i) => i);
      } else {
        const keys = new Array<SortKey>(this.rows.length);
        for (let i = 0; i < this.rows.length; i++) keys[i] = sortKey(keyOf(this.rows[i]));
        order = sortedOrder(keys, sort.desc);
      }
      this.orders.set(cacheKey, order);
    }
    return order;
  }

  /** The view's rows, in order, as indices into `rows`. */
  select(view: ListView): Int32Array {
    const order = this.order(view.sort);
    const search = this.spec.search?.(view.search) ?? null;
    const read = this.readTest(view.read);
    if (!search && !read) return order;
    const cacheKey = JSON.stringify([view.sort, view.search.trim(), view.read ?? null]);
    const hit = this.selections.get(cacheKey);
    if (hit) return hit;
    const rows = this.rows;
    const selected = order.filter((i) => (!search || search(rows[i])) && (!read || read(i)));
    if (this.selections.size >= 4) this.selections.delete(this.selections.keys().next().value as string);
    this.selections.set(cacheKey, selected);
    return selected;
  }

  page(view: ListView, page: number, pageSize: number): ListPage<Row> {
    const selected = this.select(view);
    const pageCount = Math.max(1, Math.ceil(selected.length / pageSize));
    const shown = Math.min(Math.max(1, page), pageCount);
    const start = (shown - 1) * pageSize;
    return {
      rows: this.pick(selected.subarray(start, start + pageSize)),
      page: shown,
      matched: selected.length,
      loaded: this.rows.length,
      search: view.search.trim(),
    };
  }

  /** The row with this id in the view, its neighbours, and the view's length; `null` when it is not in it. */
  locate(view: ListView, id: string): ListPlace<Row> | null {
    const idOf = this.spec.id;
    if (!idOf) return null;
    const selected = this.select(view);
    const rows = this.rows;
    const at = selected.findIndex((i) => idOf(rows[i]) === id);
    if (at < 0) return null;
    return {
      index: at,
      total: selected.length,
      previous: at > 0 ? rows[selected[at - 1]] : null,
      next: at + 1 < selected.length ? rows[selected[at + 1]] : null,
    };
  }

  /** Whether row `i` passes the read-marks filter; `null` when there is none to apply. */
  private readTest(read: ListView['read']): ((i: number) => boolean) | null {
    const idOf = this.spec.id;
    if (!read || !idOf) return null;
    const marks = new Set(read.marks);
    this.fingerprints ??= this.rows.map((row) => fingerprint(idOf(row)));
    const prints = this.fingerprints;
    return (i) => marks.has(prints[i]) === read.read || idOf(this.rows[i]) === read.always;
  }

  /** Every row of the view, in order (the CSV export). */
  all(view: ListView): Row[] {
    return this.pick(this.select(view));
  }

  private pick(indices: Int32Array): Row[] {
    return Array.from(indices, (i) => this.rows[i]);
  }
}
