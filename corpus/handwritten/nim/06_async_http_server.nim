import std/[asynchttpserver, asyncdispatch, json, strformat, strutils, tables, times]

type
  Note = object
    id: int
    text: string
    created: string

var
  notes = initOrderedTable[int, Note]()
  nextId = 1

proc jsonResponse(req: Request, code: HttpCode, body: JsonNode) {.async.} =
  let headers = newHttpHeaders([("Content-Type", "application/json")])
  await req.respond(code, $body, headers)

proc handle(req: Request) {.async, gcsafe.} =
  let parts = req.url.path.strip(chars = {'/'}).split('/')
  if parts[0] != "notes":
    await req.respond(Http404, "not found")
    return

  case req.reqMethod
  of HttpGet:
    if parts.len == 1:
      var arr = newJArray()
      for n in notes.values: arr.add(%*n)
      await jsonResponse(req, Http200, arr)
    else:
      let id = try: parseInt(parts[1]) except ValueError: -1
      if id in notes:
        await jsonResponse(req, Http200, %*notes[id])
      else:
        await jsonResponse(req, Http404, %*{"error": "no such note"})
  of HttpPost:
    let body = try: parseJson(req.body) except JsonParsingError: nil
    if body.isNil or not body.hasKey("text"):
      await jsonResponse(req, Http400, %*{"error": "expected {\"text\": ...}"})
      return
    let n = Note(id: nextId, text: body["text"].getStr, created: $now())
    notes[n.id] = n
    inc nextId
    await jsonResponse(req, Http201, %*n)
  of HttpDelete:
    if parts.len == 2:
      let id = parseInt(parts[1])
      notes.del(id)
      await req.respond(Http204, "")
    else:
      await req.respond(Http405, "")
  else:
    await req.respond(Http405, "method not allowed")

proc logRequest(req: Request, started: float) =
  let ms = (epochTime() - started) * 1000
  echo &"{req.reqMethod} {req.url.path} {ms:.1f}ms"

proc withLogging(handler: proc (req: Request): Future[void] {.gcsafe.}): proc (req: Request): Future[void] {.gcsafe.} =
  result = proc (req: Request): Future[void] {.async, gcsafe.} =
    let started = epochTime()
    try:
      await handler(req)
    except CatchableError as e:
      echo "handler error: ", e.msg
      await req.respond(Http500, "internal error")
    finally:
      logRequest(req, started)

proc seed() =
  for text in ["buy coffee", "call the plumber", "finish the report"]:
    notes[nextId] = Note(id: nextId, text: text, created: $now())
    inc nextId

proc main() {.async.} =
  let server = newAsyncHttpServer()
  server.listen(Port(8088))
  echo "listening on :8088"
  while true:
    if server.shouldAcceptRequest():
      await server.acceptRequest(withLogging(handle))
    else:
      await sleepAsync(200)

seed()
waitFor main()
