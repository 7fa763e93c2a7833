// options.js for a "focus mode" extension: blocked sites, schedule, and
// import/export of settings. Saved to chrome.storage.sync.

const DEFAULTS = {
  blocked: ['twitter.com', 'reddit.com', 'news.ycombinator.com'],
  schedule: { enabled: true, start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
  breakMinutes: 5,
};

const els = {
  list: document.getElementById('blocked-list'),
  newSite: document.getElementById('new-site'),
  add: document.getElementById('add-site'),
  scheduleOn: document.getElementById('schedule-enabled'),
  start: document.getElementById('start'),
  end: document.getElementById('end'),
  days: document.querySelectorAll('input[name="day"]'),
  breakMinutes: document.getElementById('break-minutes'),
  status: document.getElementById('status'),
  exportBtn: document.getElementById('export'),
  importFile: document.getElementById('import'),
};

let settings = structuredClone(DEFAULTS);

function normalizeHost(input) {
  try {
    const url = new URL(input.includes('://') ? input : `https://${input}`);
    return url.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function flash(text) {
  els.status.textContent = text;
  clearTimeout(flash.t);
  flash.t = setTimeout(() => (els.status.textContent = ''), 1800);
}

function renderList() {
  els.list.replaceChildren(
    ...settings.blocked.map((host) => {
      const li = document.createElement('li');
      li.textContent = host;
      const rm = document.createElement('button');
      rm.textContent = 'Remove';
      rm.addEventListener('click', () => {
        settings.blocked = settings.blocked.filter((h) => h !== host);
        save();
      });
      li.append(' ', rm);
      return li;
    })
  );
}

function renderForm() {
  els.scheduleOn.checked = settings.schedule.enabled;
  els.start.value = settings.schedule.start;
  els.end.value = settings.schedule.end;
  els.days.forEach((cb) => (cb.checked = settings.schedule.days.includes(Number(cb.value))));
  els.breakMinutes.value = settings.breakMinutes;
  renderList();
}

async function save() {
  await chrome.storage.sync.set({ settings });
  renderList();
  flash('Saved');
}

els.add.addEventListener('click', () => {
  const host = normalizeHost(els.newSite.value.trim());
  if (!host) return flash('That does not look like a site');
  if (!settings.blocked.includes(host)) settings.blocked.push(host);
  els.newSite.value = '';
  save();
});

document.getElementById('schedule-form').addEventListener('change', () => {
  settings.schedule = {
    enabled: els.scheduleOn.checked,
    start: els.start.value,
    end: els.end.value,
    days: [...els.days].filter((cb) => cb.checked).map((cb) => Number(cb.value)),
  };
  settings.breakMinutes = Math.max(1, Math.min(60, Number(els.breakMinutes.value) || 5));
  save();
});

els.exportBtn.addEventListener('click', () => {
  const blob = new Blob([JSON.stringify(settings, null, 2)], { type: 'application/json' });
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'focus-settings.json' });
  a.click();
  URL.revokeObjectURL(a.href);
});

els.importFile.addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  try {
    const data = JSON.parse(await file.text());
    settings = { ...DEFAULTS, ...data, schedule: { ...DEFAULTS.schedule, ...data.schedule } };
    renderForm();
    await save();
  } catch (err) {
    flash(`Import failed: ${err.message}`);
  }
});

chrome.storage.sync.get('settings').then(({ settings: stored }) => {
  if (stored) settings = { ...DEFAULTS, ...stored };
  renderForm();
});
