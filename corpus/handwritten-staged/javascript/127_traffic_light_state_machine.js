// Table-driven finite state machine with guards, entry/exit actions and timers.
'use strict';

function createMachine(def) {
  let state = def.initial;
  let timer = null;
  const context = Object.assign({}, def.context);
  const listeners = new Set();

  function run(actions, event) {
    (actions || []).forEach((a) => (typeof a === 'function' ? a : def.actions[a])(context, event));
  }

  function enter(name, event) {
    const node = def.states[name];
    state = name;
    run(node.entry, event);
    if (node.after) {
      const [ms, target] = Object.entries(node.after)[0];
      timer = setTimeout(() => send({ type: 'TIMEOUT', target }), Number(ms));
    }
    listeners.forEach((fn) => fn(state, context));
  }

  function send(event) {
    if (typeof event === 'string') event = { type: event };
    const node = def.states[state];
    let transition = event.type === 'TIMEOUT' ? { target: event.target } : node.on && node.on[event.type];
    if (Array.isArray(transition)) {
      transition = transition.find((t) => !t.guard || def.guards[t.guard](context, event));
    }
    if (!transition) return false;
    clearTimeout(timer);
    run(node.exit, event);
    run(transition.actions, event);
    enter(transition.target, event);
    return true;
  }

  return {
    start() { enter(state, { type: 'INIT' }); return this; },
    send,
    get state() { return state; },
    subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); },
    stop() { clearTimeout(timer); },
  };
}

const light = createMachine({
  initial: 'red',
  context: { pedestrianWaiting: false, cycles: 0 },
  states: {
    red: {
      entry: ['countCycle'],
      after: { 3000: 'green' },
      on: { EMERGENCY: { target: 'flashing' } },
    },
    green: {
      after: { 4000: 'yellow' },
      on: {
        PEDESTRIAN: [
          { target: 'yellow', guard: 'greenLongEnough', actions: ['clearRequest'] },
          { target: 'green', actions: ['markRequest'] },
        ],
        EMERGENCY: { target: 'flashing' },
      },
    },
    yellow: { after: { 1000: 'red' } },
    flashing: { on: { RESET: { target: 'red' } } },
  },
  actions: {
    countCycle: (ctx) => { ctx.cycles += 1; },
    markRequest: (ctx) => { ctx.pedestrianWaiting = true; },
    clearRequest: (ctx) => { ctx.pedestrianWaiting = false; },
  },
  guards: {
    greenLongEnough: (ctx) => ctx.pedestrianWaiting,
  },
});

light.subscribe((s, ctx) => console.log(`${new Date().toISOString().slice(11, 19)} ${s.padEnd(8)} cycles=${ctx.cycles}`));
light.start();

setTimeout(() => light.send('PEDESTRIAN'), 3500);
setTimeout(() => light.send('PEDESTRIAN'), 3800);
setTimeout(() => light.send('EMERGENCY'), 9000);
setTimeout(() => { light.send('RESET'); setTimeout(() => light.stop(), 100); }, 9500);
