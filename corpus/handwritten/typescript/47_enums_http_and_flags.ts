export enum HttpStatus {
	OK = 200,
	Created = 201,
	Accepted = 202,
	NoContent = 204,
	MovedPermanently = 301,
	NotModified = 304,
	BadRequest = 400,
	Unauthorized = 401,
	Forbidden = 403,
	NotFound = 404,
	Conflict = 409,
	UnprocessableEntity = 422,
	TooManyRequests = 429,
	InternalServerError = 500,
	BadGateway = 502,
	ServiceUnavailable = 503,
}

export const enum LogLevel {
	Trace,
	Debug,
	Info,
	Warn,
	Error,
}

export enum Permission {
	None = 0,
	Read = 1 << 0,
	Write = 1 << 1,
	Delete = 1 << 2,
	Share = 1 << 3,
	Admin = Read | Write | Delete | Share,
}

export enum Environment {
	Development = "development",
	Staging = "staging",
	Production = "production",
}

export function isClientError(status: HttpStatus): boolean {
	return status >= 400 && status < 500;
}

export function statusText(status: HttpStatus): string {
	// reverse mapping only exists on numeric enums
	return HttpStatus[status]?.replace(/([a-z])([A-Z])/g, "$1 $2") ?? "Unknown";
}

export function can(granted: Permission, wanted: Permission): boolean {
	return (granted & wanted) === wanted;
}

export function describe(p: Permission): string[] {
	return (Object.values(Permission).filter((v) => typeof v === "number") as Permission[])
		.filter((flag) => flag !== Permission.None && flag !== Permission.Admin && can(p, flag))
		.map((flag) => Permission[flag]);
}

let minLevel: LogLevel = LogLevel.Info;

export function log(level: LogLevel, msg: string): void {
	if (level < minLevel) return;
	const out = level >= LogLevel.Warn ? console.error : console.log;
	out(`[${new Date().toISOString()}] ${msg}`);
}

export function setLevel(level: LogLevel) {
	minLevel = level;
}
