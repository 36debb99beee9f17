// Before any schema is built, in every realm: the page (main.tsx imports it too) and the
// whole-list workers, which run the list schemas without main.tsx.
import '../zod-config';
import { z } from 'zod';

/** ISO-8601 date-time; DRF sends `…Z` with milliseconds, `by-user/` sends Python isoformat `+00:00`. */
export const dateTime = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Expected an ISO-8601 date-time' });

/** `YYYY-MM-DD` UTC day. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a YYYY-MM-DD date');

export const count = z.number().int().nonnegative();

/** Some servers send a rate as null (no denominator); never coerce it to 0. */
export const nullableRate = z.number().finite().nullable();
