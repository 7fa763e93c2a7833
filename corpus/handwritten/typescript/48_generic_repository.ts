/**
 * Generic repository layer over a key/value store.
 * Entities need an `id`; repositories add typed queries and change events.
 */

export interface Entity {
  readonly id: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Store {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<boolean>;
  keys(prefix: string): AsyncIterable<string>;
}

export type NewEntity<T extends Entity> = Omit<T, keyof Entity> & Partial<Pick<T, 'id'>>;

export type Where<T> = {
  [K in keyof T]?: T[K] | ((value: T[K]) => boolean);
};

export interface FindOptions<T> {
  where?: Where<T>;
  orderBy?: { [K in keyof T]?: 'asc' | 'desc' };
  limit?: number;
  offset?: number;
}

type ChangeListener<T> = (change: { type: 'insert' | 'update' | 'delete'; entity: T }) => void;

export abstract class Repository<T extends Entity> {
  protected abstract readonly prefix: string;
  private listeners = new Set<ChangeListener<T>>();

  constructor(protected readonly store: Store) {}

  protected serialize(entity: T): string {
    return JSON.stringify(entity);
  }

  protected deserialize(raw: string): T {
    return JSON.parse(raw, (key, value) =>
      (key === 'createdAt' || key === 'updatedAt') && typeof value === 'string' ? new Date(value) : value,
    ) as T;
  }

  protected key(id: string): string {
    return `${this.prefix}:${id}`;
  }

  onChange(listener: ChangeListener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected emit(type: 'insert' | 'update' | 'delete', entity: T): void {
    this.listeners.forEach((l) => l({ type, entity }));
  }

  async findById(id: string): Promise<T | undefined> {
    const raw = await this.store.get(this.key(id));
    return raw ? this.deserialize(raw) : undefined;
  }

  async getById(id: string): Promise<T> {
    const found = await this.findById(id);
    if (!found) throw new NotFoundError(this.prefix, id);
    return found;
  }

  async insert(data: NewEntity<T>): Promise<T> {
    const now = new Date();
    const entity = { ...data, id: data.id ?? crypto.randomUUID(), createdAt: now, updatedAt: now } as unknown as T;
    await this.validate(entity);
    await this.store.set(this.key(entity.id), this.serialize(entity));
    this.emit('insert', entity);
    return entity;
  }

  async update(id: string, patch: Partial<Omit<T, keyof Entity>>): Promise<T> {
    const current = await this.getById(id);
    const next = { ...current, ...patch, updatedAt: new Date() };
    await this.validate(next);
    await this.store.set(this.key(id), this.serialize(next));
    this.emit('update', next);
    return next;
  }

  async remove(id: string): Promise<boolean> {
    const current = await this.findById(id);
    if (!current) return false;
    await this.store.delete(this.key(id));
    this.emit('delete', current);
    return true;
  }

  async find(options: FindOptions<T> = {}): Promise<T[]> {
    const results: T[] = [];
    for await (const key of this.store.keys(`${this.prefix}:`)) {
      const raw = await this.store.get(key);
      if (!raw) continue;
      const entity = this.deserialize(raw);
      if (this.matches(entity, options.where)) results.push(entity);
    }
    if (options.orderBy) results.sort(this.comparator(options.orderBy));
    const start = options.offset ?? 0;
    return results.slice(start, options.limit !== undefined ? start + options.limit : undefined);
  }

  async count(where?: Where<T>): Promise<number> {
    return (await this.find({ where })).length;
  }

  /** Override to enforce invariants before writes. */
  protected async validate(_entity: T): Promise<void> {}

  private matches(entity: T, where?: Where<T>): boolean {
    if (!where) return true;
    return (Object.keys(where) as (keyof T)[]).every((k) => {
      const cond = where[k];
      return typeof cond === 'function' ? (cond as (v: T[keyof T]) => boolean)(entity[k]) : entity[k] === cond;
    });
  }

  private comparator(orderBy: NonNullable<FindOptions<T>['orderBy']>) {
    const entries = Object.entries(orderBy) as [keyof T, 'asc' | 'desc'][];
    return (a: T, b: T): number => {
      for (const [k, dir] of entries) {
        const av = a[k];
        const bv = b[k];
        if (av === bv) continue;
        const cmp = av! < bv! ? -1 : 1;
        return dir === 'asc' ? cmp : -cmp;
      }
      return 0;
    };
  }
}

export class NotFoundError extends Error {
  constructor(readonly collection: string, readonly id: string) {
    super(`${collection} ${id} not found`);
  }
}

// --- concrete repositories --------------------------------------------------

export interface Project extends Entity {
  name: string;
  ownerId: string;
  archived: boolean;
  budget: number;
}

export class ProjectRepository extends Repository<Project> {
  protected readonly prefix = 'project';

  protected override async validate(p: Project): Promise<void> {
    if (!p.name.trim()) throw new Error('project name is required');
    if (p.budget < 0) throw new Error('budget cannot be negative');
  }

  activeFor(ownerId: string): Promise<Project[]> {
    return this.find({
      where: { ownerId, archived: false },
      orderBy: { updatedAt: 'desc' },
    });
  }

  overBudget(limit: number): Promise<Project[]> {
    return this.find({ where: { budget: (b) => b > limit } });
  }
}
