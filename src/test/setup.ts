import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '@mocks/node';
import { resetMocks } from '@mocks/scenarios';
import { detectSessionSource } from '@/features/auth/utils/token-store';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMocks();
  sessionStorage.clear();
  localStorage.clear();
  // Storage is empty again: back to the dashboard's own session for the next test.
  detectSessionSource();
});
afterAll(() => server.close());
