import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";

type Serializer<T> = {
  read: (raw: string) => T;
  write: (value: T) => string;
};

const json: Serializer<any> = { read: JSON.parse, write: JSON.stringify };

export function useLocalStorage<T>(
  key: string,
  initialValue: T | (() => T),
  { serializer = json as Serializer<T>, sync = true }: { serializer?: Serializer<T>; sync?: boolean } = {},
): [T, Dispatch<SetStateAction<T>>, () => void] {
  const init = useRef(initialValue);

  const readValue = useCallback((): T => {
    const fallback = () => (init.current instanceof Function ? init.current() : init.current);
    if (typeof window === "undefined") return fallback();
    try {
      const raw = window.localStorage.getItem(key);
      return raw === null ? fallback() : serializer.read(raw);
    } catch (err) {
      console.warn(`useLocalStorage: could not read "${key}"`, err);
      return fallback();
    }
  }, [key, serializer]);

  const [value, setValue] = useState<T>(readValue);

  const set: Dispatch<SetStateAction<T>> = useCallback(
    (next) => {
      setValue((prev) => {
        const resolved = next instanceof Function ? next(prev) : next;
        try {
          window.localStorage.setItem(key, serializer.write(resolved));
        } catch (err) {
          console.warn(`useLocalStorage: quota exceeded for "${key}"`, err);
        }
        return resolved;
      });
    },
    [key, serializer],
  );

  const remove = useCallback(() => {
    window.localStorage.removeItem(key);
    setValue(readValue());
  }, [key, readValue]);

  useEffect(() => {
    setValue(readValue());
  }, [readValue]);

  useEffect(() => {
    if (!sync) return;
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea === window.localStorage && e.key === key) setValue(readValue());
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [key, readValue, sync]);

  return [value, set, remove];
}
