// Promise wrapper around IndexedDB for a notes app.
const DB_NAME = "notes";
const DB_VERSION = 3;

function promisify(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

let dbPromise;

export function openDb() {
  dbPromise ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = (event) => {
      const db = req.result;
      // fall-through on purpose: run every migration newer than the old version
      switch (event.oldVersion) {
        case 0:
          db.createObjectStore("notes", { keyPath: "id" });
        case 1:
          req.transaction.objectStore("notes").createIndex("byUpdated", "updatedAt");
        case 2:
          req.transaction.objectStore("notes").createIndex("byTag", "tags", { multiEntry: true });
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => console.warn("close other tabs to upgrade the database");
  });
  return dbPromise;
}

async function store(mode = "readonly") {
  const db = await openDb();
  return db.transaction("notes", mode).objectStore("notes");
}

export async function saveNote(note) {
  const s = await store("readwrite");
  const record = { ...note, id: note.id ?? crypto.randomUUID(), updatedAt: Date.now() };
  await promisify(s.put(record));
  return record;
}

export async function getNote(id) {
  return promisify((await store()).get(id));
}

export async function deleteNote(id) {
  return promisify((await store("readwrite")).delete(id));
}

export async function recentNotes(limit = 20) {
  const index = (await store()).index("byUpdated");
  const out = [];
  return new Promise((resolve, reject) => {
    const cursorReq = index.openCursor(null, "prev");
    cursorReq.onsuccess = () => {
      const cursor = cursorReq.result;
      if (!cursor || out.length >= limit) return resolve(out);
      out.push(cursor.value);
      cursor.continue();
    };
    cursorReq.onerror = () => reject(cursorReq.error);
  });
}

export async function notesWithTag(tag) {
  return promisify((await store()).index("byTag").getAll(tag));
}

export async function searchNotes(text) {
  const needle = text.toLowerCase();
  const s = await store();
  const out = [];
  return new Promise((resolve, reject) => {
    const req = s.openCursor();
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(out);
      const { title = "", body = "" } = cursor.value;
      if (title.toLowerCase().includes(needle) || body.toLowerCase().includes(needle)) {
        out.push(cursor.value);
      }
      cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}

// Backup as a downloadable JSON file; restore merges by id, newest wins.
export async function exportNotes() {
  const all = await promisify((await store()).getAll());
  const blob = new Blob([JSON.stringify({ version: DB_VERSION, notes: all }, null, 2)], {
    type: "application/json",
  });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `notes-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export async function importNotes(file) {
  const { notes } = JSON.parse(await file.text());
  const db = await openDb();
  const tx = db.transaction("notes", "readwrite");
  const s = tx.objectStore("notes");
  let imported = 0;
  for (const note of notes) {
    const existing = await promisify(s.get(note.id));
    if (!existing || existing.updatedAt < note.updatedAt) {
      s.put(note);
      imported++;
    }
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  return imported;
}
