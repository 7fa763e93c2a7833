const API = 'https://api.open-meteo.com/v1/forecast';
async function getForecast(lat, lon) {
  const url = `${API}?latitude=${lat}&longitude=${lon}&hourly=temperature_2m,precipitation&timezone=auto`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const data = await res.json();
  return data.hourly.time.map((t, i) => ({
    time: new Date(t),
    temp: data.hourly.temperature_2m[i],
    rain: data.hourly.precipitation[i],
  }));
}
getForecast(59.91, 10.75)
  .then((rows) => console.table(rows.slice(0, 12)))
  .catch((e) => console.error('failed:', e.message));
