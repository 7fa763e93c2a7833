import { Worker } from "node:worker_threads";
import os from "node:os";

interface Job<I, O> {
  input: I;
  resolve: (v: O) => void;
  reject: (e: Error) => void;
}

export class WorkerPool<I, O> {
  private idle: Worker[] = [];
  private queue: Job<I, O>[] = [];
  private busy = new Map<Worker, Job<I, O>>();

  constructor(script: string | URL, size = Math.max(1, os.cpus().length - 1)) {
    for (let n = 0; n < size; n++) {
      const w = new Worker(script);
      w.on("message", (out: O) => this.finish(w, null, out));
      w.on("error", (e) => this.finish(w, e, undefined));
      this.idle.push(w);
    }
  }

  run(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(w, job);
      w.postMessage(job.input);
    }
  }

  private finish(w: Worker, e: Error | null, out: O | undefined): void {
    const job = this.busy.get(w);
    this.busy.delete(w);
    if (job) e ? job.reject(e) : job.resolve(out as O);
    this.idle.push(w);
    this.pump();
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}
