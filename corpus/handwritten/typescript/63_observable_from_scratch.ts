// A teaching implementation of push-based observables: enough to understand
// what rxjs does under the hood. Not for production.

export interface Observer<T> {
    next(value: T): void;
    error(err: unknown): void;
    complete(): void;
}

export type Teardown = () => void;
export type Operator<A, B> = (source: Observable<A>) => Observable<B>;

export class Subscription {
    private closed = false;
    private teardowns: Teardown[] = [];

    add(t: Teardown): void {
        if (this.closed) t();
        else this.teardowns.push(t);
    }

    unsubscribe(): void {
        if (this.closed) return;
        this.closed = true;
        for (const t of this.teardowns.splice(0)) t();
    }

    get isClosed(): boolean {
        return this.closed;
    }
}

export class Observable<T> {
    constructor(private readonly producer: (observer: Observer<T>) => Teardown | void) {}

    subscribe(partial: Partial<Observer<T>> | ((value: T) => void) = {}): Subscription {
        const sub = new Subscription();
        const o: Partial<Observer<T>> = typeof partial === "function" ? { next: partial } : partial;
        let done = false;

        const safe: Observer<T> = {
            next: (v) => {
                if (!done) o.next?.(v);
            },
            error: (e) => {
                if (done) return;
                done = true;
                if (o.error) o.error(e);
                else queueMicrotask(() => { throw e; });
                sub.unsubscribe();
            },
            complete: () => {
                if (done) return;
                done = true;
                o.complete?.();
                sub.unsubscribe();
            },
        };

        try {
            const teardown = this.producer(safe);
            if (teardown) sub.add(teardown);
        } catch (e) {
            safe.error(e);
        }
        return sub;
    }

    pipe(): Observable<T>;
    pipe<A>(op1: Operator<T, A>): Observable<A>;
    pipe<A, B>(op1: Operator<T, A>, op2: Operator<A, B>): Observable<B>;
    pipe<A, B, C>(op1: Operator<T, A>, op2: Operator<A, B>, op3: Operator<B, C>): Observable<C>;
    pipe<A, B, C, D>(op1: Operator<T, A>, op2: Operator<A, B>, op3: Operator<B, C>, op4: Operator<C, D>): Observable<D>;
    pipe(...ops: Operator<any, any>[]): Observable<any> {
        return ops.reduce((src, op) => op(src), this as Observable<any>);
    }

    static of<T>(...values: T[]): Observable<T> {
        return new Observable((o) => {
            values.forEach((v) => o.next(v));
            o.complete();
        });
    }

    static interval(ms: number): Observable<number> {
        return new Observable((o) => {
            let i = 0;
            const id = setInterval(() => o.next(i++), ms);
            return () => clearInterval(id);
        });
    }

    static fromEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K): Observable<HTMLElementEventMap[K]> {
        return new Observable((o) => {
            const handler = (e: HTMLElementEventMap[K]) => o.next(e);
            el.addEventListener(type, handler);
            return () => el.removeEventListener(type, handler);
        });
    }
}

export const map = <A, B>(fn: (a: A, i: number) => B): Operator<A, B> => (src) =>
    new Observable((o) => {
        let i = 0;
        const sub = src.subscribe({ next: (v) => o.next(fn(v, i++)), error: (e) => o.error(e), complete: () => o.complete() });
        return () => sub.unsubscribe();
    });

export const filter = <A>(pred: (a: A) => boolean): Operator<A, A> => (src) =>
    new Observable((o) => {
        const sub = src.subscribe({ next: (v) => pred(v) && o.next(v), error: (e) => o.error(e), complete: () => o.complete() });
        return () => sub.unsubscribe();
    });

export const take = <A>(n: number): Operator<A, A> => (src) =>
    new Observable((o) => {
        let seen = 0;
        if (n <= 0) {
            o.complete();
            return;
        }
        const sub = src.subscribe({
            next: (v) => {
                o.next(v);
                if (++seen >= n) o.complete();
            },
            error: (e) => o.error(e),
            complete: () => o.complete(),
        });
        return () => sub.unsubscribe();
    });

export const debounce = <A>(ms: number): Operator<A, A> => (src) =>
    new Observable((o) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const sub = src.subscribe({
            next: (v) => {
                clearTimeout(timer);
                timer = setTimeout(() => o.next(v), ms);
            },
            error: (e) => o.error(e),
            complete: () => o.complete(),
        });
        return () => {
            clearTimeout(timer);
            sub.unsubscribe();
        };
    });

export const switchMap = <A, B>(project: (a: A) => Observable<B>): Operator<A, B> => (src) =>
    new Observable((o) => {
        let inner: Subscription | undefined;
        const outer = src.subscribe({
            next: (v) => {
                inner?.unsubscribe();
                inner = project(v).subscribe({ next: (x) => o.next(x), error: (e) => o.error(e) });
            },
            error: (e) => o.error(e),
            complete: () => o.complete(),
        });
        return () => {
            inner?.unsubscribe();
            outer.unsubscribe();
        };
    });

export class Subject<T> extends Observable<T> implements Observer<T> {
    private observers = new Set<Observer<T>>();

    constructor() {
        super((o) => {
            this.observers.add(o);
            return () => this.observers.delete(o);
        });
    }

    next(v: T) { for (const o of [...this.observers]) o.next(v); }
    error(e: unknown) { for (const o of [...this.observers]) o.error(e); }
    complete() { for (const o of [...this.observers]) o.complete(); }
}

// Observable.interval(100).pipe(filter((n) => n % 2 === 0), map((n) => n * 10), take(5)).subscribe(console.log);
