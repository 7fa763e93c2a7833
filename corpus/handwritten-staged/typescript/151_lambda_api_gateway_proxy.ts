import type {
    APIGatewayProxyEventV2,
    APIGatewayProxyResultV2,
    Context,
} from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';

// ---------------------------------------------------------------------------
// Tiny router for API Gateway HTTP API (payload v2) events
// ---------------------------------------------------------------------------

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

type ExtractParams<Path extends string> = Path extends `${string}{${infer P}}${infer Rest}`
    ? { [K in P | keyof ExtractParams<Rest>]: string }
    : {};

interface RequestContext<P> {
    params: P;
    query: Record<string, string | undefined>;
    body: unknown;
    userId: string | undefined;
    requestId: string;
}

type RouteHandler<P> = (ctx: RequestContext<P>) => Promise<APIGatewayProxyResultV2>;

interface RouteDef {
    method: HttpMethod;
    regex: RegExp;
    keys: string[];
    handler: RouteHandler<any>;
}

class HttpError extends Error {
    constructor(public readonly statusCode: number, message: string, public readonly details?: unknown) {
        super(message);
    }
}

class Router {
    private readonly routes: RouteDef[] = [];

    on<Path extends string>(method: HttpMethod, path: Path, handler: RouteHandler<ExtractParams<Path>>): this {
        const keys: string[] = [];
        const pattern = path.replace(/\{(\w+)\}/g, (_m, key: string) => {
            keys.push(key);
            return '([^/]+)';
        });
        this.routes.push({ method, regex: new RegExp(`^${pattern}$`), keys, handler });
        return this;
    }

    async dispatch(event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyResultV2> {
        const method = event.requestContext.http.method as HttpMethod;
        const path = event.rawPath;
        for (const route of this.routes) {
            if (route.method !== method) continue;
            const match = route.regex.exec(path);
            if (!match) continue;
            const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(match[i + 1]!)]));
            return route.handler({
                params,
                query: event.queryStringParameters ?? {},
                body: parseBody(event),
                userId: (event.requestContext as { authorizer?: { jwt?: { claims?: { sub?: string } } } }).authorizer?.jwt?.claims?.sub,
                requestId: context.awsRequestId,
            });
        }
        throw new HttpError(404, `No route for ${method} ${path}`);
    }
}

function parseBody(event: APIGatewayProxyEventV2): unknown {
    if (!event.body) return undefined;
    const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    try {
        return JSON.parse(text);
    } catch {
        throw new HttpError(400, 'Body must be valid JSON');
    }
}

const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResultV2 => ({
    statusCode,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
});

// ---------------------------------------------------------------------------
// Notes API
// ---------------------------------------------------------------------------

interface Note {
    userId: string;
    noteId: string;
    title: string;
    content: string;
    updatedAt: string;
}

const TABLE = process.env.NOTES_TABLE!;
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

function requireUser(userId: string | undefined): string {
    if (!userId) throw new HttpError(401, 'Unauthorized');
    return userId;
}

function parseNoteInput(body: unknown): Pick<Note, 'title' | 'content'> {
    if (typeof body !== 'object' || body === null) throw new HttpError(400, 'Expected an object');
    const { title, content } = body as Record<string, unknown>;
    const errors: string[] = [];
    if (typeof title !== 'string' || title.length === 0 || title.length > 200) errors.push('title: 1-200 chars');
    if (typeof content !== 'string') errors.push('content: string required');
    if (errors.length) throw new HttpError(422, 'Validation failed', errors);
    return { title: title as string, content: content as string };
}

const router = new Router()
    .on('GET', '/notes', async ({ userId, query }) => {
        const limit = Math.min(Number(query.limit ?? 20), 100);
        const res = await ddb.send(
            new QueryCommand({
                TableName: TABLE,
                KeyConditionExpression: 'userId = :u',
                ExpressionAttributeValues: { ':u': requireUser(userId) },
                Limit: limit,
                ScanIndexForward: false,
            }),
        );
        return json(200, { items: (res.Items ?? []) as Note[] });
    })
    .on('GET', '/notes/{noteId}', async ({ params, userId }) => {
        const res = await ddb.send(
            new GetCommand({ TableName: TABLE, Key: { userId: requireUser(userId), noteId: params.noteId } }),
        );
        if (!res.Item) throw new HttpError(404, 'Note not found');
        return json(200, res.Item as Note);
    })
    .on('PUT', '/notes/{noteId}', async ({ params, userId, body }) => {
        const input = parseNoteInput(body);
        const note: Note = {
            userId: requireUser(userId),
            noteId: params.noteId,
            ...input,
            updatedAt: new Date().toISOString(),
        };
        await ddb.send(new PutCommand({ TableName: TABLE, Item: note }));
        return json(200, note);
    });

export const handler = async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyResultV2> => {
    try {
        return await router.dispatch(event, context);
    } catch (err: unknown) {
        if (err instanceof HttpError) {
            return json(err.statusCode, { message: err.message, details: err.details, requestId: context.awsRequestId });
        }
        console.error('unhandled', { requestId: context.awsRequestId, err });
        return json(500, { message: 'Internal Server Error', requestId: context.awsRequestId });
    }
};
