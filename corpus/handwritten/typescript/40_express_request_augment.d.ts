import type { SessionUser } from '../auth/types';

declare global {
  namespace Express {
    interface Request {
      user?: SessionUser;
      requestId: string;
      startedAt: bigint;
    }
  }
}

export {};
