const cache = {
  set(key, value, ttlSeconds) {
    localStorage.setItem(key, JSON.stringify({ value, expires: Date.now() + ttlSeconds * 1000 }));
  },
  get(key) {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    try {
      const { value, expires } = JSON.parse(raw);
      if (Date.now() > expires) {
        localStorage.removeItem(key);
        return null;
      }
      return value;
    } catch {
      localStorage.removeItem(key);
      return null;
    }
  },
};
