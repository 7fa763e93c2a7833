import { LitElement, html, css } from 'lit';

export class CartCounter extends LitElement {
  static properties = {
    count: { type: Number, reflect: true },
    min: { type: Number },
    max: { type: Number },
    label: { type: String },
  };

  static styles = css`
    :host { display: inline-flex; align-items: center; gap: 0.25rem; }
    button { width: 2rem; height: 2rem; border-radius: 50%; border: 1px solid #999; background: white; }
    button:disabled { opacity: 0.4; }
    output { min-width: 2ch; text-align: center; font-variant-numeric: tabular-nums; }
  `;

  constructor() {
    super();
    this.count = 1;
    this.min = 0;
    this.max = 99;
    this.label = 'Quantity';
  }

  #set(value) {
    const next = Math.max(this.min, Math.min(this.max, value));
    if (next === this.count) return;
    this.count = next;
    this.dispatchEvent(new CustomEvent('count-changed', { detail: next, bubbles: true, composed: true }));
  }

  render() {
    return html`
      <button @click=${() => this.#set(this.count - 1)} ?disabled=${this.count <= this.min} aria-label="Decrease">−</button>
      <output aria-label=${this.label} aria-live="polite">${this.count}</output>
      <button @click=${() => this.#set(this.count + 1)} ?disabled=${this.count >= this.max} aria-label="Increase">+</button>
    `;
  }
}

customElements.define('cart-counter', CartCounter);
