/*
 * Fixed-timestep game loop with interpolation.
 * Physics runs at a constant rate; rendering runs at whatever rate the
 * browser gives us and blends between the last two physics states.
 */

export interface Vec2 {
	x: number;
	y: number;
}

export interface Body {
	readonly id: number;
	pos: Vec2;
	prevPos: Vec2;
	vel: Vec2;
	radius: number;
	mass: number;
}

export interface LoopStats {
	fps: number;
	ticks: number;
	droppedFrames: number;
}

export interface Renderer {
	clear(): void;
	circle(at: Vec2, radius: number, color: string): void;
	text(at: Vec2, value: string): void;
}

const enum Tuning {
	TickRate = 60,
	MaxFrameMs = 250,
	Gravity = 900,
	Restitution = 0.82,
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const lerpVec = (a: Vec2, b: Vec2, t: number): Vec2 => ({ x: lerp(a.x, b.x, t), y: lerp(a.y, b.y, t) });

export abstract class GameLoop {
	protected readonly stepMs: number = 1000 / Tuning.TickRate;
	private accumulator = 0;
	private lastTime: number | null = null;
	private rafId: number | null = null;
	private frameCount = 0;
	private fpsWindowStart = 0;
	protected stats: LoopStats = { fps: 0, ticks: 0, droppedFrames: 0 };

	protected abstract update(dtSeconds: number): void;
	protected abstract render(alpha: number): void;

	start(): void {
		if (this.rafId !== null) return;
		this.lastTime = null;
		this.rafId = requestAnimationFrame(this.frame);
	}

	stop(): void {
		if (this.rafId !== null) cancelAnimationFrame(this.rafId);
		this.rafId = null;
	}

	get running(): boolean {
		return this.rafId !== null;
	}

	private readonly frame = (now: DOMHighResTimeStamp): void => {
		if (this.lastTime === null) {
			this.lastTime = now;
			this.fpsWindowStart = now;
		}
		let delta = now - this.lastTime;
		this.lastTime = now;

		if (delta > Tuning.MaxFrameMs) {
			this.stats.droppedFrames++;
			delta = Tuning.MaxFrameMs;
		}

		this.accumulator += delta;
		while (this.accumulator >= this.stepMs) {
			this.update(this.stepMs / 1000);
			this.stats.ticks++;
			this.accumulator -= this.stepMs;
		}

		this.render(this.accumulator / this.stepMs);

		this.frameCount++;
		if (now - this.fpsWindowStart >= 1000) {
			this.stats.fps = Math.round((this.frameCount * 1000) / (now - this.fpsWindowStart));
			this.frameCount = 0;
			this.fpsWindowStart = now;
		}
		this.rafId = requestAnimationFrame(this.frame);
	};
}

export class BouncingBalls extends GameLoop {
	private bodies: Body[] = [];
	private nextId = 1;

	constructor(
		private readonly renderer: Renderer,
		private readonly bounds: Readonly<{ width: number; height: number }>,
	) {
		super();
	}

	spawn(at: Vec2, vel: Vec2 = { x: 0, y: 0 }, radius = 12): Body {
		const body: Body = {
			id: this.nextId++,
			pos: { ...at },
			prevPos: { ...at },
			vel: { ...vel },
			radius,
			mass: Math.PI * radius * radius,
		};
		this.bodies.push(body);
		return body;
	}

	protected update(dt: number): void {
		const { width, height } = this.bounds;
		for (const b of this.bodies) {
			b.prevPos = { ...b.pos };
			b.vel.y += Tuning.Gravity * dt;
			b.pos.x += b.vel.x * dt;
			b.pos.y += b.vel.y * dt;

			if (b.pos.y + b.radius > height) {
				b.pos.y = height - b.radius;
				b.vel.y *= -Tuning.Restitution;
			}
			if (b.pos.x - b.radius < 0 || b.pos.x + b.radius > width) {
				b.pos.x = Math.min(Math.max(b.pos.x, b.radius), width - b.radius);
				b.vel.x *= -Tuning.Restitution;
			}
		}
	}

	protected render(alpha: number): void {
		this.renderer.clear();
		for (const b of this.bodies) {
			const p = lerpVec(b.prevPos, b.pos, alpha);
			this.renderer.circle(p, b.radius, `hsl(${(b.id * 47) % 360} 70% 55%)`);
		}
		this.renderer.text({ x: 8, y: 16 }, `fps ${this.stats.fps}  ticks ${this.stats.ticks}`);
	}
}

export function canvasRenderer(ctx: CanvasRenderingContext2D): Renderer {
	return {
		clear: () => ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height),
		circle(at, radius, color) {
			ctx.beginPath();
			ctx.arc(at.x, at.y, radius, 0, Math.PI * 2);
			ctx.fillStyle = color;
			ctx.fill();
		},
		text(at, value) {
			ctx.fillStyle = "#222";
			ctx.font = "12px monospace";
			ctx.fillText(value, at.x, at.y);
		},
	};
}
