type Placement = "top" | "bottom" | "left" | "right";

interface TooltipOptions {
  placement?: Placement;
  offset?: number;
  delayMs?: number;
  className?: string;
}

const DEFAULTS: Required<TooltipOptions> = {
  placement: "top",
  offset: 8,
  delayMs: 150,
  className: "tooltip",
};

export class TooltipController {
  private readonly tip: HTMLDivElement;
  private readonly opts: Required<TooltipOptions>;
  private showTimer: number | undefined;
  private active: HTMLElement | null = null;
  private readonly cleanup: Array<() => void> = [];

  constructor(private readonly root: HTMLElement = document.body, options: TooltipOptions = {}) {
    this.opts = { ...DEFAULTS, ...options };
    this.tip = document.createElement("div");
    this.tip.className = this.opts.className;
    this.tip.setAttribute("role", "tooltip");
    this.tip.hidden = true;
    document.body.append(this.tip);

    this.listen("pointerover", this.onOver);
    this.listen("pointerout", this.onOut);
    this.listen("focusin", this.onOver);
    this.listen("focusout", this.onOut);
  }

  private listen<K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void): void {
    const bound = fn.bind(this) as EventListener;
    this.root.addEventListener(type, bound);
    this.cleanup.push(() => this.root.removeEventListener(type, bound));
  }

  private onOver(e: Event): void {
    const target = (e.target as Element | null)?.closest<HTMLElement>("[data-tooltip]");
    if (!target || target === this.active) return;
    window.clearTimeout(this.showTimer);
    this.showTimer = window.setTimeout(() => this.show(target), this.opts.delayMs);
  }

  private onOut(e: Event): void {
    const related = (e as PointerEvent | FocusEvent).relatedTarget as Node | null;
    if (this.active && related && this.active.contains(related)) return;
    window.clearTimeout(this.showTimer);
    this.hide();
  }

  private show(target: HTMLElement): void {
    this.active = target;
    this.tip.textContent = target.dataset.tooltip ?? "";
    this.tip.hidden = false;
    target.setAttribute("aria-describedby", (this.tip.id ||= `tip-${crypto.randomUUID()}`));
    this.position(target, (target.dataset.placement as Placement | undefined) ?? this.opts.placement);
  }

  private position(target: HTMLElement, placement: Placement): void {
    const r = target.getBoundingClientRect();
    const t = this.tip.getBoundingClientRect();
    const { offset } = this.opts;
    const coords: Record<Placement, [x: number, y: number]> = {
      top: [r.left + r.width / 2 - t.width / 2, r.top - t.height - offset],
      bottom: [r.left + r.width / 2 - t.width / 2, r.bottom + offset],
      left: [r.left - t.width - offset, r.top + r.height / 2 - t.height / 2],
      right: [r.right + offset, r.top + r.height / 2 - t.height / 2],
    };
    const [x, y] = coords[placement];
    Object.assign(this.tip.style, { position: "fixed", left: `${Math.max(4, x)}px`, top: `${Math.max(4, y)}px` });
  }

  hide(): void {
    this.active?.removeAttribute("aria-describedby");
    this.active = null;
    this.tip.hidden = true;
  }

  destroy(): void {
    this.cleanup.forEach((fn) => fn());
    this.tip.remove();
  }
}
