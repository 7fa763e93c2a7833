import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';

export abstract class AppError extends Error {
    abstract readonly status: number;
    abstract readonly code: string;
    readonly expose: boolean = true;

    constructor(message: string, public readonly meta?: Record<string, unknown>) {
        super(message);
        this.name = new.target.name;
    }
}

export class NotFoundError extends AppError {
    readonly status = 404;
    readonly code = 'NOT_FOUND';
}

export class ValidationError extends AppError {
    readonly status = 422;
    readonly code = 'VALIDATION_FAILED';
    constructor(public readonly fields: Record<string, string>) {
        super('One or more fields are invalid');
    }
}

export class ConflictError extends AppError {
    readonly status = 409;
    readonly code = 'CONFLICT';
}

interface ErrorBody {
    error: { code: string; message: string; fields?: Record<string, string>; requestId?: string };
}

/** Wraps an async handler so rejected promises reach the error middleware. */
export const asyncHandler =
    <Req extends Request = Request>(fn: (req: Req, res: Response, next: NextFunction) => Promise<unknown>): RequestHandler =>
    (req, res, next) => {
        fn(req as Req, res, next).catch(next);
    };

export const notFound: RequestHandler = (req, _res, next) => {
    next(new NotFoundError(`Cannot ${req.method} ${req.path}`));
};

export const errorHandler: ErrorRequestHandler = (err: unknown, req, res: Response<ErrorBody>, _next) => {
    const requestId = req.header('x-request-id');

    if (err instanceof AppError) {
        res.status(err.status).json({
            error: {
                code: err.code,
                message: err.expose ? err.message : 'Request failed',
                ...(err instanceof ValidationError ? { fields: err.fields } : {}),
                requestId,
            },
        });
        return;
    }

    if (err instanceof SyntaxError && 'body' in err) {
        res.status(400).json({ error: { code: 'BAD_JSON', message: 'Malformed JSON body', requestId } });
        return;
    }

    console.error({ requestId, path: req.path, err });
    res.status(500).json({ error: { code: 'INTERNAL', message: 'Something went wrong', requestId } });
};
