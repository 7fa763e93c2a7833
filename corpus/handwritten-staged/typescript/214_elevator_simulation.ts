/*
 * Discrete-time elevator bank simulation using the SCAN ("elevator")
 * algorithm per car and a nearest-car dispatcher for hall calls.
 */

export type Direction = -1 | 0 | 1;

export const enum DoorState {
    Closed,
    Opening,
    Open,
    Closing,
}

export interface HallCall {
    readonly floor: number;
    readonly direction: Exclude<Direction, 0>;
    readonly createdAt: number;
}

export interface Passenger {
    readonly id: number;
    readonly from: number;
    readonly to: number;
    readonly calledAt: number;
    boardedAt?: number;
    arrivedAt?: number;
}

interface CarConfig {
    readonly capacity: number;
    readonly ticksPerFloor: number;
    readonly doorTicks: number;
}

export class Car {
    floor = 0;
    direction: Direction = 0;
    door: DoorState = DoorState.Closed;
    private progress = 0;
    private doorTimer = 0;
    readonly stops = new Set<number>();
    readonly riders: Passenger[] = [];

    constructor(readonly id: number, private readonly cfg: CarConfig) {}

    get isIdle(): boolean {
        return this.direction === 0 && this.stops.size === 0 && this.door === DoorState.Closed;
    }

    get hasRoom(): boolean {
        return this.riders.length < this.cfg.capacity;
    }

    /** Rough cost for serving a hall call; used by the dispatcher. */
    costTo(call: HallCall): number {
        const distance = Math.abs(this.floor - call.floor);
        if (this.direction === 0) return distance;
        const onTheWay = Math.sign(call.floor - this.floor) === this.direction && call.direction === this.direction;
        return onTheWay ? distance : distance + 2 * this.stops.size + 10;
    }

    tick(onArrive: (car: Car) => void): void {
        if (this.door !== DoorState.Closed) {
            this.stepDoor();
            return;
        }
        if (this.stops.has(this.floor)) {
            this.stops.delete(this.floor);
            this.door = DoorState.Opening;
            this.doorTimer = this.cfg.doorTicks;
            onArrive(this);
            return;
        }
        this.direction = this.chooseDirection();
        if (this.direction === 0) return;
        if (++this.progress >= this.cfg.ticksPerFloor) {
            this.progress = 0;
            this.floor += this.direction;
        }
    }

    private stepDoor(): void {
        if (--this.doorTimer > 0) return;
        switch (this.door) {
            case DoorState.Opening:
                this.door = DoorState.Open;
                this.doorTimer = this.cfg.doorTicks;
                break;
            case DoorState.Open:
                this.door = DoorState.Closing;
                this.doorTimer = this.cfg.doorTicks;
                break;
            case DoorState.Closing:
                this.door = DoorState.Closed;
                break;
        }
    }

    private chooseDirection(): Direction {
        if (this.stops.size === 0) return 0;
        const ahead = [...this.stops].some((s) => Math.sign(s - this.floor) === this.direction);
        if (this.direction !== 0 && ahead) return this.direction;
        const nearest = [...this.stops].reduce((a, b) => (Math.abs(a - this.floor) <= Math.abs(b - this.floor) ? a : b));
        return Math.sign(nearest - this.floor) as Direction;
    }
}

export interface SimStats {
    delivered: number;
    avgWait: number;
    avgTrip: number;
    maxWait: number;
}

export class Building {
    readonly cars: Car[];
    private readonly waiting = new Map<number, Passenger[]>();
    private readonly done: Passenger[] = [];
    private now = 0;
    private nextPassengerId = 1;

    constructor(readonly floors: number, carCount: number, cfg: CarConfig = { capacity: 8, ticksPerFloor: 3, doorTicks: 2 }) {
        this.cars = Array.from({ length: carCount }, (_, i) => new Car(i + 1, cfg));
    }

    request(from: number, to: number): Passenger {
        if (from === to) throw new RangeError('from and to must differ');
        for (const f of [from, to]) if (f < 0 || f >= this.floors) throw new RangeError(`floor ${f} out of range`);
        const p: Passenger = { id: this.nextPassengerId++, from, to, calledAt: this.now };
        const queue = this.waiting.get(from) ?? [];
        queue.push(p);
        this.waiting.set(from, queue);
        this.dispatch({ floor: from, direction: to > from ? 1 : -1, createdAt: this.now });
        return p;
    }

    private dispatch(call: HallCall): void {
        const best = this.cars.reduce((a, b) => (b.costTo(call) < a.costTo(call) ? b : a));
        best.stops.add(call.floor);
    }

    private handleArrival = (car: Car): void => {
        for (let i = car.riders.length - 1; i >= 0; i--) {
            const r = car.riders[i]!;
            if (r.to === car.floor) {
                r.arrivedAt = this.now;
                this.done.push(r);
                car.riders.splice(i, 1);
            }
        }
        const queue = this.waiting.get(car.floor) ?? [];
        const stillWaiting: Passenger[] = [];
        for (const p of queue) {
            if (car.hasRoom) {
                p.boardedAt = this.now;
                car.riders.push(p);
                car.stops.add(p.to);
            } else {
                stillWaiting.push(p);
            }
        }
        this.waiting.set(car.floor, stillWaiting);
        if (stillWaiting.length) {
            const p = stillWaiting[0]!;
            this.dispatch({ floor: p.from, direction: p.to > p.from ? 1 : -1, createdAt: this.now });
        }
    };

    step(ticks = 1): void {
        for (let t = 0; t < ticks; t++) {
            this.now++;
            for (const car of this.cars) car.tick(this.handleArrival);
        }
    }

    stats(): SimStats {
        const waits = this.done.map((p) => p.boardedAt! - p.calledAt);
        const trips = this.done.map((p) => p.arrivedAt! - p.boardedAt!);
        const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
        return { delivered: this.done.length, avgWait: avg(waits), avgTrip: avg(trips), maxWait: Math.max(0, ...waits) };
    }

    render(): string {
        const rows: string[] = [];
        for (let f = this.floors - 1; f >= 0; f--) {
            const cells = this.cars.map((c) => (c.floor === f ? (c.door === DoorState.Closed ? `[${c.riders.length}]` : `<${c.riders.length}>`) : ' | '));
            rows.push(`${String(f).padStart(2)} ${cells.join(' ')}  ${'•'.repeat(this.waiting.get(f)?.length ?? 0)}`);
        }
        return rows.join('\n');
    }
}

// --- run a morning-rush scenario ---------------------------------------------

const building = new Building(12, 3);
let seed = 42;
const rand = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

for (let minute = 0; minute < 200; minute++) {
    if (rand() < 0.35) {
        const to = 1 + Math.floor(rand() * (building.floors - 1));
        building.request(0, to);
    }
    if (rand() < 0.1) {
        const from = 1 + Math.floor(rand() * (building.floors - 1));
        building.request(from, 0);
    }
    building.step(5);
}
building.step(500);

console.log(building.render());
console.table(building.stats());
