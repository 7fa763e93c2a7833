class Emitter {
  #handlers = new Map();

  on(name, fn) {
    if (!this.#handlers.has(name)) this.#handlers.set(name, new Set());
    this.#handlers.get(name).add(fn);
    return () => this.off(name, fn);
  }

  off(name, fn) {
    this.#handlers.get(name)?.delete(fn);
  }

  emit(name, ...args) {
    for (const fn of this.#handlers.get(name) ?? []) fn(...args);
  }
}

class Timer extends Emitter {
  #id = null;
  static DEFAULT_INTERVAL = 1000;

  start(interval = Timer.DEFAULT_INTERVAL) {
    let n = 0;
    this.#id = setInterval(() => this.emit('tick', ++n), interval);
    this.emit('start');
  }

  stop() {
    clearInterval(this.#id);
    this.emit('stop');
  }
}

const t = new Timer();
const off = t.on('tick', (n) => console.log('tick', n));
t.start(200);
setTimeout(() => { off(); t.stop(); }, 1100);
