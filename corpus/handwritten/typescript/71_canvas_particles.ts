interface Particle {
	x: number;
	y: number;
	vx: number;
	vy: number;
	life: number;
	maxLife: number;
	hue: number;
}

const canvas = document.getElementById("fx") as HTMLCanvasElement;
const ctx = canvas.getContext("2d")!;
const particles: Particle[] = [];
const MAX = 600;
let mouse: { x: number; y: number } | null = null;

function resize(): void {
	const dpr = window.devicePixelRatio || 1;
	canvas.width = canvas.clientWidth * dpr;
	canvas.height = canvas.clientHeight * dpr;
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
}

function spawn(x: number, y: number, count: number): void {
	for (let i = 0; i < count && particles.length < MAX; i++) {
		const angle = Math.random() * Math.PI * 2;
		const speed = 0.5 + Math.random() * 2.5;
		particles.push({
			x,
			y,
			vx: Math.cos(angle) * speed,
			vy: Math.sin(angle) * speed - 1,
			life: 0,
			maxLife: 60 + Math.random() * 60,
			hue: (performance.now() / 20) % 360,
		});
	}
}

function update(): void {
	for (let i = particles.length - 1; i >= 0; i--) {
		const p = particles[i];
		p.vy += 0.04; // gravity
		p.vx *= 0.99;
		p.vy *= 0.99;
		p.x += p.vx;
		p.y += p.vy;
		if (++p.life > p.maxLife) particles.splice(i, 1);
	}
}

function draw(): void {
	ctx.globalCompositeOperation = "source-over";
	ctx.fillStyle = "rgba(10, 10, 20, 0.25)";
	ctx.fillRect(0, 0, canvas.clientWidth, canvas.clientHeight);
	ctx.globalCompositeOperation = "lighter";
	for (const p of particles) {
		const t = 1 - p.life / p.maxLife;
		ctx.beginPath();
		ctx.fillStyle = `hsla(${p.hue}, 90%, 60%, ${t})`;
		ctx.arc(p.x, p.y, 1 + t * 3, 0, Math.PI * 2);
		ctx.fill();
	}
}

function frame(): void {
	if (mouse) spawn(mouse.x, mouse.y, 6);
	update();
	draw();
	requestAnimationFrame(frame);
}

canvas.addEventListener("pointermove", (e: PointerEvent) => {
	const r = canvas.getBoundingClientRect();
	mouse = { x: e.clientX - r.left, y: e.clientY - r.top };
});
canvas.addEventListener("pointerleave", () => (mouse = null));
window.addEventListener("resize", resize);

resize();
requestAnimationFrame(frame);
