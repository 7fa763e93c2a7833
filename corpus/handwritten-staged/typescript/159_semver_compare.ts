export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: readonly (string | number)[];
  readonly build: readonly string[];
}

const SEMVER_RE =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function parse(input: string): SemVer | null {
  const m = SEMVER_RE.exec(input.trim());
  if (!m) return null;
  const [, major, minor, patch, pre, build] = m;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    prerelease: pre ? pre.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [],
    build: build ? build.split('.') : [],
  };
}

type Ordering = -1 | 0 | 1;
const cmp = (a: number | string, b: number | string): Ordering => {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'string') return -1;
  if (typeof a === 'string' && typeof b === 'number') return 1;
  return a < b ? -1 : 1;
};

export function compare(a: SemVer | string, b: SemVer | string): Ordering {
  const x = typeof a === 'string' ? parse(a) : a;
  const y = typeof b === 'string' ? parse(b) : b;
  if (!x || !y) throw new TypeError(`invalid version: ${String(!x ? a : b)}`);

  for (const key of ['major', 'minor', 'patch'] as const) {
    const c = cmp(x[key], y[key]);
    if (c !== 0) return c;
  }
  // A version without prerelease has higher precedence.
  if (!x.prerelease.length || !y.prerelease.length) {
    return cmp(y.prerelease.length, x.prerelease.length);
  }
  const len = Math.max(x.prerelease.length, y.prerelease.length);
  for (let i = 0; i < len; i++) {
    if (x.prerelease[i] === undefined) return -1;
    if (y.prerelease[i] === undefined) return 1;
    const c = cmp(x.prerelease[i]!, y.prerelease[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

export type Bump = 'major' | 'minor' | 'patch';

export function bump(v: SemVer, kind: Bump): string {
  switch (kind) {
    case 'major': return `${v.major + 1}.0.0`;
    case 'minor': return `${v.major}.${v.minor + 1}.0`;
    case 'patch': return `${v.major}.${v.minor}.${v.patch + 1}`;
  }
}

export const satisfiesCaret = (version: string, range: `^${string}`): boolean => {
  const base = parse(range.slice(1));
  const v = parse(version);
  if (!base || !v) return false;
  if (compare(v, base) < 0) return false;
  if (base.major > 0) return v.major === base.major;
  if (base.minor > 0) return v.major === 0 && v.minor === base.minor;
  return v.major === 0 && v.minor === 0 && v.patch === base.patch;
};

console.log(['1.0.0', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta', '0.9.12'].sort(compare));
