declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type UserId = Brand<string, 'UserId'>;
export type OrderId = Brand<string, 'OrderId'>;
export type Cents = Brand<number, 'Cents'>;

export const UserId = (s: string) => s as UserId;
export const OrderId = (s: string) => s as OrderId;
export const cents = (n: number): Cents => Math.round(n) as Cents;

declare function refund(order: OrderId, amount: Cents): Promise<void>;
// refund(UserId('u_1'), cents(500)); // error: UserId is not OrderId
