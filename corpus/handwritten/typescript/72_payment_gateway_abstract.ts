export type Currency = 'EUR' | 'USD' | 'GBP';

export interface ChargeRequest {
  amountMinor: number;
  currency: Currency;
  customerRef: string;
  idempotencyKey: string;
  description?: string;
}

export interface ChargeResult {
  provider: string;
  providerId: string;
  status: 'succeeded' | 'requires_action' | 'failed';
  failureCode?: string;
}

export class GatewayError extends Error {
  constructor(
    message: string,
    public readonly provider: string,
    public readonly retryable: boolean,
  ) {
    super(message);
  }
}

export abstract class PaymentGateway {
  protected static readonly TIMEOUT_MS = 10_000;
  private readonly seen = new Map<string, ChargeResult>();

  protected constructor(public readonly name: string, protected readonly apiKey: string) {
    if (!apiKey) throw new Error(`${name}: missing API key`);
  }

  abstract supports(currency: Currency): boolean;
  protected abstract doCharge(req: ChargeRequest): Promise<ChargeResult>;
  protected abstract doRefund(providerId: string, amountMinor?: number): Promise<void>;

  public async charge(req: ChargeRequest): Promise<ChargeResult> {
    if (!Number.isInteger(req.amountMinor) || req.amountMinor <= 0) {
      throw new RangeError('amount must be a positive integer in minor units');
    }
    if (!this.supports(req.currency)) {
      throw new GatewayError(`${req.currency} not supported`, this.name, false);
    }
    const cached = this.seen.get(req.idempotencyKey);
    if (cached) return cached;

    const result = await this.withTimeout(this.doCharge(req));
    this.seen.set(req.idempotencyKey, result);
    return result;
  }

  public refund(providerId: string, amountMinor?: number): Promise<void> {
    return this.withTimeout(this.doRefund(providerId, amountMinor));
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    return Promise.race([
      p,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new GatewayError('timeout', this.name, true)), PaymentGateway.TIMEOUT_MS),
      ),
    ]);
  }
}

export class FakeGateway extends PaymentGateway {
  private charges = new Map<string, number>();

  constructor() {
    super('fake', 'test_key');
  }

  supports(currency: Currency): boolean {
    return currency !== 'GBP';
  }

  protected async doCharge(req: ChargeRequest): Promise<ChargeResult> {
    const id = `fake_${this.charges.size + 1}`;
    this.charges.set(id, req.amountMinor);
    const declined = req.customerRef.endsWith('_decline');
    return { provider: this.name, providerId: id, status: declined ? 'failed' : 'succeeded', failureCode: declined ? 'card_declined' : undefined };
  }

  protected async doRefund(providerId: string, amountMinor?: number): Promise<void> {
    const charged = this.charges.get(providerId);
    if (charged === undefined) throw new GatewayError(`unknown charge ${providerId}`, this.name, false);
    if ((amountMinor ?? charged) > charged) throw new GatewayError('refund exceeds charge', this.name, false);
  }
}
