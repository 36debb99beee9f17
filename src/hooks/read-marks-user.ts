import { createContext } from 'react';

/**
 * Who is signed in (their user name), provided by the shell for read marks; `null` outside a
 * session. Its own module, so that the shell does not load the read marks themselves
 * (`use-read-marks.ts`), which only the lists and the transcript use.
 */
export const ReadMarksUser = createContext<string | null>(null);
