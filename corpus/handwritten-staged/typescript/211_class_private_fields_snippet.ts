class Counter {
	static #instances = 0;
	#count = 0;
	readonly #step: number;

	constructor(step = 1) {
		this.#step = step;
		Counter.#instances++;
	}

	increment(): number {
		return (this.#count += this.#step);
	}

	static get instances(): number {
		return Counter.#instances;
	}

	static isCounter(x: unknown): x is Counter {
		return typeof x === "object" && x !== null && #count in x;
	}
}
