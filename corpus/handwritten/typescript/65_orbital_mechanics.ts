// Two-body orbit helpers for the mission-planning toy. SI units throughout.

export const G = 6.6743e-11;

export interface Body {
  name: string;
  mass: number;   // kg
  radius: number; // m
}

export const EARTH: Body = { name: 'Earth', mass: 5.972e24, radius: 6.371e6 };
export const MOON: Body = { name: 'Moon', mass: 7.342e22, radius: 1.7374e6 };
export const MARS: Body = { name: 'Mars', mass: 6.417e23, radius: 3.3895e6 };

export type Vec3 = readonly [number, number, number];

const mu = (b: Body): number => G * b.mass;

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const norm = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);

/** Circular orbit speed at altitude h above the surface. */
export function circularVelocity(body: Body, altitude: number): number {
  return Math.sqrt(mu(body) / (body.radius + altitude));
}

/** Escape velocity from altitude h. */
export function escapeVelocity(body: Body, altitude = 0): number {
  return Math.sqrt((2 * mu(body)) / (body.radius + altitude));
}

/** Orbital period (s) for a given semi-major axis (m). */
export function period(body: Body, semiMajorAxis: number): number {
  return 2 * Math.PI * Math.sqrt(semiMajorAxis ** 3 / mu(body));
}

export interface HohmannTransfer {
  dv1: number;
  dv2: number;
  total: number;
  transferTime: number;
}

/** Two-impulse transfer between circular, coplanar orbits. */
export function hohmann(body: Body, fromAltitude: number, toAltitude: number): HohmannTransfer {
  const r1 = body.radius + fromAltitude;
  const r2 = body.radius + toAltitude;
  const m = mu(body);
  const a = (r1 + r2) / 2;
  const dv1 = Math.sqrt(m / r1) * (Math.sqrt((2 * r2) / (r1 + r2)) - 1);
  const dv2 = Math.sqrt(m / r2) * (1 - Math.sqrt((2 * r1) / (r1 + r2)));
  return { dv1, dv2, total: Math.abs(dv1) + Math.abs(dv2), transferTime: period(body, a) / 2 };
}

/** Semi-implicit Euler step of a point mass around `body` at the origin. */
export function step(pos: Vec3, vel: Vec3, body: Body, dt: number): [Vec3, Vec3] {
  const r = norm(pos);
  const acc = scale(pos, -mu(body) / r ** 3);
  const v = add(vel, scale(acc, dt));
  return [add(pos, scale(v, dt)), v];
}

const LEO = 400e3;
const GEO = 35_786e3;
const t = hohmann(EARTH, LEO, GEO);
console.log(`LEO→GEO: Δv ${(t.total / 1000).toFixed(2)} km/s, ${(t.transferTime / 3600).toFixed(1)} h`);
