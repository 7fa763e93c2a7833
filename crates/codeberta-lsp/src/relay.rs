//! A framing guard between stdio and tower-lsp-server. Its reader stops for
//! good on the first message it cannot decode (tokio-util ends the stream
//! after a decoder error), so one malformed message would kill the session.
//! Here every frame is checked first: bad ones are answered with a JSON-RPC
//! error and dropped, good ones pass through unchanged.

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{
    AsyncBufRead, AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader,
    DuplexStream,
};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

/// Headers longer than this are garbage, not LSP.
const MAX_HEADER_LINE: usize = 8 * 1024;
const PIPE_BYTES: usize = 1 << 20;

/// The shape tower-lsp-server needs to accept a message.
#[derive(Deserialize)]
struct Probe {
    jsonrpc: String,
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    method: Option<String>,
    // `"result": null` is a valid response: presence counts, not value.
    #[serde(default, deserialize_with = "present")]
    result: bool,
    #[serde(default, deserialize_with = "present")]
    error: bool,
}

fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    IgnoredAny::deserialize(d)?;
    Ok(true)
}

/// Lets `main` wait until everything the server wrote reached stdout.
pub struct Flush {
    server_frames: tokio::task::JoinHandle<()>,
    writer: tokio::task::JoinHandle<()>,
    frames: UnboundedSender<Vec<u8>>,
}

impl Flush {
    /// Call after the server finished: forwards its last frames, then stops
    /// the writer (an empty frame is the stop mark; the queue is FIFO).
    pub async fn finish(self, limit: std::time::Duration) {
        let _ = tokio::time::timeout(limit, self.server_frames).await;
        let _ = self.frames.send(Vec::new());
        let _ = tokio::time::timeout(limit, self.writer).await;
    }
}

/// Returns the streams to give the server in place of stdin and stdout.
pub fn guard<R, W>(input: R, output: W) -> (DuplexStream, DuplexStream, Flush)
where
    R: AsyncRead + Unpin + Send + 'static,
    W: AsyncWrite + Unpin + Send + 'static,
{
    let (server_in, to_server) = tokio::io::duplex(PIPE_BYTES);
    let (server_out, from_server) = tokio::io::duplex(PIPE_BYTES);
    let (frames_tx, frames_rx) = unbounded_channel();
    tokio::spawn(read_frames(
        BufReader::new(input),
        to_server,
        frames_tx.clone(),
    ));
    let server_frames = tokio::spawn(server_frames(
        BufReader::new(from_server),
        frames_tx.clone(),
    ));
    let writer = tokio::spawn(write_frames(output, frames_rx));
    let flush = Flush {
        server_frames,
        writer,
        frames: frames_tx,
    };
    (server_in, server_out, flush)
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

fn error_frame(id: Value, code: i64, message: &str) -> Vec<u8> {
    let body = json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}});
    frame(body.to_string().as_bytes())
}

/// Reads one header block; `Ok(None)` at end of input, `Err` with a reason
/// for a block without a usable Content-Length.
async fn read_header<R: AsyncBufRead + Unpin>(
    r: &mut R,
) -> std::io::Result<Option<Result<usize, String>>> {
    let mut length = None;
    let mut bad = None;
    let mut saw_any = false;
    loop {
        let mut line = Vec::new();
        let n = (&mut *r)
            .take(MAX_HEADER_LINE as u64)
            .read_until(b'\n', &mut line)
            .await?;
        if n == 0 {
            return Ok(if saw_any {
                Some(Err("truncated header".into()))
            } else {
                None
            });
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim();
        if text.is_empty() {
            if !saw_any {
                continue; // stray blank lines between messages
            }
            break;
        }
        saw_any = true;
        match text.split_once(':') {
            Some((name, value)) if name.trim().eq_ignore_ascii_case("content-length") => {
                match value.trim().parse::<usize>() {
                    Ok(v) => length = Some(v),
                    Err(_) => bad = Some(format!("invalid Content-Length {:?}", value.trim())),
                }
            }
            Some(_) => {}
            None => bad = Some("malformed header line".into()),
        }
    }
    Ok(Some(match (bad, length) {
        (None, Some(n)) => Ok(n),
        (Some(why), _) => Err(why),
        (None, None) => Err("missing Content-Length".into()),
    }))
}

async fn read_frames<R: AsyncBufRead + Unpin>(
    mut input: R,
    mut to_server: DuplexStream,
    errors: UnboundedSender<Vec<u8>>,
) {
    loop {
        let length = match read_header(&mut input).await {
            Ok(Some(Ok(n))) => n,
            Ok(Some(Err(why))) => {
                let _ = errors.send(error_frame(
                    Value::Null,
                    -32700,
                    &format!("parse error: {why}"),
                ));
                continue;
            }
            Ok(None) | Err(_) => break,
        };
        let mut body = vec![0u8; length];
        if input.read_exact(&mut body).await.is_err() {
            break;
        }
        match serde_json::from_slice::<Probe>(&body) {
            Ok(p) if p.jsonrpc == "2.0" && (p.method.is_some() || p.result || p.error) => {
                if to_server.write_all(&frame(&body)).await.is_err() {
                    break;
                }
            }
            Ok(p) => {
                let id = p.id.unwrap_or(Value::Null);
                let _ = errors.send(error_frame(
                    id,
                    -32600,
                    "invalid request: not a JSON-RPC 2.0 message",
                ));
            }
            Err(e) => {
                // Recover the id of an otherwise unusable request if possible.
                let id = serde_json::from_slice::<Value>(&body)
                    .ok()
                    .and_then(|v| v.get("id").cloned())
                    .unwrap_or(Value::Null);
                let code = if e.is_syntax() || e.is_eof() {
                    -32700
                } else {
                    -32600
                };
                let _ = errors.send(error_frame(id, code, &format!("invalid message: {e}")));
            }
        }
    }
    // Closing the pipe tells the server its input ended.
    let _ = to_server.shutdown().await;
}

/// Frames the server writes, in order, onto the shared output queue.
async fn server_frames<R: AsyncBufRead + Unpin>(mut from_server: R, out: UnboundedSender<Vec<u8>>) {
    while let Ok(Some(Ok(length))) = read_header(&mut from_server).await {
        let mut body = vec![0u8; length];
        if from_server.read_exact(&mut body).await.is_err() || out.send(frame(&body)).is_err() {
            break;
        }
    }
}

/// The only writer of stdout, so frames never interleave.
async fn write_frames<W: AsyncWrite + Unpin>(
    mut output: W,
    mut frames: UnboundedReceiver<Vec<u8>>,
) {
    while let Some(bytes) = frames.recv().await {
        if bytes.is_empty() {
            break;
        }
        if output.write_all(&bytes).await.is_err() || output.flush().await.is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    async fn read_body<R: AsyncBufRead + Unpin>(r: &mut R) -> Value {
        let len = read_header(r).await.unwrap().unwrap().unwrap();
        let mut body = vec![0; len];
        r.read_exact(&mut body).await.unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    #[tokio::test]
    async fn bad_frames_are_answered_and_good_ones_pass() {
        let (mut client, client_side) = tokio::io::duplex(1 << 16);
        let (client_in, client_out) = tokio::io::split(client_side);
        let (server_in, mut server_out, _flush) = guard(client_in, client_out);
        let mut server_in = BufReader::new(server_in);
        let mut input = Vec::new();
        input.extend(frame(b"{not json"));
        input.extend(b"Bogus header line\r\n\r\n");
        input.extend(frame(br#"{"jsonrpc":"2.0","id":7,"params":{}}"#));
        input.extend(frame(br#"{"jsonrpc":"2.0","id":0,"result":null}"#));
        input.extend(frame(br#"{"jsonrpc":"2.0","id":1,"method":"x"}"#));
        client.write_all(&input).await.unwrap();
        let wait = Duration::from_secs(10);
        let first = tokio::time::timeout(wait, read_body(&mut server_in))
            .await
            .unwrap();
        assert_eq!(first, json!({"jsonrpc": "2.0", "id": 0, "result": null}));
        let second = tokio::time::timeout(wait, read_body(&mut server_in))
            .await
            .unwrap();
        assert_eq!(second["method"], "x");
        server_out
            .write_all(&frame(br#"{"jsonrpc":"2.0","id":1,"result":5}"#))
            .await
            .unwrap();
        let mut client = BufReader::new(client);
        let mut codes = Vec::new();
        for _ in 0..4 {
            let msg = tokio::time::timeout(wait, read_body(&mut client))
                .await
                .unwrap();
            codes.push((msg["id"].clone(), msg["error"]["code"].clone()));
        }
        assert!(codes.contains(&(Value::Null, json!(-32700))), "{codes:?}");
        assert!(codes.contains(&(json!(7), json!(-32600))), "{codes:?}");
        assert!(codes.contains(&(json!(1), Value::Null)), "{codes:?}");
    }
}
