export class TaskQueue {
  #concurrency;
  #running = 0;
  #queue = [];
  #paused = false;
  #idleResolvers = [];

  static #instances = 0;

  constructor({ concurrency = 4 } = {}) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new RangeError('concurrency must be a positive integer');
    }
    this.#concurrency = concurrency;
    TaskQueue.#instances++;
  }

  static get instances() {
    return TaskQueue.#instances;
  }

  get size() {
    return this.#queue.length;
  }

  get pending() {
    return this.#running;
  }

  push(task, { priority = 0 } = {}) {
    return new Promise((resolve, reject) => {
      const entry = { task, priority, resolve, reject };
      const idx = this.#queue.findIndex((e) => e.priority < priority);
      if (idx === -1) this.#queue.push(entry);
      else this.#queue.splice(idx, 0, entry);
      this.#drain();
    });
  }

  pause() {
    this.#paused = true;
  }

  resume() {
    this.#paused = false;
    this.#drain();
  }

  onIdle() {
    if (this.#running === 0 && this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleResolvers.push(resolve));
  }

  #drain() {
    while (!this.#paused && this.#running < this.#concurrency && this.#queue.length) {
      const { task, resolve, reject } = this.#queue.shift();
      this.#running++;
      Promise.resolve()
        .then(task)
        .then(resolve, reject)
        .finally(() => {
          this.#running--;
          this.#drain();
          this.#checkIdle();
        });
    }
  }

  #checkIdle() {
    if (this.#running === 0 && this.#queue.length === 0) {
      this.#idleResolvers.splice(0).forEach((r) => r());
    }
  }
}

// const q = new TaskQueue({ concurrency: 2 });
// urls.forEach((u) => q.push(() => fetch(u)));
// await q.onIdle();
