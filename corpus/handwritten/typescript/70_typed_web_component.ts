type Unit = 'metric' | 'imperial'

interface WeatherData {
  temp: number
  description: string
  icon: string
  windSpeed: number
}

const styles = new CSSStyleSheet()
styles.replaceSync(`
  :host { display: block; font: 14px/1.4 system-ui; padding: 12px; border-radius: 8px; background: #f4f7fb; }
  .temp { font-size: 2em; font-weight: 600; }
  .error { color: #b00020; }
`)

export class WeatherCard extends HTMLElement {
  static readonly observedAttributes = ['city', 'unit'] as const

  private readonly root: ShadowRoot
  private controller?: AbortController

  constructor() {
    super()
    this.root = this.attachShadow({ mode: 'open' })
    this.root.adoptedStyleSheets = [styles]
  }

  get city(): string {
    return this.getAttribute('city') ?? ''
  }

  get unit(): Unit {
    return this.getAttribute('unit') === 'imperial' ? 'imperial' : 'metric'
  }

  connectedCallback(): void {
    void this.load()
  }

  disconnectedCallback(): void {
    this.controller?.abort()
  }

  attributeChangedCallback(_name: (typeof WeatherCard.observedAttributes)[number], prev: string | null, next: string | null): void {
    if (prev !== next && this.isConnected) void this.load()
  }

  private async load(): Promise<void> {
    if (!this.city) return
    this.controller?.abort()
    this.controller = new AbortController()
    this.root.innerHTML = `<p>Loading ${this.city}…</p>`
    try {
      const res = await fetch(`/api/weather?city=${encodeURIComponent(this.city)}&unit=${this.unit}`, {
        signal: this.controller.signal,
      })
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      this.render((await res.json()) as WeatherData)
    } catch (err) {
      if ((err as DOMException).name === 'AbortError') return
      this.root.innerHTML = `<p class="error">Could not load weather for ${this.city}.</p>`
    }
  }

  private render(d: WeatherData): void {
    const deg = this.unit === 'metric' ? '°C' : '°F'
    const wind = this.unit === 'metric' ? 'm/s' : 'mph'
    this.root.innerHTML = `
      <div class="city">${this.city}</div>
      <div class="temp">${Math.round(d.temp)}${deg}</div>
      <img src="/icons/${d.icon}.svg" alt="" width="48" height="48">
      <div>${d.description}, wind ${d.windSpeed.toFixed(1)} ${wind}</div>
    `
  }
}

customElements.define('weather-card', WeatherCard)

declare global {
  interface HTMLElementTagNameMap {
    'weather-card': WeatherCard
  }
}
