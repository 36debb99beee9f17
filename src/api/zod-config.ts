import { config } from 'zod/v4/core';

/**
 * Zod probes whether it may compile code at run time (the Function constructor) to build fast
 * object parsers. The probe is caught, but under the app's Content-Security-Policy (no
 * `unsafe-eval`) the browser still reports it as a violation. Jitless parsing never probes.
 * Imported first by main.tsx: object schemas read this setting when they are constructed, at
 * module load.
 */
config({ jitless: true });
