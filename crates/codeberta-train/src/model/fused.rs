//! Fused CPU kernels for training: linear layers, LayerNorm, masked softmax,
//! GELU, dropout and the split/merge of attention heads, each one candle
//! custom op with a hand-written backward pass.
//!
//! Written out of candle's primitive ops (see the reference paths in
//! [`super::layers`]) a LayerNorm is about ten tensors forward and twenty
//! backward, each a full pass over memory plus, in candle's backward, a
//! zero-filled gradient buffer and an add per node. These kernels do one pass
//! forward and one backward and compute the same formulas in the same
//! precision (f32), so they agree with the reference paths to rounding
//! (the tests below check that, values and gradients).
//!
//! Only f32 tensors on the CPU take these paths; anything else (CUDA) keeps
//! the reference ops. Setting `CODEBERTA_UNFUSED=1` turns them off, for
//! comparisons.
//!
//! Parallel work goes to rayon (the pool `--threads` sizes) only when a
//! kernel is big enough and more than one thread is configured; reductions
//! over rows (weight and bias gradients) use a fixed blocking, so results do
//! not depend on the thread count.

use std::cell::Cell;
use std::sync::{Mutex, OnceLock};

use candle_core::{
    bail, CpuStorage, CustomOp1, CustomOp2, CustomOp3, DType, Device, Layout, Shape, Storage,
    Tensor,
};
use rayon::prelude::*;

type CResult<T> = candle_core::Result<T>;

/// Kernels smaller than this many elements run on the calling thread.
const PAR_MIN: usize = 1 << 15;
/// Rows per block for reductions over rows.
const ROW_BLOCK: usize = 32;

/// Whether `t` takes the fused kernels (f32 on the CPU, not turned off).
pub fn enabled(t: &Tensor) -> bool {
    static OFF: OnceLock<bool> = OnceLock::new();
    let off = *OFF.get_or_init(|| {
        std::env::var("CODEBERTA_UNFUSED").is_ok_and(|v| !v.is_empty() && v != "0")
    });
    !off && matches!(t.device(), Device::Cpu) && t.dtype() == DType::F32
}

fn parallel(elements: usize) -> bool {
    elements >= PAR_MIN && rayon::current_num_threads() > 1
}

/// The contiguous f32 data of a storage/layout pair.
fn slice<'a>(s: &'a CpuStorage, l: &Layout) -> CResult<&'a [f32]> {
    let data = s.as_slice::<f32>()?;
    match l.contiguous_offsets() {
        Some((start, end)) => Ok(&data[start..end]),
        None => bail!("fused kernel: non-contiguous input"),
    }
}

/// Runs `f` on the contiguous f32 data of `t` (copied first if strided).
pub(crate) fn with_f32<R>(t: &Tensor, f: impl FnOnce(&[f32]) -> CResult<R>) -> CResult<R> {
    let t = t.contiguous()?;
    let (storage, layout) = t.storage_and_layout();
    match &*storage {
        Storage::Cpu(cpu) => f(slice(cpu, layout)?),
        _ => bail!("fused kernel: tensor not on the CPU"),
    }
}

fn cpu_tensor(data: Vec<f32>, shape: &Shape) -> CResult<Tensor> {
    Tensor::from_vec(data, shape.clone(), &Device::Cpu)
}

/// `sum(a[i] * b[i])` in eight lanes (so it vectorizes).
#[inline]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (x, y) in ca.zip(cb) {
        for j in 0..8 {
            acc[j] += x[j] * y[j];
        }
    }
    let mut s = acc.iter().sum::<f32>();
    for (x, y) in ra.iter().zip(rb) {
        s += x * y;
    }
    s
}

#[inline]
fn sum(a: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let ca = a.chunks_exact(8);
    let rest = ca.remainder();
    for x in ca {
        for j in 0..8 {
            acc[j] += x[j];
        }
    }
    acc.iter().sum::<f32>() + rest.iter().sum::<f32>()
}

/// Applies `f(row_index, out_row)` to every row (width `w`) of `out`, in
/// parallel when large.
fn for_rows<F>(out: &mut [f32], w: usize, f: F)
where
    F: Fn(usize, &mut [f32]) + Sync + Send,
{
    if w == 0 {
        return;
    }
    if parallel(out.len()) {
        let min_rows = (PAR_MIN / 4 / w).max(1);
        out.par_chunks_mut(w)
            .enumerate()
            .with_min_len(min_rows)
            .for_each(|(r, o)| f(r, o));
    } else {
        for (r, o) in out.chunks_mut(w).enumerate() {
            f(r, o);
        }
    }
}

/// Column sums of `data` (rows of width `w`), added up block by block in a
/// fixed order.
fn column_sums(data: &[f32], w: usize) -> Vec<f32> {
    let mut total = vec![0f32; w];
    if w == 0 {
        return total;
    }
    let run = |block: &[f32]| {
        let mut partial = vec![0f32; w];
        for row in block.chunks(w) {
            for (a, v) in partial.iter_mut().zip(row) {
                *a += v;
            }
        }
        partial
    };
    let partials: Vec<Vec<f32>> = if parallel(data.len()) {
        data.par_chunks(ROW_BLOCK * w).map(run).collect()
    } else {
        data.chunks(ROW_BLOCK * w).map(run).collect()
    };
    for p in partials {
        for (t, v) in total.iter_mut().zip(&p) {
            *t += v;
        }
    }
    total
}

/// Builds an output of `len` values in rows of `w` (the last one may be
/// shorter): `f(r, out)` appends row `r` to `out`. Each value is written
/// once; nothing is zero-filled first (with the allocator keeping freed
/// memory, a zeroed allocation is a `memset` of the whole output).
fn build_rows<F>(len: usize, w: usize, f: F) -> Vec<f32>
where
    F: Fn(usize, &mut Vec<f32>) + Sync + Send,
{
    let rows = len.div_ceil(w.max(1));
    let per_block = (PAR_MIN / 4 / w.max(1)).max(ROW_BLOCK);
    build_blocks(len, rows, per_block, 0, |first, n, out, _| {
        for r in first..first + n {
            f(r, out);
        }
    })
    .0
}

/// Rows in blocks of `per_block`: `f(first_row, rows_in_block, out,
/// partial)` appends the block's rows to `out` and adds its contribution to
/// a `parts`-wide partial sum. Partials are added up in block order, so the
/// sums do not depend on the thread count. Returns the output (`len` values)
/// and the sums.
fn build_blocks<F>(
    len: usize,
    rows: usize,
    per_block: usize,
    parts: usize,
    f: F,
) -> (Vec<f32>, Vec<f32>)
where
    F: Fn(usize, usize, &mut Vec<f32>, &mut [f32]) + Sync + Send,
{
    let blocks = rows.div_ceil(per_block.max(1));
    let run = |b: usize, out: &mut Vec<f32>| {
        let first = b * per_block;
        let mut partial = vec![0f32; parts];
        f(first, per_block.min(rows - first), out, &mut partial);
        partial
    };
    let mut total = vec![0f32; parts];
    let mut add = |p: &[f32]| {
        for (t, v) in total.iter_mut().zip(p) {
            *t += v;
        }
    };
    let mut out = Vec::with_capacity(len);
    if parallel(len) && blocks > 1 {
        let pieces: Vec<(Vec<f32>, Vec<f32>)> = (0..blocks)
            .into_par_iter()
            .map(|b| {
                let mut piece = Vec::with_capacity(len.div_ceil(blocks));
                let partial = run(b, &mut piece);
                (piece, partial)
            })
            .collect();
        for (piece, partial) in pieces {
            out.extend_from_slice(&piece);
            add(&partial);
        }
    } else {
        for b in 0..blocks {
            add(&run(b, &mut out));
        }
    }
    debug_assert_eq!(out.len(), len);
    (out, total)
}

// ---------------------------------------------------------------- LayerNorm

/// LayerNorm over the last axis: `(x - mean) / sqrt(var + eps) * w + b`.
pub fn layer_norm(x: &Tensor, weight: &Tensor, bias: &Tensor, eps: f64) -> CResult<Tensor> {
    x.contiguous()?.apply_op3(
        &weight.contiguous()?,
        &bias.contiguous()?,
        LayerNormOp {
            eps: eps as f32,
            stats: Mutex::new(Vec::new()),
        },
    )
}

struct LayerNormOp {
    eps: f32,
    /// Per row: mean and 1 / sqrt(var + eps), kept for the backward pass.
    stats: Mutex<Vec<f32>>,
}

impl CustomOp3 for LayerNormOp {
    fn name(&self) -> &'static str {
        "codeberta-layer-norm"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
        s3: &CpuStorage,
        l3: &Layout,
    ) -> CResult<(CpuStorage, Shape)> {
        let (x, w, b) = (slice(s1, l1)?, slice(s2, l2)?, slice(s3, l3)?);
        let h = w.len();
        if h == 0 || b.len() != h || x.len() % h != 0 {
            bail!("layer norm: {} values for width {h}", x.len());
        }
        let eps = self.eps;
        // Per row: mean and 1 / sqrt(var + eps).
        let stats = build_rows(2 * (x.len() / h), 2, |r, st| {
            let row = &x[r * h..(r + 1) * h];
            let mean = sum(row) / h as f32;
            let mut acc = [0f32; 8];
            let chunks = row.chunks_exact(8);
            let mut tail = 0f32;
            for v in chunks.remainder() {
                tail += (v - mean) * (v - mean);
            }
            for c in chunks {
                for j in 0..8 {
                    let d = c[j] - mean;
                    acc[j] += d * d;
                }
            }
            let var = (acc.iter().sum::<f32>() + tail) / h as f32;
            st.push(mean);
            st.push(1.0 / (var + eps).sqrt());
        });
        let y = build_rows(x.len(), h, |r, out| {
            let (mean, rstd) = (stats[2 * r], stats[2 * r + 1]);
            let row = &x[r * h..(r + 1) * h];
            out.extend(
                row.iter()
                    .zip(w)
                    .zip(b)
                    .map(|((v, wi), bi)| (v - mean) * rstd * wi + bi),
            );
        });
        match self.stats.lock() {
            Ok(mut s) => *s = stats,
            Err(_) => bail!("layer norm: poisoned statistics"),
        }
        Ok((CpuStorage::F32(y), l1.shape().clone()))
    }

    fn bwd(
        &self,
        x: &Tensor,
        w: &Tensor,
        _b: &Tensor,
        _res: &Tensor,
        dy: &Tensor,
    ) -> CResult<(Option<Tensor>, Option<Tensor>, Option<Tensor>)> {
        let stats = match self.stats.lock() {
            Ok(s) => s.clone(),
            Err(_) => bail!("layer norm: poisoned statistics"),
        };
        let h = w.elem_count();
        let (dx, sums) = with_f32(x, |x| {
            with_f32(w, |w| {
                with_f32(dy, |dy| {
                    if stats.len() * h != 2 * x.len() || dy.len() != x.len() {
                        bail!("layer norm backward: shapes changed");
                    }
                    let rows = x.len() / h;
                    // Partial sums: dw in [0, h), db in [h, 2h).
                    let (dx, sums) =
                        build_blocks(x.len(), rows, ROW_BLOCK, 2 * h, |first, n, out, acc| {
                            let mut xhat = vec![0f32; h];
                            let mut g = vec![0f32; h];
                            let (dw, db) = acc.split_at_mut(h);
                            for r in first..first + n {
                                let (mean, rstd) = (stats[2 * r], stats[2 * r + 1]);
                                let xr = &x[r * h..(r + 1) * h];
                                let dyr = &dy[r * h..(r + 1) * h];
                                for i in 0..h {
                                    xhat[i] = (xr[i] - mean) * rstd;
                                    g[i] = dyr[i] * w[i];
                                    dw[i] += dyr[i] * xhat[i];
                                    db[i] += dyr[i];
                                }
                                let mean_g = sum(&g) / h as f32;
                                let mean_gx = dot(&g, &xhat) / h as f32;
                                out.extend(
                                    g.iter()
                                        .zip(&xhat)
                                        .map(|(gi, xi)| rstd * (gi - mean_g - xi * mean_gx)),
                                );
                            }
                        });
                    Ok((dx, sums))
                })
            })
        })?;
        let dx = cpu_tensor(dx, x.shape())?;
        let dw = cpu_tensor(sums[..h].to_vec(), w.shape())?;
        let db = cpu_tensor(sums[h..].to_vec(), w.shape())?;
        Ok((Some(dx), Some(dw), Some(db)))
    }
}

// ------------------------------------------------------------ masked softmax

/// `softmax(scores + bias)` over the last axis, for attention: `scores`
/// `[batch, heads, q, k]`, `bias` `[batch, 1, 1, k]` (no gradient).
pub fn masked_softmax(scores: &Tensor, bias: &Tensor) -> CResult<Tensor> {
    let (batch, _, _, k) = scores.dims4()?;
    if bias.elem_count() != batch * k {
        bail!("masked softmax: bias of shape {:?}", bias.dims());
    }
    scores
        .contiguous()?
        .apply_op2(&bias.contiguous()?, MaskedSoftmaxOp { batch })
}

struct MaskedSoftmaxOp {
    batch: usize,
}

impl CustomOp2 for MaskedSoftmaxOp {
    fn name(&self) -> &'static str {
        "codeberta-masked-softmax"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> CResult<(CpuStorage, Shape)> {
        let (scores, bias) = (slice(s1, l1)?, slice(s2, l2)?);
        let k = l1.shape().dims().last().copied().unwrap_or(0);
        let rows = scores.len().checked_div(k).unwrap_or(0);
        if self.batch == 0 || rows % self.batch != 0 || bias.len() != self.batch * k {
            bail!("masked softmax: bad shapes");
        }
        let per_batch = rows / self.batch;
        let out = build_rows(scores.len(), k, |r, out| {
            let s = &scores[r * k..(r + 1) * k];
            let bi = &bias[(r / per_batch) * k..(r / per_batch + 1) * k];
            let start = out.len();
            out.extend(s.iter().zip(bi).map(|(si, bv)| si + bv));
            let o = &mut out[start..];
            let max = o.iter().fold(f32::NEG_INFINITY, |m, v| m.max(*v));
            let mut total = 0f32;
            for oi in o.iter_mut() {
                *oi = (*oi - max).exp();
                total += *oi;
            }
            for oi in o.iter_mut() {
                *oi /= total;
            }
        });
        Ok((CpuStorage::F32(out), l1.shape().clone()))
    }

    fn bwd(
        &self,
        _scores: &Tensor,
        _bias: &Tensor,
        res: &Tensor,
        dp: &Tensor,
    ) -> CResult<(Option<Tensor>, Option<Tensor>)> {
        let k = res.dims().last().copied().unwrap_or(0);
        let ds = with_f32(res, |p| {
            with_f32(dp, |dp| {
                Ok(build_rows(p.len(), k, |r, out| {
                    let pr = &p[r * k..(r + 1) * k];
                    let dr = &dp[r * k..(r + 1) * k];
                    let inner = dot(pr, dr);
                    out.extend(pr.iter().zip(dr).map(|(pi, di)| pi * (di - inner)));
                }))
            })
        })?;
        Ok((Some(cpu_tensor(ds, res.shape())?), None))
    }
}

// --------------------------------------------------------------------- GELU

/// HF's exact GELU, `0.5 x (1 + erf(x / sqrt 2))`, as candle's `gelu_erf`.
pub fn gelu(x: &Tensor) -> CResult<Tensor> {
    x.contiguous()?.apply_op1(GeluOp {
        erf: Mutex::new(Vec::new()),
    })
}

struct GeluOp {
    /// erf(x / sqrt 2), kept for the backward pass.
    erf: Mutex<Vec<f32>>,
}

impl CustomOp1 for GeluOp {
    fn name(&self) -> &'static str {
        "codeberta-gelu"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> CResult<(CpuStorage, Shape)> {
        let x = slice(s, l)?;
        const W: usize = 256;
        let part = |r: usize| r * W..x.len().min((r + 1) * W);
        let erf = build_rows(x.len(), W, |r, out| {
            out.extend(
                x[part(r)]
                    .iter()
                    .map(|v| candle_core::cpu::erf::erf_f32(v * std::f32::consts::FRAC_1_SQRT_2)),
            );
        });
        let y = build_rows(x.len(), W, |r, out| {
            let range = part(r);
            out.extend(
                x[range.clone()]
                    .iter()
                    .zip(&erf[range])
                    .map(|(v, e)| (e + 1.) * 0.5 * v),
            );
        });
        match self.erf.lock() {
            Ok(mut e) => *e = erf,
            Err(_) => bail!("gelu: poisoned state"),
        }
        Ok((CpuStorage::F32(y), l.shape().clone()))
    }

    fn bwd(&self, x: &Tensor, _res: &Tensor, dy: &Tensor) -> CResult<Option<Tensor>> {
        let erf = match self.erf.lock() {
            Ok(e) => e,
            Err(_) => bail!("gelu: poisoned state"),
        };
        let dx = with_f32(x, |x| {
            with_f32(dy, |dy| {
                if erf.len() != x.len() || dy.len() != x.len() {
                    bail!("gelu backward: shapes changed");
                }
                const W: usize = 256;
                Ok(build_rows(x.len(), W, |r, out| {
                    let range = r * W..x.len().min((r + 1) * W);
                    out.extend(
                        x[range.clone()]
                            .iter()
                            .zip(&dy[range.clone()])
                            .zip(&erf[range])
                            .map(|((v, d), e)| {
                                // d/dx = 0.5 + e^(-x^2/2) x / sqrt(2 pi)
                                // + 0.5 erf(x / sqrt 2), with candle's constant.
                                let scaled_exp = 0.398942 * (-(v * v) * 0.5).exp() * v;
                                d * ((0.5 + scaled_exp) + 0.5 * e)
                            }),
                    );
                }))
            })
        })?;
        Ok(Some(cpu_tensor(dx, x.shape())?))
    }
}

// ------------------------------------------------------------------ dropout

thread_local! {
    /// (seed, dropout calls since seeding) of this thread's dropout stream.
    static DROPOUT_STREAM: Cell<(u64, u64)> = const { Cell::new((0x5EED_C0DE_BE27_A000, 0)) };
}

/// Makes the fused dropout masks drawn on this thread from now on a function
/// of `seed` and the order of the dropout calls (candle's own CPU generator
/// cannot be seeded). Per thread, so trainers on different threads do not
/// disturb each other's streams.
pub fn seed_dropout(seed: u64) {
    DROPOUT_STREAM.with(|s| s.set((seed, 0)));
}

#[inline]
fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Inverted dropout: each element kept with probability `1 - p` and scaled
/// by `1 / (1 - p)`, as `candle_nn::ops::dropout`. The mask comes from a
/// counter-based generator, so the backward pass regenerates it rather than
/// storing it, and it does not depend on the thread count.
pub fn dropout(x: &Tensor, p: f64) -> CResult<Tensor> {
    if !(0.0..1.0).contains(&p) {
        bail!("dropout probability has to be in [0, 1), got {p}")
    }
    let (seed, call) = DROPOUT_STREAM.with(|s| {
        let (seed, call) = s.get();
        s.set((seed, call + 1));
        (seed, call)
    });
    let key = splitmix64(seed ^ splitmix64(call));
    // Keep when the 32 random bits, read as a fraction of 2^32, are >= p.
    let threshold = (p * 4_294_967_296.0).ceil() as u64;
    x.contiguous()?.apply_op1(DropoutOp {
        key,
        threshold,
        scale: (1.0 / (1.0 - p)) as f32,
    })
}

struct DropoutOp {
    key: u64,
    threshold: u64,
    scale: f32,
}

impl DropoutOp {
    /// `out[i] = src[i] * (scale or 0)` for elements `first..first + out.len()`.
    /// Appends `src[i] * (scale or 0)` for elements `first..first + src.len()`.
    fn apply(&self, first: usize, src: &[f32], out: &mut Vec<f32>) {
        debug_assert!(first.is_multiple_of(2));
        let (key, threshold) = (self.key, self.threshold);
        // Dropped elements are multiplied by 0 (as candle's mask does).
        let factor = [0.0f32, self.scale];
        let base = (first / 2) as u64;
        let hash = |pair: u64| splitmix64(key ^ (base + pair).wrapping_mul(0xD6E8_FEB8_6659_FD93));
        let pairs = src.chunks_exact(2);
        let rest = pairs.remainder();
        let mut pair = 0u64;
        for s in pairs {
            let bits = hash(pair);
            out.push(s[0] * factor[usize::from(bits & 0xFFFF_FFFF >= threshold)]);
            out.push(s[1] * factor[usize::from(bits >> 32 >= threshold)]);
            pair += 1;
        }
        if let Some(s) = rest.first() {
            out.push(s * factor[usize::from(hash(pair) & 0xFFFF_FFFF >= threshold)]);
        }
    }

    fn run(&self, src: &[f32]) -> Vec<f32> {
        const W: usize = 1024;
        build_rows(src.len(), W, |r, out| {
            let first = r * W;
            self.apply(first, &src[first..src.len().min(first + W)], out);
        })
    }
}

impl CustomOp1 for DropoutOp {
    fn name(&self) -> &'static str {
        "codeberta-dropout"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> CResult<(CpuStorage, Shape)> {
        Ok((CpuStorage::F32(self.run(slice(s, l)?)), l.shape().clone()))
    }

    fn bwd(&self, x: &Tensor, _res: &Tensor, dy: &Tensor) -> CResult<Option<Tensor>> {
        let dx = with_f32(dy, |dy| Ok(self.run(dy)))?;
        Ok(Some(cpu_tensor(dx, x.shape())?))
    }
}

// ------------------------------------------------------------------- linear

/// `x W^T + b` over the last axis of `x` (`W` `[out, in]`, HF's layout), as
/// one graph node: candle's own path is a reshape, a matmul against a
/// transposed view, a bias add and a reshape back, and its backward pass
/// fills and adds a zero gradient for every one of them.
pub fn linear(x: &Tensor, weight: &Tensor, bias: &Tensor) -> CResult<Tensor> {
    x.contiguous()?
        .apply_op3(&weight.contiguous()?, &bias.contiguous()?, LinearOp)
}

struct LinearOp;

impl CustomOp3 for LinearOp {
    fn name(&self) -> &'static str {
        "codeberta-linear"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
        s3: &CpuStorage,
        l3: &Layout,
    ) -> CResult<(CpuStorage, Shape)> {
        use candle_core::backend::BackendStorage;
        let (out_dim, in_dim) = l2.shape().dims2()?;
        let dims = l1.dims();
        if dims.last() != Some(&in_dim) || l3.shape().elem_count() != out_dim {
            bail!("linear: input {dims:?} for weight [{out_dim}, {in_dim}]");
        }
        let rows = l1.shape().elem_count() / in_dim.max(1);
        // The same product candle's `matmul` computes for `x.matmul(&w.t())`.
        let lhs = Layout::contiguous_with_offset((rows, in_dim), l1.start_offset());
        let rhs = l2.transpose(0, 1)?;
        let product = s1.matmul(s2, (1, rows, out_dim, in_dim), &lhs, &rhs)?;
        let CpuStorage::F32(mut y) = product else {
            bail!("linear: f32 only");
        };
        let b = slice(s3, l3)?;
        for_rows(&mut y, out_dim, |_, row| {
            for (v, bi) in row.iter_mut().zip(b) {
                *v += bi;
            }
        });
        let mut out_dims = dims.to_vec();
        if let Some(last) = out_dims.last_mut() {
            *last = out_dim;
        }
        Ok((CpuStorage::F32(y), Shape::from(out_dims)))
    }

    fn bwd(
        &self,
        x: &Tensor,
        w: &Tensor,
        b: &Tensor,
        _res: &Tensor,
        dy: &Tensor,
    ) -> CResult<(Option<Tensor>, Option<Tensor>, Option<Tensor>)> {
        let (out_dim, in_dim) = w.dims2()?;
        let rows = x.elem_count() / in_dim.max(1);
        let dy2 = dy.contiguous()?.reshape((rows, out_dim))?;
        let x2 = x.reshape((rows, in_dim))?;
        let dx = dy2.matmul(w)?.reshape(x.shape())?;
        // [out, in] directly, in the weight's layout.
        let dw = dy2.t()?.matmul(&x2)?;
        let db = with_f32(&dy2, |d| Ok(column_sums(d, out_dim)))?;
        Ok((Some(dx), Some(dw), Some(cpu_tensor(db, b.shape())?)))
    }
}

// ---------------------------------------------------------- attention heads

/// `[batch, seq, heads * d]` -> `[batch, heads, seq, d]` (or, `transposed`,
/// `[batch, heads, d, seq]`, ready to be the right side of `q k^T`), one
/// contiguous copy and one graph node.
pub fn split_heads(x: &Tensor, heads: usize, transposed: bool) -> CResult<Tensor> {
    let (batch, seq, width) = x.dims3()?;
    if heads == 0 || width % heads != 0 {
        bail!("split heads: width {width} for {heads} heads");
    }
    x.contiguous()?.apply_op1(HeadsOp {
        batch,
        seq,
        heads,
        d: width / heads,
        dir: HeadsDir::Split { transposed },
    })
}

/// `[batch, heads, seq, d]` -> `[batch, seq, heads * d]`, the inverse of
/// [`split_heads`] without `transposed`.
pub fn merge_heads(x: &Tensor) -> CResult<Tensor> {
    let (batch, heads, seq, d) = x.dims4()?;
    x.contiguous()?.apply_op1(HeadsOp {
        batch,
        seq,
        heads,
        d,
        dir: HeadsDir::Merge,
    })
}

#[derive(Clone, Copy)]
enum HeadsDir {
    Split { transposed: bool },
    Merge,
}

#[derive(Clone, Copy)]
struct HeadsOp {
    batch: usize,
    seq: usize,
    heads: usize,
    d: usize,
    dir: HeadsDir,
}

impl HeadsOp {
    fn inverse(self) -> Self {
        Self {
            dir: match self.dir {
                HeadsDir::Merge => HeadsDir::Split { transposed: false },
                HeadsDir::Split { .. } => HeadsDir::Merge,
            },
            ..self
        }
    }

    /// Source index of element `(b, h, s, j)` in `[b, s, h*d]`.
    #[inline]
    fn token_index(&self, b: usize, h: usize, s: usize, j: usize) -> usize {
        ((b * self.seq + s) * self.heads + h) * self.d + j
    }

    fn run(&self, src: &[f32]) -> CResult<(Vec<f32>, Shape)> {
        let Self {
            batch,
            seq,
            heads,
            d,
            dir,
        } = *self;
        if src.len() != batch * seq * heads * d {
            bail!("attention heads: {} values", src.len());
        }
        let n = src.len();
        let (out, shape) = match dir {
            HeadsDir::Split { transposed: false } => (
                // One output row per (b, h, s): d values, from a token's slice.
                build_rows(n, d, |r, out| {
                    let (b, h, s) = (r / (heads * seq), (r / seq) % heads, r % seq);
                    let at = self.token_index(b, h, s, 0);
                    out.extend_from_slice(&src[at..at + d]);
                }),
                Shape::from((batch, heads, seq, d)),
            ),
            HeadsDir::Split { transposed: true } => (
                // One output row per (b, h, j): seq values, strided in the source.
                build_rows(n, seq, |r, out| {
                    let (b, h, j) = (r / (heads * d), (r / d) % heads, r % d);
                    out.extend((0..seq).map(|s| src[self.token_index(b, h, s, j)]));
                }),
                Shape::from((batch, heads, d, seq)),
            ),
            HeadsDir::Merge => (
                // One output row per (b, s, h): d values from head h's row s.
                build_rows(n, d, |r, out| {
                    let (b, s, h) = (r / (seq * heads), (r / heads) % seq, r % heads);
                    let at = ((b * heads + h) * seq + s) * d;
                    out.extend_from_slice(&src[at..at + d]);
                }),
                Shape::from((batch, seq, heads * d)),
            ),
        };
        Ok((out, shape))
    }
}

impl CustomOp1 for HeadsOp {
    fn name(&self) -> &'static str {
        "codeberta-attention-heads"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> CResult<(CpuStorage, Shape)> {
        let (out, shape) = self.run(slice(s, l)?)?;
        Ok((CpuStorage::F32(out), shape))
    }

    fn bwd(&self, x: &Tensor, _res: &Tensor, dy: &Tensor) -> CResult<Option<Tensor>> {
        let dx = match self.dir {
            HeadsDir::Split { transposed: true } => {
                // dy is [b, h, d, s]: back to [b, h, s, d], then merge.
                let dy = dy.transpose(2, 3)?.contiguous()?;
                dy.apply_op1_no_bwd(&self.inverse())?
            }
            _ => dy.contiguous()?.apply_op1_no_bwd(&self.inverse())?,
        };
        Ok(Some(dx.reshape(x.shape())?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Var;

    fn rand(shape: &[usize], seed: u64) -> Tensor {
        let n: usize = shape.iter().product();
        let v: Vec<f32> = (0..n)
            .map(|i| {
                let z = splitmix64(seed ^ i as u64);
                ((z >> 40) as f32 / (1u64 << 24) as f32) * 4.0 - 2.0
            })
            .collect();
        Tensor::from_vec(v, shape, &Device::Cpu).unwrap()
    }

    fn max_diff(a: &Tensor, b: &Tensor) -> f32 {
        assert_eq!(a.dims(), b.dims());
        let a = a.flatten_all().unwrap().to_vec1::<f32>().unwrap();
        let b = b.flatten_all().unwrap().to_vec1::<f32>().unwrap();
        a.iter()
            .zip(&b)
            .map(|(x, y)| (x - y).abs())
            .fold(0.0, f32::max)
    }

    /// Values and gradients (w.r.t. every var) of `fused` and `reference`
    /// under the loss `sum(out * probe)`.
    fn compare(vars: &[Var], fused: impl Fn() -> Tensor, reference: impl Fn() -> Tensor, tol: f32) {
        let a = fused();
        let b = reference();
        assert!(
            max_diff(&a, &b) <= tol,
            "values differ by {}",
            max_diff(&a, &b)
        );
        let probe = rand(a.dims(), 99);
        let ga = (&a * &probe)
            .unwrap()
            .sum_all()
            .unwrap()
            .backward()
            .unwrap();
        let gb = (&b * &probe)
            .unwrap()
            .sum_all()
            .unwrap()
            .backward()
            .unwrap();
        for (i, v) in vars.iter().enumerate() {
            let (x, y) = (ga.get(v).unwrap(), gb.get(v).unwrap());
            assert!(
                max_diff(x, y) <= tol,
                "gradient {i} differs by {}",
                max_diff(x, y)
            );
        }
    }

    #[test]
    fn layer_norm_matches_the_reference_ops() {
        let x = Var::from_tensor(&rand(&[3, 5, 40], 1)).unwrap();
        let w = Var::from_tensor(&rand(&[40], 2)).unwrap();
        let b = Var::from_tensor(&rand(&[40], 3)).unwrap();
        let ln = crate::model::LayerNorm {
            weight: w.as_tensor().clone(),
            bias: b.as_tensor().clone(),
            eps: 1e-5,
        };
        compare(
            &[x.clone(), w.clone(), b.clone()],
            || layer_norm(x.as_tensor(), w.as_tensor(), b.as_tensor(), 1e-5).unwrap(),
            || ln.forward_reference(x.as_tensor()).unwrap(),
            2e-5,
        );
    }

    /// Big enough for the parallel paths (when the pool has threads).
    #[test]
    fn large_inputs_match_the_reference_ops_too() {
        let x = Var::from_tensor(&rand(&[16, 40, 96], 13)).unwrap();
        let w = Var::from_tensor(&rand(&[96], 14)).unwrap();
        let b = Var::from_tensor(&rand(&[96], 15)).unwrap();
        let ln = crate::model::LayerNorm {
            weight: w.as_tensor().clone(),
            bias: b.as_tensor().clone(),
            eps: 1e-5,
        };
        compare(
            &[x.clone(), w.clone(), b.clone()],
            || layer_norm(x.as_tensor(), w.as_tensor(), b.as_tensor(), 1e-5).unwrap(),
            || ln.forward_reference(x.as_tensor()).unwrap(),
            2e-4,
        );
        compare(
            std::slice::from_ref(&x),
            || gelu(x.as_tensor()).unwrap(),
            || x.as_tensor().gelu_erf().unwrap(),
            1e-5,
        );
        let s = Var::from_tensor(&rand(&[4, 4, 64, 64], 16)).unwrap();
        let bias = Tensor::zeros((4, 1, 1, 64), DType::F32, &Device::Cpu).unwrap();
        compare(
            std::slice::from_ref(&s),
            || masked_softmax(s.as_tensor(), &bias).unwrap(),
            || {
                crate::model::layers::softmax_last_dim(&s.as_tensor().broadcast_add(&bias).unwrap())
                    .unwrap()
            },
            1e-6,
        );
    }

    #[test]
    fn masked_softmax_matches_the_reference_ops() {
        let s = Var::from_tensor(&rand(&[2, 3, 7, 7], 4)).unwrap();
        let mask = Tensor::new(
            &[[1f32, 1., 1., 1., 1., 0., 0.], [1., 1., 1., 1., 1., 1., 1.]],
            &Device::Cpu,
        )
        .unwrap();
        let bias = crate::model::roberta::attention_bias(&mask).unwrap();
        compare(
            std::slice::from_ref(&s),
            || masked_softmax(s.as_tensor(), &bias).unwrap(),
            || {
                crate::model::layers::softmax_last_dim(&s.as_tensor().broadcast_add(&bias).unwrap())
                    .unwrap()
            },
            1e-6,
        );
    }

    #[test]
    fn gelu_matches_candles_gelu_erf() {
        let x = Var::from_tensor(&rand(&[4, 300], 5)).unwrap();
        compare(
            std::slice::from_ref(&x),
            || gelu(x.as_tensor()).unwrap(),
            || x.as_tensor().gelu_erf().unwrap(),
            1e-5,
        );
    }

    #[test]
    fn linear_matches_matmul_plus_bias() {
        let x = Var::from_tensor(&rand(&[3, 5, 24], 8)).unwrap();
        let w = Var::from_tensor(&rand(&[40, 24], 9)).unwrap();
        let b = Var::from_tensor(&rand(&[40], 10)).unwrap();
        compare(
            &[x.clone(), w.clone(), b.clone()],
            || linear(x.as_tensor(), w.as_tensor(), b.as_tensor()).unwrap(),
            || {
                x.as_tensor()
                    .reshape((15, 24))
                    .unwrap()
                    .matmul(&w.as_tensor().t().unwrap())
                    .unwrap()
                    .broadcast_add(b.as_tensor())
                    .unwrap()
                    .reshape((3, 5, 40))
                    .unwrap()
            },
            1e-5,
        );
    }

    #[test]
    fn attention_heads_split_and_merge_like_reshape_and_transpose() {
        let x = Var::from_tensor(&rand(&[2, 5, 12], 11)).unwrap();
        let heads = || {
            x.as_tensor()
                .reshape((2, 5, 3, 4))
                .unwrap()
                .transpose(1, 2)
                .unwrap()
        };
        compare(
            std::slice::from_ref(&x),
            || split_heads(x.as_tensor(), 3, false).unwrap(),
            || heads().contiguous().unwrap(),
            0.0,
        );
        compare(
            std::slice::from_ref(&x),
            || split_heads(x.as_tensor(), 3, true).unwrap(),
            || heads().transpose(2, 3).unwrap().contiguous().unwrap(),
            0.0,
        );
        let h = Var::from_tensor(&rand(&[2, 3, 5, 4], 12)).unwrap();
        compare(
            std::slice::from_ref(&h),
            || merge_heads(h.as_tensor()).unwrap(),
            || {
                h.as_tensor()
                    .transpose(1, 2)
                    .unwrap()
                    .reshape((2, 5, 12))
                    .unwrap()
            },
            0.0,
        );
    }

    #[test]
    fn dropout_keeps_the_right_share_and_backpropagates_its_mask() {
        let x = Var::from_tensor(&Tensor::ones((1000, 101), DType::F32, &Device::Cpu).unwrap())
            .unwrap();
        let y = dropout(x.as_tensor(), 0.1).unwrap();
        let out = y.flatten_all().unwrap().to_vec1::<f32>().unwrap();
        let kept = out.iter().filter(|v| **v != 0.0).count();
        let share = kept as f64 / out.len() as f64;
        assert!((share - 0.9).abs() < 0.005, "kept {share}");
        let scale = 1.0 / 0.9f32;
        assert!(out.iter().all(|v| *v == 0.0 || (*v - scale).abs() < 1e-6));
        // The gradient is the same mask times the same scale.
        let grads = y.sum_all().unwrap().backward().unwrap();
        let g = grads
            .get(&x)
            .unwrap()
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        assert_eq!(g, out);
        // Two calls draw different masks.
        let again = dropout(x.as_tensor(), 0.1).unwrap();
        assert!(max_diff(&again, &y) > 0.0);
    }
}
