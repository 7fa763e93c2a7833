// Vue 2 global component registered from a plain <script> tag
Vue.component('product-filter', {
  props: {
    products: { type: Array, required: true },
    categories: { type: Array, default: function () { return [] } }
  },
  data: function () {
    return {
      query: '',
      category: '',
      maxPrice: null,
      sortBy: 'name'
    }
  },
  computed: {
    filtered: function () {
      var q = this.query.toLowerCase()
      var self = this
      return this.products
        .filter(function (p) {
          return (!q || p.name.toLowerCase().indexOf(q) > -1) &&
            (!self.category || p.category === self.category) &&
            (!self.maxPrice || p.price <= self.maxPrice)
        })
        .sort(function (a, b) {
          return self.sortBy === 'price' ? a.price - b.price : a.name.localeCompare(b.name)
        })
    }
  },
  watch: {
    filtered: function (list) {
      this.$emit('update', list)
    }
  },
  filters: {
    currency: function (v) {
      return '$' + Number(v).toFixed(2)
    }
  },
  template: '\
    <div class="product-filter">\
      <input v-model.trim="query" placeholder="Search…">\
      <select v-model="category">\
        <option value="">All categories</option>\
        <option v-for="c in categories" :key="c" :value="c">{{ c }}</option>\
      </select>\
      <input v-model.number="maxPrice" type="number" min="0" placeholder="Max price">\
      <ul>\
        <li v-for="p in filtered" :key="p.id">{{ p.name }} — {{ p.price | currency }}</li>\
      </ul>\
    </div>'
})

new Vue({
  el: '#shop',
  data: { products: window.__PRODUCTS__ || [], visible: [] }
})
