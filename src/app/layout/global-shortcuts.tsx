import { useNavigate } from 'react-router';
import { useShortcuts } from '@/components/shortcuts/shortcuts';
import { paths } from '@/lib/paths';

/** The page's search field: the first visible, enabled search box in the main content. */
function focusPageSearch(): boolean {
  const fields = document.querySelectorAll<HTMLInputElement>('main input[type="search"]:not(:disabled)');
  for (const field of fields) {
    if (field.getClientRects().length === 0) continue;
    field.focus();
    field.select();
    return true;
  }
  return false;
}

/** Shortcuts that work on every page of the shell: `g` + a letter goes to a page, `/` searches. */
export function GlobalShortcuts() {
  const navigate = useNavigate();
  const go = (to: string) => () => void navigate(to);
  useShortcuts(
    'Anywhere',
    [
      { keys: 'g o', label: 'Go to the overview', run: go(paths.overview.pattern) },
      { keys: 'g u', label: 'Go to visitors', run: go(paths.visitors.pattern) },
      { keys: 'g s', label: 'Go to conversations', run: go(paths.conversations.pattern) },
      { keys: 'g i', label: 'Go to the turns review', run: go(paths.interactions.pattern) },
      { keys: 'g f', label: 'Go to feedback', run: go(paths.feedback.pattern) },
      { keys: '/', label: 'Search on this page', run: focusPageSearch },
    ],
    { scope: 'global' },
  );
  return null;
}
