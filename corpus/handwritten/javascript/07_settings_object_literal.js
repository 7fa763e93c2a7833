// default settings, merged with user overrides at startup
export const defaults = {
  theme: 'system',
  fontSize: 14,
  autosave: { enabled: true, intervalMs: 30_000 },
  editor: {
    tabSize: 2,
    wordWrap: 'on',
    rulers: [80, 120],
  },
  // keybindings may be overridden per platform
  keys: {
    save: navigator.platform.startsWith('Mac') ? 'Cmd+S' : 'Ctrl+S',
    find: 'Ctrl+F',
  },
  onChange(key, value) {
    console.debug(`setting ${key} ->`, value);
  },
};
