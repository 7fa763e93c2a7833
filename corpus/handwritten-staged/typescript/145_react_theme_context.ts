import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type ThemeMode = 'light' | 'dark' | 'system';
type ResolvedMode = Exclude<ThemeMode, 'system'>;

export interface ThemeTokens {
  readonly background: string;
  readonly surface: string;
  readonly text: string;
  readonly accent: string;
}

const TOKENS: Record<ResolvedMode, ThemeTokens> = {
  light: { background: '#ffffff', surface: '#f4f5f7', text: '#1d1f23', accent: '#3b6cf6' },
  dark: { background: '#121317', surface: '#1d1f25', text: '#e8e9ed', accent: '#7d9bff' },
};

interface ThemeContextValue {
  mode: ThemeMode;
  resolved: ResolvedMode;
  tokens: ThemeTokens;
  setMode: (mode: ThemeMode) => void;
  toggle: () => void;
}

const ThemeContext = createContext<ThemeContextValue | undefined>(undefined);
ThemeContext.displayName = 'ThemeContext';

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function ThemeProvider({ children, initial = 'system' }: { children: ReactNode; initial?: ThemeMode }) {
  const [mode, setMode] = useState<ThemeMode>(() => (localStorage.getItem('theme') as ThemeMode | null) ?? initial);
  const [systemDark, setSystemDark] = useState<boolean>(systemPrefersDark);

  useEffect(() => {
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const listener = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    mq.addEventListener('change', listener);
    return () => mq.removeEventListener('change', listener);
  }, []);

  const resolved: ResolvedMode = mode === 'system' ? (systemDark ? 'dark' : 'light') : mode;

  useEffect(() => {
    localStorage.setItem('theme', mode);
    document.documentElement.dataset.theme = resolved;
  }, [mode, resolved]);

  const toggle = useCallback(() => setMode((m) => (m === 'dark' || (m === 'system' && systemDark) ? 'light' : 'dark')), [systemDark]);

  const value = useMemo<ThemeContextValue>(
    () => ({ mode, resolved, tokens: TOKENS[resolved], setMode, toggle }),
    [mode, resolved, toggle],
  );

  return createElement(ThemeContext.Provider, { value }, children);
}

export function useTheme(): ThemeContextValue {
  const ctx = useContext(ThemeContext);
  if (ctx === undefined) {
    throw new Error('useTheme() must be used inside <ThemeProvider>');
  }
  return ctx;
}
