export default {
  name: 'ContactForm',
  props: {
    endpoint: { type: String, required: true },
  },
  data() {
    return {
      form: { name: '', email: '', message: '' },
      errors: {},
      sending: false,
      sent: false,
    };
  },
  computed: {
    canSubmit() {
      return !this.sending && this.form.name && this.form.email && this.form.message.length >= 10;
    },
  },
  watch: {
    form: {
      deep: true,
      handler(value) {
        clearTimeout(this._draftTimer);
        this._draftTimer = setTimeout(() => {
          sessionStorage.setItem(this.draftKey, JSON.stringify(value));
        }, 400);
      },
    },
    'form.email'() {
      if (this.errors.email) this.validate();
    },
  },
  created() {
    this.draftKey = `contact-draft:${this.endpoint}`;
    const saved = sessionStorage.getItem(this.draftKey);
    if (saved) {
      try {
        Object.assign(this.form, JSON.parse(saved));
      } catch (e) {
        sessionStorage.removeItem(this.draftKey);
      }
    }
  },
  mounted() {
    this.$el.querySelector('input')?.focus();
    window.addEventListener('beforeunload', this.warnUnsaved);
  },
  beforeUnmount() {
    clearTimeout(this._draftTimer);
    window.removeEventListener('beforeunload', this.warnUnsaved);
  },
  methods: {
    warnUnsaved(e) {
      if (!this.sent && this.form.message.length > 0) {
        e.preventDefault();
        e.returnValue = '';
      }
    },
    reset() {
      this.form = { name: '', email: '', message: '' };
      this.errors = {};
      this.sent = false;
      sessionStorage.removeItem(this.draftKey);
    },
    validate() {
      const e = {};
      if (!/^\S+@\S+\.\S+$/.test(this.form.email)) e.email = 'Please enter a valid email';
      if (this.form.message.length < 10) e.message = 'Message is too short';
      this.errors = e;
      return Object.keys(e).length === 0;
    },
    async submit() {
      if (!this.validate()) return;
      this.sending = true;
      try {
        const res = await fetch(this.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(this.form),
        });
        if (!res.ok) throw new Error(res.statusText);
        this.sent = true;
        sessionStorage.removeItem(this.draftKey);
        this.$emit('sent', { ...this.form });
      } catch (err) {
        this.errors = { form: 'Could not send, please try again later.' };
      } finally {
        this.sending = false;
      }
    },
  },
  template: `
    <form @submit.prevent="submit" class="contact">
      <p v-if="sent" class="ok">Thanks, we'll be in touch.</p>
      <template v-else>
        <input v-model.trim="form.name" placeholder="Name">
        <input v-model.trim="form.email" type="email" placeholder="Email">
        <span class="err" v-if="errors.email">{{ errors.email }}</span>
        <textarea v-model="form.message" rows="5"></textarea>
        <span class="err" v-if="errors.message">{{ errors.message }}</span>
        <button :disabled="!canSubmit">{{ sending ? 'Sending…' : 'Send' }}</button>
        <p class="err" v-if="errors.form">{{ errors.form }}</p>
      </template>
    </form>`,
};
