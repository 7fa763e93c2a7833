const canvas = document.querySelector<HTMLCanvasElement>('#chart')!;
const ctx = canvas.getContext('2d')!;
const dpr: number = window.devicePixelRatio ?? 1;

canvas.width = canvas.clientWidth * dpr;
canvas.height = canvas.clientHeight * dpr;
ctx.scale(dpr, dpr);
