import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { SlowLoading } from './slow-loading';

const KEY = ['slow-thing'] as const;

/** A query whose requests are kept here, to answer or inspect them. */
function controlledQuery() {
  const calls: { signal: AbortSignal; resolve: (value: string) => void }[] = [];
  function Section() {
    const query = useQuery({
      queryKey: KEY,
      queryFn: ({ signal }) => new Promise<string>((resolve) => calls.push({ signal, resolve })),
    });
    if (query.isPending) {
      return (
        <SlowLoading queryKeys={[KEY]} what="the thing" slowAfterMs={30}>
          <p>skeleton</p>
        </SlowLoading>
      );
    }
    return <p>{query.data}</p>;
  }
  return { calls, Section };
}

describe('SlowLoading', () => {
  it('says a slow first load is slow, cancels its request, and retries on demand', async () => {
    const user = userEvent.setup();
    const { calls, Section } = controlledQuery();
    renderWithProviders(<Section />);
    expect(screen.getByText('skeleton')).toBeInTheDocument();
    expect(screen.queryByText(/Still loading/)).not.toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Loading the thing was cancelled.')).toBeInTheDocument();
    expect(screen.queryByText('skeleton')).not.toBeInTheDocument();
    expect(calls[0].signal.aborted).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('skeleton')).toBeInTheDocument();
    await waitFor(() => expect(calls).toHaveLength(2));
    calls[1].resolve('the data');
    expect(await screen.findByText('the data')).toBeInTheDocument();
  });

  it('a load that finishes in time never mentions slowness', async () => {
    const { calls, Section } = controlledQuery();
    renderWithProviders(<Section />);
    await waitFor(() => expect(calls).toHaveLength(1));
    calls[0].resolve('quick');
    expect(await screen.findByText('quick')).toBeInTheDocument();
    expect(screen.queryByText(/Still loading/)).not.toBeInTheDocument();
  });
});
