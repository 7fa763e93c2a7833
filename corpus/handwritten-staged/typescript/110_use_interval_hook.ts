import { useEffect, useRef } from 'react';

export function useInterval(callback: () => void, delay: number | null): void {
  const saved = useRef<() => void>(callback);
  useEffect(() => { saved.current = callback; }, [callback]);
  useEffect(() => {
    if (delay === null) return;
    const id: ReturnType<typeof setInterval> = setInterval(() => saved.current(), delay);
    return () => clearInterval(id);
  }, [delay]);
}
