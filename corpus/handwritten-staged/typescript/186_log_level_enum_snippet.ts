export enum LogLevel {
    Trace = 10,
    Debug = 20,
    Info = 30,
    Warn = 40,
    Error = 50,
}

const threshold: LogLevel = LogLevel[(process.env.LOG_LEVEL ?? 'Info') as keyof typeof LogLevel] ?? LogLevel.Info;

export function log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    if (level < threshold) return;
    console.log(JSON.stringify({ level: LogLevel[level].toLowerCase(), msg, time: new Date().toISOString(), ...fields }));
}
