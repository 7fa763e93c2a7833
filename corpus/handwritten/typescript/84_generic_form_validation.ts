type Rule<V, F> = (value: V, form: F) => string | undefined;

export type Rules<F> = { [K in keyof F]?: Rule<F[K], F>[] };
export type Errors<F> = Partial<Record<keyof F, string>>;

export const required =
  <V, F>(msg = 'Required'): Rule<V, F> =>
  (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? msg : undefined);

export const minLength =
  <F>(n: number): Rule<string, F> =>
  (v) => (v.length < n ? `At least ${n} characters` : undefined);

export const matches =
  <F>(re: RegExp, msg: string): Rule<string, F> =>
  (v) => (v && !re.test(v) ? msg : undefined);

export const sameAs =
  <F, K extends keyof F>(other: K, msg: string): Rule<F[K], F> =>
  (v, form) => (v !== form[other] ? msg : undefined);

export function validate<F extends object>(form: F, rules: Rules<F>): Errors<F> {
  const errors: Errors<F> = {};
  for (const key of Object.keys(rules) as (keyof F)[]) {
    for (const rule of rules[key] ?? []) {
      const msg = rule(form[key], form);
      if (msg) {
        errors[key] = msg;
        break;
      }
    }
  }
  return errors;
}

export const isValid = <F>(errors: Errors<F>): boolean => Object.keys(errors).length === 0;

// --- usage ---

interface Signup {
  email: string;
  password: string;
  confirm: string;
  age: number | null;
  acceptTerms: boolean;
}

const signupRules: Rules<Signup> = {
  email: [required(), matches(/^[^@\s]+@[^@\s]+$/, 'Invalid email')],
  password: [required(), minLength(10), matches(/\d/, 'Include a number')],
  confirm: [sameAs('password', 'Passwords do not match')],
  age: [required(), (v) => (v !== null && v < 16 ? 'You must be 16 or older' : undefined)],
  acceptTerms: [(v) => (v ? undefined : 'Please accept the terms')],
};

const errors = validate<Signup>(
  { email: 'kim@example', password: 'hunter2', confirm: 'hunter3', age: 15, acceptTerms: false },
  signupRules,
);
console.log(isValid(errors), errors);
