declare const EmailBrand: unique symbol;
export type Email = string & { readonly [EmailBrand]: true };

export function toEmail(raw: string): Email | null {
  const v = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? (v as Email) : null;
}

function sendInvite(to: Email, inviter: string): void {
  console.log(`inviting ${to} on behalf of ${inviter}`);
}
