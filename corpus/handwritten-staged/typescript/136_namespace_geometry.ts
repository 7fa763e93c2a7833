namespace Geometry {
    export interface Point {
        readonly x: number;
        readonly y: number;
    }

    export type Polygon = readonly Point[];

    export namespace Vec {
        export const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
        export const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
        export const cross = (a: Point, b: Point): number => a.x * b.y - a.y * b.x;
        export const length = (a: Point): number => Math.hypot(a.x, a.y);
    }

    /** Shoelace formula; positive for counter-clockwise winding. */
    export function signedArea(poly: Polygon): number {
        let sum = 0;
        for (let i = 0; i < poly.length; i++) {
            sum += Vec.cross(poly[i], poly[(i + 1) % poly.length]);
        }
        return sum / 2;
    }

    export function perimeter(poly: Polygon): number {
        return poly.reduce((acc, p, i) => acc + Vec.length(Vec.sub(poly[(i + 1) % poly.length], p)), 0);
    }

    export function contains(poly: Polygon, pt: Point): boolean {
        let inside = false;
        for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
            const a = poly[i], b = poly[j];
            const crosses = (a.y > pt.y) !== (b.y > pt.y) &&
                pt.x < ((b.x - a.x) * (pt.y - a.y)) / (b.y - a.y) + a.x;
            if (crosses) inside = !inside;
        }
        return inside;
    }

    export function convexHull(points: readonly Point[]): Point[] {
        const pts = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
        if (pts.length < 3) return pts;
        const build = (list: Point[]): Point[] => {
            const hull: Point[] = [];
            for (const p of list) {
                while (hull.length >= 2 && Vec.cross(Vec.sub(hull[hull.length - 1], hull[hull.length - 2]), Vec.sub(p, hull[hull.length - 2])) <= 0) {
                    hull.pop();
                }
                hull.push(p);
            }
            hull.pop();
            return hull;
        };
        return [...build(pts), ...build([...pts].reverse())];
    }
}

namespace Geometry {
    // Declaration merging: extend the namespace in a second block.
    export function bounds(poly: Polygon): { min: Point; max: Point } {
        const xs = poly.map((p) => p.x);
        const ys = poly.map((p) => p.y);
        return { min: { x: Math.min(...xs), y: Math.min(...ys) }, max: { x: Math.max(...xs), y: Math.max(...ys) } };
    }
}

import P = Geometry.Point;

const square: Geometry.Polygon = [{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 4 }, { x: 0, y: 4 }];
const probe: P = { x: 2, y: 3 };
console.log(Geometry.signedArea(square), Geometry.contains(square, probe), Geometry.bounds(square));
