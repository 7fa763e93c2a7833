type Theme = 'light' | 'dark' | 'system';

export function resolveTheme(theme: Theme): 'light' | 'dark' {
  switch (theme) {
    case 'light':
    case 'dark':
      return theme;
    case 'system':
      return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    default: {
      const _exhaustive: never = theme;
      throw new Error(`unknown theme ${_exhaustive}`);
    }
  }
}
