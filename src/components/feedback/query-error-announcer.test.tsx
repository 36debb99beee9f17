import { act, render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient } from '@/test/render';
import { QueryErrorAnnouncer } from './query-error-announcer';

const fail = (message: string) => () => Promise.reject(new Error(message));

function setup() {
  const client = createTestQueryClient();
  render(
    <QueryClientProvider client={client}>
      <QueryErrorAnnouncer />
    </QueryClientProvider>,
  );
  const region = () => document.querySelector('[aria-live="polite"]');
  return { client, region };
}

describe('QueryErrorAnnouncer', () => {
  it('says when a refresh of data on screen fails, naming what', async () => {
    const { client, region } = setup();
    client.setQueryData(['visitors', 'list'], [{ user_slug: 'a' }]);
    await act(() =>
      client.fetchQuery({ queryKey: ['visitors', 'list'], queryFn: fail('HTTP 503') }).catch(() => {}),
    );
    expect(region()).toHaveTextContent(
      'Could not refresh the visitors: HTTP 503 The last loaded values are still shown.',
    );
  });

  it('stays quiet for a first load (its section shows the error) and for the budget', async () => {
    const { client, region } = setup();
    await act(() =>
      client.fetchQuery({ queryKey: ['kpi', 'summary'], queryFn: fail('down') }).catch(() => {}),
    );
    client.setQueryData(['budget', 'snapshot'], { tokens_today: 1 });
    await act(() =>
      client.fetchQuery({ queryKey: ['budget', 'snapshot'], queryFn: fail('down') }).catch(() => {}),
    );
    expect(region()).toHaveTextContent('');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
