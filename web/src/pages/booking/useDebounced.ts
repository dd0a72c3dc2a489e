import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`: a search asks the service when the typing pauses,
 * not at every key (a client code is 6-10 keystrokes).
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
