import { describe, expect, it, vi } from 'vitest';
import { queryTableProps } from './query-props';

const query = (state: Partial<Parameters<typeof queryTableProps>[0]> = {}) => ({
  isPending: false,
  isFetching: false,
  isPlaceholderData: false,
  error: null,
  refetch: vi.fn(() => Promise.resolve()),
  ...state,
});

describe('queryTableProps', () => {
  it('loads on the first fetch, and dims only while placeholder rows stand in for the next', () => {
    expect(queryTableProps(query({ isPending: true, isFetching: true }), ['k'])).toMatchObject({
      isLoading: true,
      loadingKeys: [['k']],
      isFetching: false,
    });
    expect(queryTableProps(query({ isFetching: true }), ['k']).isFetching).toBe(false);
    expect(queryTableProps(query({ isFetching: true, isPlaceholderData: true }), ['k']).isFetching).toBe(
      true,
    );
  });

  it('passes the error on (none as undefined) with a retry that refetches', () => {
    expect(queryTableProps(query(), ['k']).error).toBeUndefined();
    const failed = query({ error: new Error('boom') });
    const props = queryTableProps(failed, ['k']);
    expect(props.error).toBe(failed.error);
    props.onRetry();
    expect(failed.refetch).toHaveBeenCalledOnce();
  });
});
