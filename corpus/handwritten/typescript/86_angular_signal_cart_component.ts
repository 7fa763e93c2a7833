import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { CurrencyPipe } from '@angular/common';
import { CartService, CartLine } from './cart.service';

@Component({
  selector: 'app-cart-summary',
  standalone: true,
  imports: [CurrencyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cart">
      <h2>Your cart ({{ itemCount() }})</h2>
      @if (lines().length === 0) {
        <p class="empty">Nothing here yet.</p>
      } @else {
        <ul>
          @for (line of lines(); track line.sku) {
            <li>
              <span>{{ line.name }}</span>
              <button (click)="decrement(line)" aria-label="Remove one">−</button>
              <span class="qty">{{ line.quantity }}</span>
              <button (click)="increment(line)" aria-label="Add one">+</button>
              <span class="price">{{ line.unitPrice * line.quantity | currency: currency() }}</span>
            </li>
          }
        </ul>
        <p class="total">Total: {{ total() | currency: currency() }}</p>
        @if (discount() > 0) {
          <p class="discount">You save {{ discount() | currency: currency() }}</p>
        }
        <button class="checkout" [disabled]="busy()" (click)="checkout.emit(total())">Checkout</button>
      }
    </section>
  `,
})
export class CartSummaryComponent {
  private readonly cart = inject(CartService);

  readonly currency = input<string>('EUR');
  readonly freeShippingFrom = input<number>(50);
  readonly checkout = output<number>();

  readonly busy = signal(false);
  readonly lines = this.cart.lines;

  readonly itemCount = computed(() => this.lines().reduce((n, l) => n + l.quantity, 0));
  readonly subtotal = computed(() => this.lines().reduce((s, l) => s + l.unitPrice * l.quantity, 0));
  readonly discount = computed(() => (this.itemCount() >= 5 ? Math.round(this.subtotal() * 0.05 * 100) / 100 : 0));
  readonly total = computed(() => {
    const shipping = this.subtotal() >= this.freeShippingFrom() ? 0 : 4.95;
    return this.subtotal() - this.discount() + shipping;
  });

  increment(line: CartLine): void {
    this.cart.setQuantity(line.sku, line.quantity + 1);
  }

  decrement(line: CartLine): void {
    this.cart.setQuantity(line.sku, Math.max(0, line.quantity - 1));
  }
}
