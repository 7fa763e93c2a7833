// minimal entity-component-system used by the asteroids prototype

export type Entity = number;

export interface Position { x: number; y: number }
export interface Velocity { dx: number; dy: number }
export interface Sprite { image: HTMLImageElement; w: number; h: number; rotation: number }
export interface Collider { radius: number; layer: number }
export interface Lifetime { remaining: number }

interface ComponentMap {
  position: Position;
  velocity: Velocity;
  sprite: Sprite;
  collider: Collider;
  lifetime: Lifetime;
}

type ComponentName = keyof ComponentMap;

export class World {
  private nextId: Entity = 1;
  private stores: { [K in ComponentName]: Map<Entity, ComponentMap[K]> } = {
    position: new Map(),
    velocity: new Map(),
    sprite: new Map(),
    collider: new Map(),
    lifetime: new Map(),
  };
  private doomed = new Set<Entity>();

  spawn(): Entity {
    return this.nextId++;
  }

  add<K extends ComponentName>(e: Entity, name: K, value: ComponentMap[K]): this {
    (this.stores[name] as Map<Entity, ComponentMap[K]>).set(e, value);
    return this;
  }

  get<K extends ComponentName>(e: Entity, name: K): ComponentMap[K] | undefined {
    return (this.stores[name] as Map<Entity, ComponentMap[K]>).get(e);
  }

  destroy(e: Entity): void {
    this.doomed.add(e);
  }

  *query<K extends ComponentName>(...names: K[]): Generator<[Entity, Pick<ComponentMap, K>]> {
    const [first, ...rest] = names;
    for (const [e, v] of this.stores[first]) {
      if (this.doomed.has(e)) continue;
      const row = { [first]: v } as Partial<ComponentMap>;
      let ok = true;
      for (const n of rest) {
        const c = this.stores[n].get(e);
        if (c === undefined) { ok = false; break; }
        (row as Record<string, unknown>)[n] = c;
      }
      if (ok) yield [e, row as Pick<ComponentMap, K>];
    }
  }

  flush(): void {
    for (const e of this.doomed) {
      for (const store of Object.values(this.stores)) store.delete(e);
    }
    this.doomed.clear();
  }
}

export function movementSystem(world: World, dt: number, bounds: { w: number; h: number }): void {
  for (const [, { position, velocity }] of world.query('position', 'velocity')) {
    position.x = (position.x + velocity.dx * dt + bounds.w) % bounds.w;
    position.y = (position.y + velocity.dy * dt + bounds.h) % bounds.h;
  }
}

export function lifetimeSystem(world: World, dt: number): void {
  for (const [e, { lifetime }] of world.query('lifetime')) {
    lifetime.remaining -= dt;
    if (lifetime.remaining <= 0) world.destroy(e);
  }
}

export function collisionSystem(world: World, onHit: (a: Entity, b: Entity) => void): void {
  const bodies = [...world.query('position', 'collider')];
  for (let i = 0; i < bodies.length; i++) {
    const [ea, a] = bodies[i];
    for (let j = i + 1; j < bodies.length; j++) {
      const [eb, b] = bodies[j];
      if ((a.collider.layer & b.collider.layer) === 0) continue;
      const dx = a.position.x - b.position.x;
      const dy = a.position.y - b.position.y;
      const r = a.collider.radius + b.collider.radius;
      if (dx * dx + dy * dy < r * r) onHit(ea, eb);
    }
  }
}

export function renderSystem(world: World, ctx: CanvasRenderingContext2D): void {
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  for (const [, { position, sprite }] of world.query('position', 'sprite')) {
    ctx.save();
    ctx.translate(position.x, position.y);
    ctx.rotate(sprite.rotation);
    ctx.drawImage(sprite.image, -sprite.w / 2, -sprite.h / 2, sprite.w, sprite.h);
    ctx.restore();
  }
}

export function startLoop(world: World, ctx: CanvasRenderingContext2D): () => void {
  let last = performance.now();
  let frame = 0;
  const tick = (now: number) => {
    const dt = Math.min((now - last) / 1000, 0.05);
    last = now;
    movementSystem(world, dt, { w: ctx.canvas.width, h: ctx.canvas.height });
    lifetimeSystem(world, dt);
    collisionSystem(world, (a, b) => {
      world.destroy(a);
      world.destroy(b);
    });
    world.flush();
    renderSystem(world, ctx);
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
