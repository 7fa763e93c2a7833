type LightState = 'red' | 'redAmber' | 'green' | 'amber' | 'flashing';
type LightEvent = { type: 'TIMER' } | { type: 'FAULT' } | { type: 'RESET' };

const durations: Readonly<Record<Exclude<LightState, 'flashing'>, number>> = {
  red: 30_000,
  redAmber: 2_000,
  green: 25_000,
  amber: 3_000,
};

function next(state: LightState, event: LightEvent): LightState {
  switch (event.type) {
    case 'FAULT':
      return 'flashing';
    case 'RESET':
      return state === 'flashing' ? 'red' : state;
    case 'TIMER': {
      const cycle: Record<LightState, LightState> = {
        red: 'redAmber',
        redAmber: 'green',
        green: 'amber',
        amber: 'red',
        flashing: 'flashing',
      };
      return cycle[state];
    }
  }
}

export class TrafficLight {
  #state: LightState = 'red';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly onChange: (s: LightState) => void) {}

  get state(): LightState {
    return this.#state;
  }

  send(event: LightEvent): void {
    const to = next(this.#state, event);
    if (to === this.#state) return;
    this.#state = to;
    this.onChange(to);
    this.schedule();
  }

  start(): void {
    this.onChange(this.#state);
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.#timer);
    if (this.#state === 'flashing') return;
    this.#timer = setTimeout(() => this.send({ type: 'TIMER' }), durations[this.#state]);
  }
}
