/**
 * Promise-based, schema-typed wrapper around IndexedDB.
 *
 * Declare your stores once as a type; every get/put/index query is
 * then checked against it.
 */

export interface StoreDef<Value, Key extends IDBValidKey, Indexes extends Record<string, IDBValidKey> = {}> {
	value: Value;
	key: Key;
	indexes: Indexes;
}

export type DBSchema = Record<string, StoreDef<unknown, IDBValidKey, Record<string, IDBValidKey>>>;

type StoreName<S extends DBSchema> = keyof S & string;
type ValueOf<S extends DBSchema, N extends StoreName<S>> = S[N]["value"];
type KeyOf<S extends DBSchema, N extends StoreName<S>> = S[N]["key"];
type IndexName<S extends DBSchema, N extends StoreName<S>> = keyof S[N]["indexes"] & string;

export type Migration = (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void;

function promisify<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function txDone(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException("transaction aborted", "AbortError"));
	});
}

export class TypedDB<S extends DBSchema> {
	private constructor(private readonly db: IDBDatabase) {}

	static open<S extends DBSchema>(name: string, migrations: readonly Migration[]): Promise<TypedDB<S>> {
		return new Promise((resolve, reject) => {
			const req = indexedDB.open(name, migrations.length);
			req.onupgradeneeded = (event: IDBVersionChangeEvent) => {
				const tx = req.transaction!;
				for (let v = event.oldVersion; v < migrations.length; v++) migrations[v]!(req.result, tx, event.oldVersion);
			};
			req.onsuccess = () => resolve(new TypedDB<S>(req.result));
			req.onerror = () => reject(req.error);
			req.onblocked = () => reject(new Error(`database "${name}" is open in another tab`));
		});
	}

	async get<N extends StoreName<S>>(store: N, key: KeyOf<S, N>): Promise<ValueOf<S, N> | undefined> {
		const tx = this.db.transaction(store, "readonly");
		return promisify(tx.objectStore(store).get(key)) as Promise<ValueOf<S, N> | undefined>;
	}

	async put<N extends StoreName<S>>(store: N, value: ValueOf<S, N>, key?: KeyOf<S, N>): Promise<KeyOf<S, N>> {
		const tx = this.db.transaction(store, "readwrite");
		const result = promisify(tx.objectStore(store).put(value, key));
		await txDone(tx);
		return (await result) as KeyOf<S, N>;
	}

	async delete<N extends StoreName<S>>(store: N, key: KeyOf<S, N> | IDBKeyRange): Promise<void> {
		const tx = this.db.transaction(store, "readwrite");
		tx.objectStore(store).delete(key);
		await txDone(tx);
	}

	async getAllFromIndex<N extends StoreName<S>, I extends IndexName<S, N>>(
		store: N,
		index: I,
		query?: S[N]["indexes"][I] | IDBKeyRange,
		count?: number,
	): Promise<Array<ValueOf<S, N>>> {
		const tx = this.db.transaction(store, "readonly");
		return promisify(tx.objectStore(store).index(index).getAll(query, count)) as Promise<Array<ValueOf<S, N>>>;
	}

	async *iterate<N extends StoreName<S>>(
		store: N,
		range?: IDBKeyRange,
		direction: IDBCursorDirection = "next",
	): AsyncGenerator<ValueOf<S, N>, void, undefined> {
		// Cursors must be advanced within the same tick, so we buffer page by page.
		let lastKey: IDBValidKey | undefined;
		for (;;) {
			const page: Array<{ key: IDBValidKey; value: ValueOf<S, N> }> = [];
			const tx = this.db.transaction(store, "readonly");
			const effective =
				lastKey === undefined
					? range
					: direction.startsWith("next")
						? IDBKeyRange.lowerBound(lastKey, true)
						: IDBKeyRange.upperBound(lastKey, true);
			await new Promise<void>((resolve, reject) => {
				const req = tx.objectStore(store).openCursor(effective, direction);
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const cursor = req.result;
					if (!cursor || page.length >= 100) return resolve();
					page.push({ key: cursor.primaryKey, value: cursor.value as ValueOf<S, N> });
					cursor.continue();
				};
			});
			for (const item of page) yield item.value;
			if (page.length < 100) return;
			lastKey = page[page.length - 1]!.key;
		}
	}

	async transaction<Names extends StoreName<S>[], R>(
		stores: [...Names],
		body: (stores: { [K in Names[number]]: IDBObjectStore }) => R | Promise<R>,
	): Promise<R> {
		const tx = this.db.transaction(stores, "readwrite");
		const map = Object.fromEntries(stores.map((s) => [s, tx.objectStore(s)])) as { [K in Names[number]]: IDBObjectStore };
		const result = await body(map);
		await txDone(tx);
		return result;
	}

	close(): void {
		this.db.close();
	}
}

// --- usage ------------------------------------------------------------------------

interface Note {
	id: string;
	title: string;
	body: string;
	folder: string;
	updatedAt: number;
}

interface NotesSchema extends DBSchema {
	notes: StoreDef<Note, string, { byFolder: string; byUpdated: number }>;
	settings: StoreDef<{ theme: "light" | "dark"; fontSize: number }, "singleton">;
}

const migrations: Migration[] = [
	(db) => {
		const notes = db.createObjectStore("notes", { keyPath: "id" });
		notes.createIndex("byFolder", "folder");
		db.createObjectStore("settings");
	},
	(_db, tx) => {
		tx.objectStore("notes").createIndex("byUpdated", "updatedAt");
	},
];

export async function demo(): Promise<void> {
	const db = await TypedDB.open<NotesSchema>("notes-app", migrations);
	await db.put("notes", { id: "n1", title: "Hello", body: "…", folder: "inbox", updatedAt: Date.now() });
	await db.put("settings", { theme: "dark", fontSize: 15 }, "singleton");
	const inbox = await db.getAllFromIndex("notes", "byFolder", "inbox");
	for await (const note of db.iterate("notes")) console.log(note.title);
	console.log(inbox.length, (await db.get("settings", "singleton"))?.theme);
	db.close();
}
