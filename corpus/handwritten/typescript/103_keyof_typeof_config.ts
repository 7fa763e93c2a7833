const FEATURE_FLAGS = {
  newCheckout: { default: false, owner: 'payments' },
  darkMode: { default: true, owner: 'design' },
  betaSearch: { default: false, owner: 'search' },
} as const;

type FlagName = keyof typeof FEATURE_FLAGS;
type Overrides = Partial<Record<FlagName, boolean>>;

export function isEnabled(flag: FlagName, overrides: Overrides = {}): boolean {
  return overrides[flag] ?? FEATURE_FLAGS[flag].default;
}

export function flagsOwnedBy(team: (typeof FEATURE_FLAGS)[FlagName]['owner']): FlagName[] {
  return (Object.keys(FEATURE_FLAGS) as FlagName[]).filter((f) => FEATURE_FLAGS[f].owner === team);
}
