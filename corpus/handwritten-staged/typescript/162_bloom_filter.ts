/**
 * Space-efficient probabilistic set. False positives are possible,
 * false negatives are not.
 */
export class BloomFilter {
	private readonly bits: Uint32Array;
	readonly size: number;
	readonly hashes: number;
	private inserted = 0;

	/**
	 * @param expectedItems how many items you plan to add
	 * @param falsePositiveRate target probability, e.g. 0.01
	 */
	static forCapacity(expectedItems: number, falsePositiveRate = 0.01): BloomFilter {
		const m = Math.ceil((-expectedItems * Math.log(falsePositiveRate)) / Math.LN2 ** 2);
		const k = Math.max(1, Math.round((m / expectedItems) * Math.LN2));
		return new BloomFilter(m, k);
	}

	constructor(size: number, hashes: number) {
		if (size <= 0 || hashes <= 0) throw new RangeError("size and hashes must be positive");
		this.size = size;
		this.hashes = hashes;
		this.bits = new Uint32Array(Math.ceil(size / 32));
	}

	add(value: string): this {
		for (const i of this.indexes(value)) this.bits[i >>> 5]! |= 1 << (i & 31);
		this.inserted++;
		return this;
	}

	mightContain(value: string): boolean {
		for (const i of this.indexes(value)) {
			if ((this.bits[i >>> 5]! & (1 << (i & 31))) === 0) return false;
		}
		return true;
	}

	/** Estimated current false-positive probability. */
	get estimatedErrorRate(): number {
		return (1 - Math.exp((-this.hashes * this.inserted) / this.size)) ** this.hashes;
	}

	private *indexes(value: string): Generator<number> {
		// Kirsch–Mitzenmacher: derive k hashes from two base hashes.
		const h1 = fnv1a(value);
		const h2 = fnv1a(value, 0x9747b28c) | 1;
		for (let i = 0; i < this.hashes; i++) {
			yield Math.abs((h1 + Math.imul(i, h2)) % this.size);
		}
	}
}

function fnv1a(str: string, seed: number = 0x811c9dc5): number {
	let h = seed >>> 0;
	for (let i = 0; i < str.length; i++) {
		h ^= str.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

const seen = BloomFilter.forCapacity(10_000, 0.001);
["alice@example.com", "bob@example.com"].forEach((e) => seen.add(e));
console.log(seen.mightContain("alice@example.com"), seen.mightContain("mallory@example.com"));
console.log(`m=${seen.size} k=${seen.hashes} p≈${seen.estimatedErrorRate.toExponential(2)}`);
