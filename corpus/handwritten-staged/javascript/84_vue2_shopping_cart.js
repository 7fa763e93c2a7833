/* global Vue */
Vue.filter('currency', function (value, symbol) {
  symbol = symbol || '$';
  return symbol + Number(value || 0).toFixed(2);
});

Vue.component('cart-line', {
  props: {
    item: { type: Object, required: true }
  },
  template:
    '<li class="cart-line">' +
    '  <span class="name">{{ item.name }}</span>' +
    '  <input type="number" min="0" :value="item.qty" @change="onQty($event.target.value)">' +
    '  <span class="price">{{ item.price * item.qty | currency }}</span>' +
    '  <button @click="$emit(\'remove\', item.sku)">&times;</button>' +
    '</li>',
  methods: {
    onQty: function (raw) {
      var qty = parseInt(raw, 10);
      this.$emit('update-qty', this.item.sku, isNaN(qty) ? 0 : qty);
    }
  }
});

new Vue({
  el: '#cart',
  data: {
    items: [],
    coupon: '',
    discountPct: 0,
    loading: true,
    error: null
  },
  computed: {
    subtotal: function () {
      return this.items.reduce(function (sum, it) { return sum + it.price * it.qty; }, 0);
    },
    discount: function () {
      return this.subtotal * this.discountPct / 100;
    },
    total: function () {
      return Math.max(0, this.subtotal - this.discount);
    },
    isEmpty: function () {
      return this.items.length === 0;
    }
  },
  watch: {
    items: {
      deep: true,
      handler: function (items) {
        localStorage.setItem('cart', JSON.stringify(items));
      }
    }
  },
  created: function () {
    var saved = localStorage.getItem('cart');
    var self = this;
    if (saved) {
      this.items = JSON.parse(saved);
      this.loading = false;
      return;
    }
    fetch('/api/cart')
      .then(function (r) { return r.json(); })
      .then(function (data) { self.items = data.items; })
      .catch(function (e) { self.error = 'Could not load cart: ' + e.message; })
      .then(function () { self.loading = false; });
  },
  methods: {
    updateQty: function (sku, qty) {
      var line = this.items.find(function (it) { return it.sku === sku; });
      if (!line) return;
      if (qty <= 0) this.remove(sku);
      else line.qty = qty;
    },
    remove: function (sku) {
      this.items = this.items.filter(function (it) { return it.sku !== sku; });
    },
    applyCoupon: function () {
      var codes = { SPRING10: 10, VIP25: 25 };
      this.discountPct = codes[this.coupon.trim().toUpperCase()] || 0;
      if (!this.discountPct) this.error = 'Unknown coupon';
      else this.error = null;
    }
  }
});
