export interface Cursor {
  readonly id: string
  readonly sortValue: string | number
}

export const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString('base64url')

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
    return typeof parsed === 'object' && parsed !== null && 'id' in parsed ? (parsed as Cursor) : undefined
  } catch {
    return undefined
  }
}
