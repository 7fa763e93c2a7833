export const PLANS = {
  free: { seats: 1, storageGb: 2, priceCents: 0 },
  pro: { seats: 5, storageGb: 100, priceCents: 1200 },
  team: { seats: 50, storageGb: 1000, priceCents: 4900 },
} as const;

export type PlanId = keyof typeof PLANS;
export const PLAN_IDS = Object.keys(PLANS) as PlanId[];

export const REGIONS = ['eu-west-1', 'us-east-1', 'ap-southeast-2'] as const;
export type Region = (typeof REGIONS)[number];
