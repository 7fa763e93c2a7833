// Inventory bounded context: warehouses, stock levels, reservations.
// Pure domain logic; persistence lives behind the repository interfaces.

export type Sku = string & { readonly __brand: 'Sku' };
export type WarehouseId = string & { readonly __brand: 'WarehouseId' };
export type ReservationId = string & { readonly __brand: 'ReservationId' };

export const Sku = (s: string): Sku => {
    if (!/^[A-Z0-9]{3,}-[A-Z0-9]+$/.test(s)) throw new Error(`invalid SKU: ${s}`);
    return s as Sku;
};

export interface DomainEvent<Type extends string = string, Payload = unknown> {
    readonly type: Type;
    readonly payload: Payload;
    readonly occurredAt: Date;
}

export type InventoryEvent =
    | DomainEvent<'StockReceived', { sku: Sku; warehouse: WarehouseId; qty: number }>
    | DomainEvent<'StockReserved', { reservation: ReservationId; sku: Sku; qty: number }>
    | DomainEvent<'ReservationReleased', { reservation: ReservationId; reason: 'expired' | 'cancelled' }>
    | DomainEvent<'ReservationFulfilled', { reservation: ReservationId }>
    | DomainEvent<'LowStock', { sku: Sku; warehouse: WarehouseId; available: number; threshold: number }>;

type EventOfType<T extends InventoryEvent['type']> = Extract<InventoryEvent, { type: T }>;

export abstract class AggregateRoot<E extends DomainEvent> {
    private pending: E[] = [];

    protected raise(event: E): void {
        this.pending.push(event);
    }

    pullEvents(): E[] {
        const out = this.pending;
        this.pending = [];
        return out;
    }
}

interface Reservation {
    readonly id: ReservationId;
    readonly sku: Sku;
    readonly qty: number;
    readonly expiresAt: Date;
}

export class InsufficientStock extends Error {
    constructor(readonly sku: Sku, readonly requested: number, readonly available: number) {
        super(`cannot reserve ${requested} of ${sku}; only ${available} available`);
    }
}

export class Warehouse extends AggregateRoot<InventoryEvent> {
    private readonly onHand = new Map<Sku, number>();
    private readonly reservations = new Map<ReservationId, Reservation>();
    private readonly thresholds = new Map<Sku, number>();

    constructor(readonly id: WarehouseId, readonly name: string) {
        super();
    }

    setLowStockThreshold(sku: Sku, threshold: number): void {
        this.thresholds.set(sku, threshold);
    }

    available(sku: Sku): number {
        let reserved = 0;
        for (const r of this.reservations.values()) if (r.sku === sku) reserved += r.qty;
        return (this.onHand.get(sku) ?? 0) - reserved;
    }

    receive(sku: Sku, qty: number): void {
        if (!Number.isInteger(qty) || qty <= 0) throw new RangeError('qty must be a positive integer');
        this.onHand.set(sku, (this.onHand.get(sku) ?? 0) + qty);
        this.raise({ type: 'StockReceived', payload: { sku, warehouse: this.id, qty }, occurredAt: new Date() });
    }

    reserve(sku: Sku, qty: number, ttlMinutes = 15, now = new Date()): ReservationId {
        const avail = this.available(sku);
        if (qty > avail) throw new InsufficientStock(sku, qty, avail);
        const id = `res_${crypto.randomUUID()}` as ReservationId;
        this.reservations.set(id, { id, sku, qty, expiresAt: new Date(now.getTime() + ttlMinutes * 60_000) });
        this.raise({ type: 'StockReserved', payload: { reservation: id, sku, qty }, occurredAt: now });
        this.checkThreshold(sku);
        return id;
    }

    fulfil(id: ReservationId): void {
        const r = this.requireReservation(id);
        this.onHand.set(r.sku, (this.onHand.get(r.sku) ?? 0) - r.qty);
        this.reservations.delete(id);
        this.raise({ type: 'ReservationFulfilled', payload: { reservation: id }, occurredAt: new Date() });
    }

    cancel(id: ReservationId): void {
        this.requireReservation(id);
        this.reservations.delete(id);
        this.raise({ type: 'ReservationReleased', payload: { reservation: id, reason: 'cancelled' }, occurredAt: new Date() });
    }

    expireStale(now: Date = new Date()): number {
        let n = 0;
        for (const r of [...this.reservations.values()]) {
            if (r.expiresAt <= now) {
                this.reservations.delete(r.id);
                this.raise({ type: 'ReservationReleased', payload: { reservation: r.id, reason: 'expired' }, occurredAt: now });
                n++;
            }
        }
        return n;
    }

    private requireReservation(id: ReservationId): Reservation {
        const r = this.reservations.get(id);
        if (!r) throw new Error(`unknown reservation ${id}`);
        return r;
    }

    private checkThreshold(sku: Sku): void {
        const threshold = this.thresholds.get(sku);
        const available = this.available(sku);
        if (threshold !== undefined && available <= threshold) {
            this.raise({ type: 'LowStock', payload: { sku, warehouse: this.id, available, threshold }, occurredAt: new Date() });
        }
    }
}

export interface WarehouseRepository {
    get(id: WarehouseId): Promise<Warehouse | undefined>;
    save(warehouse: Warehouse): Promise<void>;
}

type Handler<T extends InventoryEvent['type']> = (event: EventOfType<T>) => void | Promise<void>;

export class EventDispatcher {
    private readonly handlers: { [T in InventoryEvent['type']]?: Array<Handler<T>> } = {};

    on<T extends InventoryEvent['type']>(type: T, handler: Handler<T>): void {
        ((this.handlers[type] ??= []) as Array<Handler<T>>).push(handler);
    }

    async dispatch(events: readonly InventoryEvent[]): Promise<void> {
        for (const e of events) {
            const list = (this.handlers[e.type] ?? []) as Array<(ev: InventoryEvent) => void | Promise<void>>;
            for (const h of list) await h(e);
        }
    }
}

export class ReserveStockHandler {
    constructor(private readonly repo: WarehouseRepository, private readonly events: EventDispatcher) {}

    async execute(cmd: { warehouseId: WarehouseId; sku: string; qty: number }): Promise<ReservationId> {
        const wh = await this.repo.get(cmd.warehouseId);
        if (!wh) throw new Error(`warehouse ${cmd.warehouseId} not found`);
        const id = wh.reserve(Sku(cmd.sku), cmd.qty);
        await this.repo.save(wh);
        await this.events.dispatch(wh.pullEvents());
        return id;
    }
}
