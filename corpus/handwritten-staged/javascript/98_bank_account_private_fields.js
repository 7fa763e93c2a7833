class InsufficientFundsError extends Error {
  constructor(balance, amount) {
    super(`cannot withdraw ${amount}; balance is ${balance}`);
    this.name = 'InsufficientFundsError';
    this.balance = balance;
    this.amount = amount;
  }
}

class Account {
  static #nextId = 1000;
  #balance = 0;
  #history = [];

  constructor(owner, { overdraft = 0 } = {}) {
    this.id = Account.#nextId++;
    this.owner = owner;
    this.overdraft = overdraft;
  }

  get balance() {
    return this.#balance / 100;
  }

  #record(type, cents) {
    this.#history.push({ type, amount: cents / 100, at: new Date(), balance: this.#balance / 100 });
  }

  static #toCents(amount) {
    if (!Number.isFinite(amount) || amount <= 0) throw new RangeError('amount must be positive');
    return Math.round(amount * 100);
  }

  deposit(amount) {
    const cents = Account.#toCents(amount);
    this.#balance += cents;
    this.#record('deposit', cents);
    return this;
  }

  withdraw(amount) {
    const cents = Account.#toCents(amount);
    if (this.#balance - cents < -this.overdraft * 100) {
      throw new InsufficientFundsError(this.balance, amount);
    }
    this.#balance -= cents;
    this.#record('withdrawal', cents);
    return this;
  }

  transferTo(other, amount) {
    if (!(other instanceof Account)) throw new TypeError('target must be an Account');
    this.withdraw(amount);
    try {
      other.deposit(amount);
    } catch (err) {
      this.deposit(amount); // roll back
      throw err;
    }
  }

  *statement() {
    yield* this.#history.map((h) => ({ ...h }));
  }

  toJSON() {
    return { id: this.id, owner: this.owner, balance: this.balance };
  }

  static isAccount(obj) {
    return #balance in obj;
  }
}

class SavingsAccount extends Account {
  #ratePct;

  constructor(owner, ratePct) {
    super(owner);
    this.#ratePct = ratePct;
  }

  /** Credit one month of interest, rounded down to the cent. */
  accrueMonthly() {
    const interest = Math.floor(this.balance * (this.#ratePct / 100 / 12) * 100) / 100;
    if (interest > 0) this.deposit(interest);
    return interest;
  }

  withdraw(amount) {
    if (amount > 500) throw new RangeError('savings withdrawals are limited to 500 per transaction');
    return super.withdraw(amount);
  }

  toJSON() {
    return { ...super.toJSON(), type: 'savings', rate: this.#ratePct };
  }
}

const rainyDay = new SavingsAccount('Alice', 3.6).deposit(2500);
console.log('interest', rainyDay.accrueMonthly(), JSON.stringify(rainyDay));

const alice = new Account('Alice').deposit(120.5);
const bob = new Account('Bob', { overdraft: 50 });
alice.transferTo(bob, 20.25);
bob.withdraw(60);

try {
  alice.withdraw(1000);
} catch (e) {
  console.log(e.name, e.message);
}

for (const line of alice.statement()) console.log(line.type.padEnd(10), line.amount.toFixed(2), line.balance.toFixed(2));
console.log(JSON.stringify([alice, bob]), Account.isAccount(bob), Account.isAccount({}));
