import { useEffect, useReducer, useRef } from "react";

const initial = { status: "idle", data: undefined, error: undefined };

function reducer(state, action) {
  switch (action.type) {
    case "start":
      return { ...state, status: "loading", error: undefined };
    case "success":
      return { status: "success", data: action.data, error: undefined };
    case "failure":
      return { ...state, status: "error", error: action.error };
    default:
      throw new Error(`unknown action ${action.type}`);
  }
}

const cache = new Map();

export function useFetch(url, { ttl = 30_000, ...init } = {}) {
  const [state, dispatch] = useReducer(reducer, initial);
  const initRef = useRef(init);

  useEffect(() => {
    if (!url) return;
    const hit = cache.get(url);
    if (hit && Date.now() - hit.at < ttl) {
      dispatch({ type: "success", data: hit.data });
      return;
    }

    const controller = new AbortController();
    dispatch({ type: "start" });

    fetch(url, { ...initRef.current, signal: controller.signal })
      .then((res) => {
        if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
        return res.json();
      })
      .then((data) => {
        cache.set(url, { data, at: Date.now() });
        dispatch({ type: "success", data });
      })
      .catch((error) => {
        if (error.name !== "AbortError") dispatch({ type: "failure", error });
      });

    return () => controller.abort();
  }, [url, ttl]);

  return { ...state, isLoading: state.status === "loading" };
}

export function usePrevious(value) {
  const ref = useRef();
  useEffect(() => {
    ref.current = value;
  });
  return ref.current;
}
