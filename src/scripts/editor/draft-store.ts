/**
 * The draft, photos included, kept in the browser's IndexedDB under the entry's key until it is
 * sent or discarded: a dropped connection, a closed tab or a phone call loses nothing.
 */
export interface StoredPhoto {
  name: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

export interface StoredDraft {
  data: Record<string, unknown>;
  body: string;
  photos: StoredPhoto[];
  /** When the draft was last saved (ISO), to tell the operator. */
  saved: string;
}

const DB = 'etalase-desa-editor';
const STORE = 'drafts';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
    });
  } finally {
    db.close();
  }
}

export const loadDraft = (key: string): Promise<StoredDraft | undefined> =>
  run('readonly', (store) => store.get(key) as IDBRequest<StoredDraft | undefined>);

export const saveDraft = (key: string, draft: StoredDraft): Promise<IDBValidKey> =>
  run('readwrite', (store) => store.put(draft, key));

export const discardDraft = (key: string): Promise<undefined> => run('readwrite', (store) => store.delete(key));
