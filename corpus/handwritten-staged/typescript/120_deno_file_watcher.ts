// Usage: deno run --allow-read --allow-run watch.ts ./src -- deno test
const [dir = ".", ...rest] = Deno.args;
const sep = rest.indexOf("--");
const cmd: string[] = sep >= 0 ? rest.slice(sep + 1) : ["deno", "task", "build"];

let timer: number | undefined;
let running: Deno.ChildProcess | null = null;

async function rerun(paths: readonly string[]): Promise<void> {
  running?.kill("SIGTERM");
  console.log(`%c↻ ${paths.length} change(s), running: ${cmd.join(" ")}`, "color: cyan");
  running = new Deno.Command(cmd[0], { args: cmd.slice(1), stdout: "inherit", stderr: "inherit" }).spawn();
  const { code } = await running.status;
  console.log(code === 0 ? "✓ ok" : `✗ exited with ${code}`);
}

const pending = new Set<string>();
for await (const event of Deno.watchFs(dir, { recursive: true })) {
  if (event.kind === "access") continue;
  event.paths.forEach((p) => pending.add(p));
  clearTimeout(timer);
  timer = setTimeout(() => {
    const batch = [...pending];
    pending.clear();
    void rerun(batch);
  }, 150);
}

export {};
