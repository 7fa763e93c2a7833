export type Currency = "EUR" | "USD" | "GBP";

export interface Transaction {
	readonly id: number;
	readonly kind: "deposit" | "withdrawal" | "fee" | "interest";
	readonly amount: number;
	readonly at: Date;
	readonly memo?: string;
}

export class InsufficientFundsError extends Error {
	constructor(public readonly requested: number, public readonly available: number) {
		super(`Insufficient funds: requested ${requested}, available ${available}`);
	}
}

export abstract class Account {
	private static nextTxId = 1;
	protected balanceCents = 0;
	protected readonly ledger: Transaction[] = [];

	protected constructor(public readonly owner: string, public readonly currency: Currency) {}

	get balance(): number {
		return this.balanceCents / 100;
	}

	get history(): readonly Transaction[] {
		return this.ledger;
	}

	deposit(amount: number, memo?: string): void {
		this.assertPositive(amount);
		this.record("deposit", amount, memo);
	}

	withdraw(amount: number, memo?: string): void {
		this.assertPositive(amount);
		const limit = this.availableForWithdrawal();
		if (amount > limit) throw new InsufficientFundsError(amount, limit);
		this.record("withdrawal", -amount, memo);
		const fee = this.withdrawalFee(amount);
		if (fee > 0) this.record("fee", -fee, `fee for withdrawal of ${amount}`);
	}

	/** Called at the end of each month by the scheduler. */
	abstract monthEnd(): void;

	protected abstract availableForWithdrawal(): number;

	protected withdrawalFee(_amount: number): number {
		return 0;
	}

	protected record(kind: Transaction["kind"], amount: number, memo?: string): void {
		const cents = Math.round(amount * 100);
		this.balanceCents += cents;
		this.ledger.push({ id: Account.nextTxId++, kind, amount: cents / 100, at: new Date(), memo });
	}

	private assertPositive(amount: number): void {
		if (!(amount > 0) || !Number.isFinite(amount)) throw new RangeError(`amount must be positive, got ${amount}`);
	}
}

export class CheckingAccount extends Account {
	constructor(owner: string, currency: Currency, private readonly overdraft = 200) {
		super(owner, currency);
	}

	protected availableForWithdrawal(): number {
		return this.balance + this.overdraft;
	}

	monthEnd(): void {
		if (this.balance < 0) this.record("fee", -5, "overdraft fee");
	}
}

export class SavingsAccount extends Account {
	private withdrawalsThisMonth = 0;

	constructor(owner: string, currency: Currency, private readonly annualRate: number) {
		super(owner, currency);
	}

	protected availableForWithdrawal(): number {
		return this.balance;
	}

	protected override withdrawalFee(): number {
		return ++this.withdrawalsThisMonth > 3 ? 2.5 : 0;
	}

	monthEnd(): void {
		const interest = Math.floor(this.balance * (this.annualRate / 12) * 100) / 100;
		if (interest > 0) this.record("interest", interest);
		this.withdrawalsThisMonth = 0;
	}
}

const accounts: Account[] = [new CheckingAccount("ana", "EUR"), new SavingsAccount("ana", "EUR", 0.03)];
accounts[0]!.deposit(100);
accounts[0]!.withdraw(250);
accounts[1]!.deposit(5000);
accounts.forEach((a) => a.monthEnd());
console.log(accounts.map((a) => `${a.constructor.name}: ${a.balance.toFixed(2)} ${a.currency}`));
