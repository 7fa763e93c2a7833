document.querySelectorAll("pre > code").forEach(function (block) {
  var btn = document.createElement("button");
  btn.className = "copy-btn";
  btn.textContent = "Copy";
  btn.addEventListener("click", async function () {
    await navigator.clipboard.writeText(block.innerText);
    btn.textContent = "Copied!";
    setTimeout(function () { btn.textContent = "Copy"; }, 1500);
  });
  block.parentNode.insertBefore(btn, block);
});
