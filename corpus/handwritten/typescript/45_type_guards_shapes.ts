interface Circle { kind: "circle"; radius: number }
interface Rect { kind: "rect"; width: number; height: number }
interface Polygon { kind: "polygon"; points: Array<[number, number]> }

type Shape = Circle | Rect | Polygon;

function isShape(value: unknown): value is Shape {
    if (typeof value !== "object" || value === null || !("kind" in value)) return false;
    const v = value as Record<string, unknown>;
    switch (v.kind) {
        case "circle":
            return typeof v.radius === "number" && v.radius >= 0;
        case "rect":
            return typeof v.width === "number" && typeof v.height === "number";
        case "polygon":
            return Array.isArray(v.points) && v.points.every(isPoint);
        default:
            return false;
    }
}

function isPoint(p: unknown): p is [number, number] {
    return Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === "number" && Number.isFinite(n));
}

function assertShape(value: unknown, context = "shape"): asserts value is Shape {
    if (!isShape(value)) {
        throw new TypeError(`${context} is not a valid shape: ${JSON.stringify(value)}`);
    }
}

function area(s: Shape): number {
    switch (s.kind) {
        case "circle":
            return Math.PI * s.radius ** 2;
        case "rect":
            return s.width * s.height;
        case "polygon": {
            // shoelace formula
            let sum = 0;
            for (let i = 0; i < s.points.length; i++) {
                const [x1, y1] = s.points[i];
                const [x2, y2] = s.points[(i + 1) % s.points.length];
                sum += x1 * y2 - x2 * y1;
            }
            return Math.abs(sum) / 2;
        }
    }
}

const isDefined = <T,>(x: T | null | undefined): x is T => x != null;

export function totalArea(json: string): number {
    const raw: unknown = JSON.parse(json);
    if (!Array.isArray(raw)) throw new TypeError("expected an array of shapes");
    return raw
        .map((item, i) => {
            try {
                assertShape(item, `item ${i}`);
                return item;
            } catch (e) {
                console.warn((e as Error).message);
                return undefined;
            }
        })
        .filter(isDefined)
        .reduce((acc, s) => acc + area(s), 0);
}
