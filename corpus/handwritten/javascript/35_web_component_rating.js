const template = document.createElement('template');
template.innerHTML = `
  <style>
    :host {
      display: inline-flex;
      gap: 2px;
      font-size: var(--star-size, 1.5rem);
      cursor: pointer;
    }
    :host([readonly]) { cursor: default; }
    button {
      all: unset;
      color: var(--star-off, #ccc);
      transition: transform 0.1s;
    }
    button.on { color: var(--star-on, #f5b301); }
    button:focus-visible { outline: 2px solid currentColor; border-radius: 2px; }
    :host(:not([readonly])) button:hover { transform: scale(1.15); }
  </style>
  <div part="stars" role="radiogroup"></div>
`;

class StarRating extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ['value', 'max', 'readonly'];

  #internals;
  #hover = 0;
  #container;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    const root = this.attachShadow({ mode: 'open' });
    root.appendChild(template.content.cloneNode(true));
    this.#container = root.querySelector('[part="stars"]');

    this.#container.addEventListener('click', (e) => {
      const btn = e.target.closest('button');
      if (!btn || this.readOnly) return;
      this.value = Number(btn.dataset.value);
      this.dispatchEvent(new CustomEvent('change', { detail: { value: this.value }, bubbles: true }));
    });
    this.#container.addEventListener('mouseover', (e) => {
      const btn = e.target.closest('button');
      if (!btn || this.readOnly) return;
      this.#hover = Number(btn.dataset.value);
      this.#paint();
    });
    this.#container.addEventListener('mouseleave', () => {
      this.#hover = 0;
      this.#paint();
    });
    this.#container.addEventListener('keydown', (e) => {
      if (this.readOnly) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowUp') {
        this.value = Math.min(this.max, this.value + 1);
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') {
        this.value = Math.max(0, this.value - 1);
      } else {
        return;
      }
      e.preventDefault();
      this.#container.querySelectorAll('button')[Math.max(0, this.value - 1)]?.focus();
    });
  }

  get value() {
    return Number(this.getAttribute('value') ?? 0);
  }
  set value(v) {
    this.setAttribute('value', String(v));
  }

  get max() {
    return Number(this.getAttribute('max') ?? 5);
  }
  set max(v) {
    this.setAttribute('max', String(v));
  }

  get readOnly() {
    return this.hasAttribute('readonly');
  }

  connectedCallback() {
    this.#render();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'max') this.#render();
    else this.#paint();
    if (name === 'value') this.#internals.setFormValue(String(this.value));
  }

  #render() {
    this.#container.replaceChildren();
    for (let i = 1; i <= this.max; i++) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = '★';
      b.dataset.value = i;
      b.setAttribute('role', 'radio');
      b.setAttribute('aria-label', `${i} star${i > 1 ? 's' : ''}`);
      this.#container.append(b);
    }
    this.#paint();
  }

  #paint() {
    const shown = this.#hover || this.value;
    this.#container.querySelectorAll('button').forEach((b, idx) => {
      const n = idx + 1;
      b.classList.toggle('on', n <= shown);
      b.setAttribute('aria-checked', String(n === this.value));
      b.tabIndex = n === Math.max(1, this.value) ? 0 : -1;
    });
  }
}

if (!customElements.get('star-rating')) {
  customElements.define('star-rating', StarRating);
}
