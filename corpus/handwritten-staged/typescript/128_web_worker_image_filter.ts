/// <reference lib="webworker" />
// image-filter.worker.ts — runs pixel filters off the main thread.

export type FilterName = 'grayscale' | 'invert' | 'sepia' | 'threshold' | 'blur';

export type FilterRequest = {
  id: number;
  filter: FilterName;
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
  options?: { level?: number; radius?: number };
};

export type FilterResponse =
  | { id: number; ok: true; pixels: Uint8ClampedArray; ms: number }
  | { id: number; ok: false; error: string };

declare const self: DedicatedWorkerGlobalScope;

type PixelFn = (px: Uint8ClampedArray, w: number, h: number, opts: NonNullable<FilterRequest['options']>) => void;

const filters: Record<FilterName, PixelFn> = {
  grayscale(px) {
    for (let i = 0; i < px.length; i += 4) {
      const y = 0.299 * px[i] + 0.587 * px[i + 1] + 0.114 * px[i + 2];
      px[i] = px[i + 1] = px[i + 2] = y;
    }
  },
  invert(px) {
    for (let i = 0; i < px.length; i += 4) {
      px[i] = 255 - px[i];
      px[i + 1] = 255 - px[i + 1];
      px[i + 2] = 255 - px[i + 2];
    }
  },
  sepia(px) {
    for (let i = 0; i < px.length; i += 4) {
      const [r, g, b] = [px[i], px[i + 1], px[i + 2]];
      px[i] = 0.393 * r + 0.769 * g + 0.189 * b;
      px[i + 1] = 0.349 * r + 0.686 * g + 0.168 * b;
      px[i + 2] = 0.272 * r + 0.534 * g + 0.131 * b;
    }
  },
  threshold(px, _w, _h, { level = 128 }) {
    for (let i = 0; i < px.length; i += 4) {
      const v = (px[i] + px[i + 1] + px[i + 2]) / 3 >= level ? 255 : 0;
      px[i] = px[i + 1] = px[i + 2] = v;
    }
  },
  blur(px, w, h, { radius = 2 }) {
    const src = px.slice();
    const r = Math.max(1, Math.floor(radius));
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        let sr = 0, sg = 0, sb = 0, n = 0;
        for (let dy = -r; dy <= r; dy++) {
          const yy = y + dy;
          if (yy < 0 || yy >= h) continue;
          for (let dx = -r; dx <= r; dx++) {
            const xx = x + dx;
            if (xx < 0 || xx >= w) continue;
            const j = (yy * w + xx) * 4;
            sr += src[j]; sg += src[j + 1]; sb += src[j + 2]; n++;
          }
        }
        const i = (y * w + x) * 4;
        px[i] = sr / n; px[i + 1] = sg / n; px[i + 2] = sb / n;
      }
    }
  },
};

self.addEventListener('message', (event: MessageEvent<FilterRequest>) => {
  const { id, filter, width, height, pixels, options = {} } = event.data;
  const started = performance.now();
  try {
    const fn = filters[filter];
    if (!fn) throw new Error(`unknown filter: ${filter satisfies string}`);
    fn(pixels, width, height, options);
    const reply: FilterResponse = { id, ok: true, pixels, ms: performance.now() - started };
    self.postMessage(reply, [pixels.buffer]);
  } catch (e) {
    const reply: FilterResponse = { id, ok: false, error: (e as Error).message };
    self.postMessage(reply);
  }
});
