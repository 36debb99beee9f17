import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { captureDownloads } from '@/test/downloads';
import { CsvExportButton } from './csv-export-button';

type Row = { id: string };
const columns = [{ key: 'id', header: 'Id' }];

describe('CsvExportButton', () => {
  it('downloads the rows it is given once they arrive, and ignores a second click meanwhile', async () => {
    const files = captureDownloads();
    let release: (rows: Row[]) => void = () => undefined;
    let asked = 0;
    const getRows = () => {
      asked++;
      return new Promise<Row[]>((resolve) => (release = resolve));
    };
    const user = userEvent.setup();
    render(<CsvExportButton filename="rows" columns={columns} getRows={getRows} />);
    const button = screen.getByRole('button', { name: 'Export CSV' });
    await user.click(button);
    await user.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toBeEnabled();
    release([{ id: 'a' }, { id: 'b' }]);
    await waitFor(() => expect(files).toHaveLength(1));
    expect(asked).toBe(1);
    expect(files[0].filename).toBe('rows.csv');
    expect((await files[0].text()).split('\r\n')).toEqual(['Id', 'a', 'b']);
    expect(button).not.toHaveAttribute('aria-busy');
  });

  it('says why when the rows cannot be had, and tries again on the next click', async () => {
    const files = captureDownloads();
    let fail = true;
    const getRows = () =>
      fail
        ? Promise.reject(
            new ApiError({ kind: 'network', endpoint: '/api/anonymous-chat-interactions/by-user/' }),
          )
        : [{ id: 'a' }];
    const user = userEvent.setup();
    render(<CsvExportButton filename="rows" columns={columns} getRows={getRows} />);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Export failed: Could not reach the server \(\/api\/anonymous-chat-interactions\/by-user\/\)/,
    );
    expect(files).toHaveLength(0);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
