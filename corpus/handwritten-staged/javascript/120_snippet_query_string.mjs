export function parseQuery(search = location.search) {
  const out = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (key in out) out[key] = [].concat(out[key], value);
    else out[key] = value;
  }
  return out;
}

export function toQuery(obj) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) {
    if (v == null) continue;
    (Array.isArray(v) ? v : [v]).forEach((item) => params.append(k, String(item)));
  }
  return params.toString();
}
