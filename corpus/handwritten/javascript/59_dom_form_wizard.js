// Multi-step signup wizard. Progressive enhancement over a plain <form>:
// without JS every fieldset is visible and the form submits normally.

document.addEventListener('DOMContentLoaded', () => {
	const form = document.querySelector('form[data-wizard]');
	if (!form) return;

	const steps = [...form.querySelectorAll('fieldset[data-step]')];
	const progress = form.querySelector('.wizard-progress');
	const backBtn = form.querySelector('[data-action="back"]');
	const nextBtn = form.querySelector('[data-action="next"]');
	const submitBtn = form.querySelector('[type="submit"]');
	const storageKey = `wizard:${form.id || location.pathname}`;
	let current = 0;

	form.classList.add('is-wizard');

	// restore a half-filled form
	try {
		const saved = JSON.parse(sessionStorage.getItem(storageKey) || '{}');
		for (const [name, value] of Object.entries(saved.values || {})) {
			const field = form.elements.namedItem(name);
			if (!field || field.type === 'password') continue;
			if (field instanceof RadioNodeList) {
				field.value = value;
			} else if (field.type === 'checkbox') {
				field.checked = value === 'on';
			} else {
				field.value = value;
			}
		}
		current = Math.min(saved.step || 0, steps.length - 1);
	} catch (err) {
		console.warn('could not restore wizard state', err);
	}

	function renderProgress() {
		progress.innerHTML = '';
		steps.forEach((step, i) => {
			const li = document.createElement('li');
			li.textContent = step.querySelector('legend')?.textContent ?? `Step ${i + 1}`;
			li.className = i < current ? 'done' : i === current ? 'current' : '';
			if (i === current) li.setAttribute('aria-current', 'step');
			progress.appendChild(li);
		});
	}

	function show(index) {
		steps.forEach((step, i) => {
			step.hidden = i !== index;
			step.disabled = false;
		});
		current = index;
		backBtn.hidden = index === 0;
		nextBtn.hidden = index === steps.length - 1;
		submitBtn.hidden = index !== steps.length - 1;
		renderProgress();
		if (index === steps.length - 1) fillSummary();
		steps[index].querySelector('input, select, textarea')?.focus({ preventScroll: true });
		persist();
	}

	function validStep(index) {
		const fields = steps[index].querySelectorAll('input, select, textarea');
		for (const field of fields) {
			if (!field.checkValidity()) {
				field.reportValidity();
				return false;
			}
		}
		if (index === 0) {
			const pw = form.elements.password;
			const confirm = form.elements.password_confirm;
			if (pw && confirm && pw.value !== confirm.value) {
				confirm.setCustomValidity('Passwords do not match');
				confirm.reportValidity();
				confirm.addEventListener('input', () => confirm.setCustomValidity(''), { once: true });
				return false;
			}
		}
		return true;
	}

	function fillSummary() {
		const summary = form.querySelector('.wizard-summary');
		if (!summary) return;
		const data = new FormData(form);
		const dl = document.createElement('dl');
		for (const [name, value] of data) {
			if (/password/.test(name) || value === '') continue;
			const label = form.querySelector(`label[for="${name}"]`)?.textContent ?? name;
			const dt = document.createElement('dt');
			const dd = document.createElement('dd');
			dt.textContent = label.replace(/\s*\*$/, '');
			dd.textContent = value;
			dl.append(dt, dd);
		}
		summary.replaceChildren(dl);
	}

	function persist() {
		const values = {};
		for (const [k, v] of new FormData(form)) {
			if (!/password/.test(k) && typeof v === 'string') values[k] = v;
		}
		sessionStorage.setItem(storageKey, JSON.stringify({ step: current, values }));
	}

	nextBtn.addEventListener('click', () => {
		if (validStep(current)) show(current + 1);
	});

	backBtn.addEventListener('click', () => show(current - 1));

	form.addEventListener('input', debounce(persist, 300));

	form.addEventListener('keydown', (e) => {
		if (e.key === 'Enter' && e.target.tagName !== 'TEXTAREA' && current < steps.length - 1) {
			e.preventDefault();
			nextBtn.click();
		}
	});

	form.addEventListener('submit', async (e) => {
		e.preventDefault();
		if (!validStep(current)) return;
		submitBtn.disabled = true;
		submitBtn.textContent = 'Creating account…';
		try {
			const res = await fetch(form.action, {
				method: 'POST',
				body: new FormData(form),
				headers: { Accept: 'application/json' },
			});
			const body = await res.json();
			if (!res.ok) throw new Error(body.message || 'Signup failed');
			sessionStorage.removeItem(storageKey);
			location.assign(body.redirect || '/welcome');
		} catch (err) {
			const alert = form.querySelector('.wizard-error');
			alert.textContent = err.message;
			alert.hidden = false;
			submitBtn.disabled = false;
			submitBtn.textContent = 'Create account';
		}
	});

	function debounce(fn, ms) {
		let t;
		return (...args) => {
			clearTimeout(t);
			t = setTimeout(() => fn(...args), ms);
		};
	}

	show(current);
});
