import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from "@nestjs/common";
import { Observable, tap } from "rxjs";

@Injectable()
export class TimingInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const started: bigint = process.hrtime.bigint();
    const handler = `${context.getClass().name}.${context.getHandler().name}`;
    return next.handle().pipe(
      tap(() => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        context.switchToHttp().getResponse<{ setHeader(k: string, v: string): void }>().setHeader("Server-Timing", `app;dur=${ms.toFixed(1)}`);
        if (ms > 500) console.warn(`[slow] ${handler} took ${ms.toFixed(0)}ms`);
      }),
    );
  }
}
