/**
 * @file Small 2D geometry helpers used by the floor-plan editor.
 * Everything is plain objects so results can be posted to a worker.
 * @module geometry
 */
'use strict';

/**
 * @typedef {Object} Point
 * @property {number} x
 * @property {number} y
 */

/**
 * @typedef {Object} Segment
 * @property {Point} a
 * @property {Point} b
 */

/**
 * @typedef {Object} BBox
 * @property {number} minX
 * @property {number} minY
 * @property {number} maxX
 * @property {number} maxY
 */

const EPS = 1e-9;

/**
 * Create a point.
 * @param {number} x
 * @param {number} y
 * @returns {Point}
 */
function pt(x, y) {
  return { x, y };
}

/**
 * Euclidean distance between two points.
 * @param {Point} p
 * @param {Point} q
 * @returns {number}
 */
function distance(p, q) {
  return Math.hypot(q.x - p.x, q.y - p.y);
}

/**
 * Z component of the cross product (q - p) x (r - p).
 * Positive when p, q, r turn counter-clockwise.
 * @param {Point} p
 * @param {Point} q
 * @param {Point} r
 * @returns {number}
 */
function cross(p, q, r) {
  return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
}

/**
 * Signed area of a simple polygon (shoelace formula).
 * Counter-clockwise polygons have positive area.
 * @param {Point[]} poly
 * @returns {number}
 */
function signedArea(poly) {
  let sum = 0;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    sum += (poly[j].x * poly[i].y) - (poly[i].x * poly[j].y);
  }
  return sum / 2;
}

/**
 * Area of a polygon regardless of winding.
 * @param {Point[]} poly
 * @returns {number}
 */
function area(poly) {
  return Math.abs(signedArea(poly));
}

/**
 * Centroid of a non-degenerate simple polygon.
 * @param {Point[]} poly
 * @returns {Point}
 * @throws {RangeError} if the polygon has zero area
 */
function centroid(poly) {
  const a = signedArea(poly);
  if (Math.abs(a) < EPS) throw new RangeError('degenerate polygon');
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const f = poly[j].x * poly[i].y - poly[i].x * poly[j].y;
    cx += (poly[j].x + poly[i].x) * f;
    cy += (poly[j].y + poly[i].y) * f;
  }
  return pt(cx / (6 * a), cy / (6 * a));
}

/**
 * Point-in-polygon test using ray casting. Points on an edge count as inside.
 * @param {Point} p
 * @param {Point[]} poly
 * @returns {boolean}
 */
function contains(poly, p) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i];
    const b = poly[j];
    if (onSegment({ a, b }, p)) return true;
    const crosses = (a.y > p.y) !== (b.y > p.y) &&
      p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x;
    if (crosses) inside = !inside;
  }
  return inside;
}

/**
 * @param {Segment} s
 * @param {Point} p
 * @returns {boolean}
 */
function onSegment(s, p) {
  if (Math.abs(cross(s.a, s.b, p)) > EPS) return false;
  return p.x >= Math.min(s.a.x, s.b.x) - EPS && p.x <= Math.max(s.a.x, s.b.x) + EPS &&
    p.y >= Math.min(s.a.y, s.b.y) - EPS && p.y <= Math.max(s.a.y, s.b.y) + EPS;
}

/**
 * Intersection point of two segments, or null.
 * @param {Segment} s1
 * @param {Segment} s2
 * @returns {Point|null}
 */
function intersect(s1, s2) {
  const d1 = pt(s1.b.x - s1.a.x, s1.b.y - s1.a.y);
  const d2 = pt(s2.b.x - s2.a.x, s2.b.y - s2.a.y);
  const denom = d1.x * d2.y - d1.y * d2.x;
  if (Math.abs(denom) < EPS) return null; // parallel or collinear
  const t = ((s2.a.x - s1.a.x) * d2.y - (s2.a.y - s1.a.y) * d2.x) / denom;
  const u = ((s2.a.x - s1.a.x) * d1.y - (s2.a.y - s1.a.y) * d1.x) / denom;
  if (t < -EPS || t > 1 + EPS || u < -EPS || u > 1 + EPS) return null;
  return pt(s1.a.x + t * d1.x, s1.a.y + t * d1.y);
}

/**
 * Axis-aligned bounding box of a set of points.
 * @param {Iterable<Point>} points
 * @returns {BBox}
 */
function bbox(points) {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const { x, y } of points) {
    if (x < box.minX) box.minX = x;
    if (y < box.minY) box.minY = y;
    if (x > box.maxX) box.maxX = x;
    if (y > box.maxY) box.maxY = y;
  }
  return box;
}

/**
 * Convex hull (Andrew's monotone chain), counter-clockwise, no collinear points.
 * @param {Point[]} points
 * @returns {Point[]}
 */
function convexHull(points) {
  const pts = [...points].sort((p, q) => p.x - q.x || p.y - q.y);
  if (pts.length < 3) return pts;
  /** @type {Point[]} */ const lower = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  /** @type {Point[]} */ const upper = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

module.exports = { pt, distance, cross, signedArea, area, centroid, contains, onSegment, intersect, bbox, convexHull };
