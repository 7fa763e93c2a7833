/* global Chart */
document.addEventListener('DOMContentLoaded', async () => {
  const palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948'];
  const fmtMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

  const res = await fetch('/api/metrics?range=90d');
  const { daily, byRegion, funnel } = await res.json();

  Chart.defaults.font.family = 'system-ui, sans-serif';
  Chart.defaults.plugins.legend.position = 'bottom';

  const revenue = new Chart(document.getElementById('revenue'), {
    type: 'line',
    data: {
      labels: daily.map((d) => d.date),
      datasets: [
        { label: 'Revenue', data: daily.map((d) => d.revenue), borderColor: palette[0], tension: 0.25, fill: false },
        {
          label: '7-day average',
          data: daily.map((_, i, arr) => {
            const win = arr.slice(Math.max(0, i - 6), i + 1);
            return win.reduce((s, d) => s + d.revenue, 0) / win.length;
          }),
          borderColor: palette[1],
          borderDash: [6, 4],
          pointRadius: 0,
        },
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { maxTicksLimit: 10 } },
        y: { ticks: { callback: (v) => fmtMoney.format(v) } },
      },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${fmtMoney.format(c.parsed.y)}` } } },
    },
  });

  new Chart(document.getElementById('regions'), {
    type: 'doughnut',
    data: {
      labels: Object.keys(byRegion),
      datasets: [{ data: Object.values(byRegion), backgroundColor: palette }],
    },
    options: { cutout: '60%' },
  });

  new Chart(document.getElementById('funnel'), {
    type: 'bar',
    data: {
      labels: funnel.map((s) => s.step),
      datasets: [{ label: 'Users', data: funnel.map((s) => s.users), backgroundColor: palette[3] }],
    },
    options: { indexAxis: 'y', plugins: { legend: { display: false } } },
  });

  document.getElementById('range').addEventListener('change', async (e) => {
    const fresh = await fetch(`/api/metrics?range=${e.target.value}`).then((r) => r.json());
    revenue.data.labels = fresh.daily.map((d) => d.date);
    revenue.data.datasets[0].data = fresh.daily.map((d) => d.revenue);
    revenue.data.datasets[1].data = [];
    revenue.update();
  });
});
