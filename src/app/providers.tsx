import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { usePreferences } from '@/hooks/use-preferences';

function useAppliedTheme(): void {
  const { theme } = usePreferences();
  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media?.matches === true);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media?.addEventListener?.('change', apply);
    return () => media?.removeEventListener?.('change', apply);
  }, [theme]);
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useAppliedTheme();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
