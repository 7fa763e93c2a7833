import std/[macros, strutils]

const voidTags = ["br", "hr", "img", "input", "meta", "link"]

proc escapeHtml(s: string): string =
  s.multiReplace(("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"))

proc buildNode(n: NimNode, res: NimNode): NimNode =
  result = newStmtList()
  case n.kind
  of nnkStrLit, nnkTripleStrLit:
    result.add quote do:
      `res`.add escapeHtml(`n`)
  of nnkPrefix:
    # `$expr` inserts an escaped value
    if n[0].eqIdent("$"):
      let e = n[1]
      result.add quote do:
        `res`.add escapeHtml($`e`)
  of nnkCall, nnkCommand:
    let tag = $n[0]
    var attrs = newLit("")
    var body = newStmtList()
    for i in 1 ..< n.len:
      let arg = n[i]
      if arg.kind == nnkExprEqExpr:
        let key = ($arg[0]).replace("_", "-")
        let val = arg[1]
        attrs = quote do:
          `attrs` & " " & `key` & "=\"" & escapeHtml($`val`) & "\""
      elif arg.kind == nnkStmtList:
        for child in arg: body.add buildNode(child, res)
      else:
        body.add buildNode(arg, res)
    let open = newLit("<" & tag)
    result.add quote do:
      `res`.add `open` & `attrs` & ">"
    if tag notin voidTags:
      result.add body
      let close = newLit("</" & tag & ">")
      result.add quote do:
        `res`.add `close`
  of nnkForStmt, nnkIfStmt, nnkStmtList:
    let copy = n.copyNimTree
    proc rewrite(x: NimNode): NimNode =
      if x.kind == nnkStmtList:
        result = newStmtList()
        for c in x: result.add buildNode(c, res)
      else:
        result = x
        for i in 0 ..< x.len: result[i] = rewrite(x[i])
    result.add rewrite(copy)
  else:
    result.add n

macro html*(body: untyped): string =
  let res = genSym(nskVar, "html")
  result = newStmtList()
  result.add quote do:
    var `res` = ""
  for n in body:
    result.add buildNode(n, res)
  result.add res
  result = newBlockStmt(result)

when isMainModule:
  let items = @["milk", "eggs", "<bread>"]
  let page = html:
    tag_ul(class = "list"):
      for it in items:
        li:
          $it
  echo page
