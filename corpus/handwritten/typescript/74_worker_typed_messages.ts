/// <reference lib="webworker" />
// resize.worker.ts — downscales images off the main thread

export type Request =
  | { type: 'resize'; id: number; bitmap: ImageBitmap; maxSize: number; quality?: number }
  | { type: 'cancel'; id: number };

export type Response =
  | { type: 'done'; id: number; blob: Blob; width: number; height: number }
  | { type: 'error'; id: number; message: string };

declare const self: DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();

self.onmessage = async ({ data }: MessageEvent<Request>) => {
  if (data.type === 'cancel') {
    cancelled.add(data.id);
    return;
  }
  const { id, bitmap, maxSize, quality = 0.85 } = data;
  try {
    const ratio = Math.min(1, maxSize / Math.max(bitmap.width, bitmap.height));
    const width = Math.round(bitmap.width * ratio);
    const height = Math.round(bitmap.height * ratio);
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
    if (cancelled.delete(id)) return;
    self.postMessage({ type: 'done', id, blob, width, height } satisfies Response);
  } catch (e) {
    self.postMessage({ type: 'error', id, message: (e as Error).message } satisfies Response);
  }
};
