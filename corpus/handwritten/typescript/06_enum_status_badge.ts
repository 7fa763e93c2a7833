export enum BuildStatus {
  Queued = "queued",
  Running = "running",
  Passed = "passed",
  Failed = "failed",
  Cancelled = "cancelled",
}

const colours: Record<BuildStatus, string> = {
  [BuildStatus.Queued]: "#9ca3af",
  [BuildStatus.Running]: "#3b82f6",
  [BuildStatus.Passed]: "#22c55e",
  [BuildStatus.Failed]: "#ef4444",
  [BuildStatus.Cancelled]: "#a16207",
};

export function badgeSvg(label: string, status: BuildStatus): string {
  const w1 = 6 * label.length + 10;
  const w2 = 6 * status.length + 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w1 + w2}" height="20">
  <rect width="${w1}" height="20" fill="#555"/>
  <rect x="${w1}" width="${w2}" height="20" fill="${colours[status]}"/>
  <text x="5" y="14" fill="#fff" font-size="11">${label}</text>
  <text x="${w1 + 5}" y="14" fill="#fff" font-size="11">${status}</text>
</svg>`;
}
