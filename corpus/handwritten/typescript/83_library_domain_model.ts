// Domain model for a small lending library: value objects, an aggregate root,
// and domain events. Pure TypeScript, no framework.

export class Isbn {
  private constructor(public readonly value: string) {}

  static parse(raw: string): Isbn {
    const digits = raw.replace(/[-\s]/g, '');
    if (!/^\d{13}$/.test(digits)) throw new DomainError(`ISBN must have 13 digits: ${raw}`);
    const sum = [...digits.slice(0, 12)].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
    const check = (10 - (sum % 10)) % 10;
    if (check !== Number(digits[12])) throw new DomainError(`bad ISBN checksum: ${raw}`);
    return new Isbn(digits);
  }

  equals(other: Isbn): boolean {
    return this.value === other.value;
  }

  toString(): string {
    const v = this.value;
    return `${v.slice(0, 3)}-${v.slice(3, 4)}-${v.slice(4, 8)}-${v.slice(8, 12)}-${v.slice(12)}`;
  }
}

export class MemberId {
  constructor(public readonly value: string) {
    if (!/^M\d{6}$/.test(value)) throw new DomainError(`invalid member id ${value}`);
  }
}

export class DomainError extends Error {
  override name = 'DomainError';
}

export type LoanStatus = 'active' | 'returned' | 'overdue';

export interface Loan {
  readonly copyId: string;
  readonly memberId: MemberId;
  readonly borrowedAt: Date;
  dueAt: Date;
  returnedAt?: Date;
  renewals: number;
}

export type BookEvent =
  | { type: 'CopyAdded'; isbn: string; copyId: string }
  | { type: 'BookLent'; isbn: string; copyId: string; memberId: string; dueAt: Date }
  | { type: 'BookReturned'; isbn: string; copyId: string; memberId: string; lateDays: number }
  | { type: 'LoanRenewed'; isbn: string; copyId: string; dueAt: Date }
  | { type: 'HoldPlaced'; isbn: string; memberId: string };

const DAY = 86_400_000;

export class Book {
  static readonly LOAN_DAYS = 21;
  static readonly MAX_RENEWALS = 2;
  static readonly FINE_PER_DAY_CENTS = 25;

  private readonly copies = new Set<string>();
  private readonly loans = new Map<string, Loan>();
  private readonly holds: MemberId[] = [];
  private pending: BookEvent[] = [];

  constructor(
    public readonly isbn: Isbn,
    public title: string,
    public readonly authors: readonly string[],
  ) {
    if (!title.trim()) throw new DomainError('title is required');
  }

  get availableCopies(): number {
    return this.copies.size - [...this.loans.values()].filter((l) => !l.returnedAt).length;
  }

  get holdQueue(): readonly MemberId[] {
    return this.holds;
  }

  addCopy(copyId: string): void {
    if (this.copies.has(copyId)) throw new DomainError(`copy ${copyId} already exists`);
    this.copies.add(copyId);
    this.record({ type: 'CopyAdded', isbn: this.isbn.value, copyId });
  }

  lend(member: MemberId, now = new Date()): Loan {
    const next = this.holds[0];
    if (next && next.value !== member.value) {
      throw new DomainError(`copy is held for ${next.value}`);
    }
    const copyId = [...this.copies].find((c) => !this.activeLoan(c));
    if (!copyId) throw new DomainError(`no copies of "${this.title}" available`);
    if (this.loanFor(member)) throw new DomainError('member already has this book');

    if (next) this.holds.shift();
    const loan: Loan = {
      copyId,
      memberId: member,
      borrowedAt: now,
      dueAt: new Date(now.getTime() + Book.LOAN_DAYS * DAY),
      renewals: 0,
    };
    this.loans.set(copyId, loan);
    this.record({ type: 'BookLent', isbn: this.isbn.value, copyId, memberId: member.value, dueAt: loan.dueAt });
    return loan;
  }

  renew(member: MemberId, now = new Date()): Loan {
    const loan = this.loanFor(member);
    if (!loan) throw new DomainError('no active loan to renew');
    if (loan.renewals >= Book.MAX_RENEWALS) throw new DomainError('renewal limit reached');
    if (this.holds.length) throw new DomainError('cannot renew: other members are waiting');
    if (this.status(loan, now) === 'overdue') throw new DomainError('overdue loans cannot be renewed');
    loan.renewals += 1;
    loan.dueAt = new Date(loan.dueAt.getTime() + Book.LOAN_DAYS * DAY);
    this.record({ type: 'LoanRenewed', isbn: this.isbn.value, copyId: loan.copyId, dueAt: loan.dueAt });
    return loan;
  }

  return(member: MemberId, now = new Date()): { fineCents: number } {
    const loan = this.loanFor(member);
    if (!loan) throw new DomainError('no active loan to return');
    loan.returnedAt = now;
    const lateDays = Math.max(0, Math.ceil((now.getTime() - loan.dueAt.getTime()) / DAY));
    this.record({ type: 'BookReturned', isbn: this.isbn.value, copyId: loan.copyId, memberId: member.value, lateDays });
    return { fineCents: lateDays * Book.FINE_PER_DAY_CENTS };
  }

  placeHold(member: MemberId): number {
    if (this.holds.some((m) => m.value === member.value)) throw new DomainError('hold already placed');
    if (this.loanFor(member)) throw new DomainError('member already has this book');
    this.holds.push(member);
    this.record({ type: 'HoldPlaced', isbn: this.isbn.value, memberId: member.value });
    return this.holds.length;
  }

  status(loan: Loan, now = new Date()): LoanStatus {
    if (loan.returnedAt) return 'returned';
    return now > loan.dueAt ? 'overdue' : 'active';
  }

  pullEvents(): BookEvent[] {
    const events = this.pending;
    this.pending = [];
    return events;
  }

  private activeLoan(copyId: string): Loan | undefined {
    const l = this.loans.get(copyId);
    return l && !l.returnedAt ? l : undefined;
  }

  private loanFor(member: MemberId): Loan | undefined {
    return [...this.loans.values()].find((l) => !l.returnedAt && l.memberId.value === member.value);
  }

  private record(e: BookEvent): void {
    this.pending.push(e);
  }
}
