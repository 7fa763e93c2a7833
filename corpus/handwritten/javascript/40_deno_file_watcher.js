// deno run --allow-read --allow-run watch.js src -- deno test
const [dir = ".", , ...cmd] = Deno.args;
let timer;

for await (const event of Deno.watchFs(dir)) {
  if (!event.paths.some((p) => /\.(js|ts|json)$/.test(p))) continue;
  clearTimeout(timer);
  timer = setTimeout(async () => {
    console.clear();
    console.log(`%c${event.kind}: ${event.paths.join(", ")}`, "color: gray");
    const { code } = await new Deno.Command(cmd[0], { args: cmd.slice(1) }).spawn().status;
    console.log(code === 0 ? "%c✔ ok" : "%c✘ failed", code === 0 ? "color: green" : "color: red");
  }, 150);
}
