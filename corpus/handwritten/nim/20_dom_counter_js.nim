# nim js -o:app.js counter.nim
import std/dom

var count = 0

proc update() =
  document.getElementById("count").innerHTML = cstring($count)

proc onLoad(ev: Event) =
  let incBtn = document.getElementById("inc")
  let decBtn = document.getElementById("dec")
  incBtn.addEventListener("click", proc (e: Event) =
    inc count
    update())
  decBtn.addEventListener("click", proc (e: Event) =
    if count > 0: dec count
    update())
  update()

window.addEventListener("load", onLoad)
