import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SeverityNoneNotice } from './severity-none-notice';

const notice = (severity: 'none' | 'high' | undefined, onChange = vi.fn()) =>
  render(
    <SeverityNoneNotice value={{ severity }} onChange={onChange} title="Nothing matches." action="Unflagged">
      <p>Why.</p>
    </SeverityNoneNotice>,
  );

describe('SeverityNoneNotice', () => {
  it('explains severity "none" and swaps it for the unflagged filter', async () => {
    const onChange = vi.fn();
    notice('none', onChange);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing matches.Why.');
    await userEvent.click(screen.getByRole('button', { name: 'Unflagged' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ severity: undefined, is_flagged: false });
  });

  it('says nothing for any other severity', () => {
    notice('high');
    notice(undefined);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
