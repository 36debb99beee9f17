import type { WholeListWorker } from '@/lib/whole-list/connection';
import { serveWholeList } from '@/lib/whole-list/server';
import { visitorListSpec } from '../utils/visitor-list-spec';
import type { VisitorRow } from '../utils/visitor-rows';

/**
 * The visitors' worker: this module, run as a module worker, reads and sorts `by-user/` off the
 * main thread (src/lib/whole-list). In the page it only says where it is and what it serves.
 */
export const visitorsWorker: WholeListWorker<VisitorRow> = { url: import.meta.url, spec: visitorListSpec };

serveWholeList(visitorListSpec);
