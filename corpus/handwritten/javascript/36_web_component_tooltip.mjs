// <tool-tip for="save-btn">Saves the document (Ctrl+S)</tool-tip>
export class ToolTip extends HTMLElement {
  connectedCallback() {
    this.setAttribute('role', 'tooltip')
    this.hidden = true
    this.style.position = 'fixed'
    this.anchor = document.getElementById(this.getAttribute('for'))
    if (!this.anchor) return

    this.anchor.setAttribute('aria-describedby', this.id || (this.id = `tip-${crypto.randomUUID().slice(0, 8)}`))
    this.show = this.show.bind(this)
    this.hide = this.hide.bind(this)
    for (const ev of ['mouseenter', 'focus']) this.anchor.addEventListener(ev, this.show)
    for (const ev of ['mouseleave', 'blur']) this.anchor.addEventListener(ev, this.hide)
  }

  disconnectedCallback() {
    if (!this.anchor) return
    for (const ev of ['mouseenter', 'focus']) this.anchor.removeEventListener(ev, this.show)
    for (const ev of ['mouseleave', 'blur']) this.anchor.removeEventListener(ev, this.hide)
  }

  show() {
    this.hidden = false
    const a = this.anchor.getBoundingClientRect()
    const t = this.getBoundingClientRect()
    let top = a.top - t.height - 8
    if (top < 4) top = a.bottom + 8
    const left = Math.min(Math.max(4, a.left + a.width / 2 - t.width / 2), innerWidth - t.width - 4)
    this.style.top = `${top}px`
    this.style.left = `${left}px`
  }

  hide() {
    this.hidden = true
  }
}

customElements.define('tool-tip', ToolTip)
