//! Fused CPU kernels for training: linear layers (optionally with GELU),
//! LayerNorm (optionally after dropout and a residual add), GELU, dropout,
//! the split/merge of attention heads and the attention core
//! (`dropout(softmax(q kT + mask)) v`), each one candle custom op with a
//! hand-written backward pass.
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
use std::sync::{Mutex, MutexGuard, OnceLock};

use candle_core::{
    bail, CpuStorage, CustomOp1, CustomOp3, DType, Device, Layout, Shape, Storage, Tensor,
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

/// The state an op's forward pass saved for its backward pass; `poisoned` is
/// the error when a thread panicked holding it.
fn locked<'a, T>(state: &'a Mutex<T>, poisoned: &str) -> CResult<MutexGuard<'a, T>> {
    match state.lock() {
        Ok(guard) => Ok(guard),
        Err(_) => bail!("{poisoned}"),
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
    let per_block = (PAR_MIN / 4 / w.max(1)).max(ROW_BLOCK);
    build_blocks(len, w, per_block, 0, |first, n, out, _| {
        for r in first..first + n {
            f(r, out);
        }
    })
    .0
}

/// Rows (width `w`, the last one may be shorter) in blocks of `per_block`:
/// `f(first_row, rows_in_block, out, partial)` appends the block's rows to
/// `out` and adds its contribution to a `parts`-wide partial sum. Partials
/// are added up in block order, so the sums do not depend on the thread
/// count. Returns the output (`len` values) and the sums.
///
/// In parallel, each block is built in a small per-thread buffer (it stays
/// in cache) and copied into its place in the output by the same thread, so
/// no part of the output is written by one thread alone.
fn build_blocks<F>(
    len: usize,
    w: usize,
    per_block: usize,
    parts: usize,
    f: F,
) -> (Vec<f32>, Vec<f32>)
where
    F: Fn(usize, usize, &mut Vec<f32>, &mut [f32]) + Sync + Send,
{
    let w = w.max(1);
    let per_block = per_block.max(1);
    let rows = len.div_ceil(w);
    let blocks = rows.div_ceil(per_block);
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
    let mut out: Vec<f32> = Vec::with_capacity(len);
    if parallel(len) && blocks > 1 {
        let partials: Vec<Vec<f32>> = out.spare_capacity_mut()[..len]
            .par_chunks_mut(per_block * w)
            .enumerate()
            .map_init(Vec::new, |scratch: &mut Vec<f32>, (b, dst)| {
                scratch.clear();
                let partial = run(b, scratch);
                assert_eq!(scratch.len(), dst.len(), "fused kernel: block size");
                for (d, s) in dst.iter_mut().zip(scratch.iter()) {
                    d.write(*s);
                }
                partial
            })
            .collect();
        // SAFETY: the chunks cover the first `len` values of the capacity
        // and every one was written above (its length is asserted).
        unsafe { out.set_len(len) };
        for partial in partials {
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

/// LayerNorm rows of `x` (width `w.len()`): the output and, per row, the
/// mean and 1 / sqrt(var + eps) (kept for the backward pass).
fn ln_forward(x: &[f32], w: &[f32], b: &[f32], eps: f32) -> (Vec<f32>, Vec<f32>) {
    let h = w.len();
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
    (y, stats)
}

/// The LayerNorm backward pass: `dx` and the sums `[dw, db]` (`2 h` values).
fn ln_backward(x: &[f32], stats: &[f32], w: &[f32], dy: &[f32]) -> CResult<(Vec<f32>, Vec<f32>)> {
    let h = w.len();
    if h == 0 || stats.len() * h != 2 * x.len() || dy.len() != x.len() {
        bail!("layer norm backward: shapes changed");
    }
    // Partial sums: dw in [0, h), db in [h, 2h).
    Ok(build_blocks(
        x.len(),
        h,
        ROW_BLOCK,
        2 * h,
        |first, n, out, acc| {
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
        },
    ))
}

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
        let (y, stats) = ln_forward(x, w, b, self.eps);
        *locked(&self.stats, "layer norm: poisoned statistics")? = stats;
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
        let stats = locked(&self.stats, "layer norm: poisoned statistics")?;
        let h = w.elem_count();
        let (dx, sums) = with_f32(x, |x| {
            with_f32(w, |w| with_f32(dy, |dy| ln_backward(x, &stats, w, dy)))
        })?;
        let dx = cpu_tensor(dx, x.shape())?;
        let dw = cpu_tensor(sums[..h].to_vec(), w.shape())?;
        let db = cpu_tensor(sums[h..].to_vec(), w.shape())?;
        Ok((Some(dx), Some(dw), Some(db)))
    }
}

// ------------------------------------------- dropout, residual, LayerNorm

/// `layer_norm(dropout(x, p) + residual)` as one graph node (`p` 0: no
/// dropout), the end of each half of an encoder layer. The backward pass
/// gives `residual` the LayerNorm input's gradient and `x` the same masked.
pub fn residual_layer_norm(
    x: &Tensor,
    residual: &Tensor,
    weight: &Tensor,
    bias: &Tensor,
    eps: f64,
    p: f64,
) -> CResult<Tensor> {
    if x.dims() != residual.dims() {
        bail!(
            "residual layer norm: {:?} and {:?}",
            x.dims(),
            residual.dims()
        );
    }
    let dropout = if p > 0.0 { Some(dropout_op(p)?) } else { None };
    // Weight and bias as one input (a custom op takes three).
    let wb = Tensor::cat(&[weight.contiguous()?, bias.contiguous()?], 0)?;
    x.contiguous()?.apply_op3(
        &residual.contiguous()?,
        &wb,
        ResidualLayerNormOp {
            eps: eps as f32,
            dropout,
            saved: Mutex::new((Vec::new(), Vec::new())),
        },
    )
}

struct ResidualLayerNormOp {
    eps: f32,
    dropout: Option<DropoutOp>,
    /// The LayerNorm input and its per-row statistics.
    saved: Mutex<(Vec<f32>, Vec<f32>)>,
}

impl CustomOp3 for ResidualLayerNormOp {
    fn name(&self) -> &'static str {
        "codeberta-residual-layer-norm"
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
        let (x, r, wb) = (slice(s1, l1)?, slice(s2, l2)?, slice(s3, l3)?);
        let h = wb.len() / 2;
        if h == 0 || x.len() % h != 0 || r.len() != x.len() {
            bail!("residual layer norm: {} values for width {h}", x.len());
        }
        let dropped;
        let x = match &self.dropout {
            Some(d) => {
                dropped = d.run(x);
                &dropped[..]
            }
            None => x,
        };
        let summed = build_rows(x.len(), h, |i, out| {
            let range = i * h..(i + 1) * h;
            out.extend(x[range.clone()].iter().zip(&r[range]).map(|(a, b)| a + b));
        });
        let (y, stats) = ln_forward(&summed, &wb[..h], &wb[h..], self.eps);
        *locked(&self.saved, "residual layer norm: poisoned state")? = (summed, stats);
        Ok((CpuStorage::F32(y), l1.shape().clone()))
    }

    fn bwd(
        &self,
        x: &Tensor,
        _residual: &Tensor,
        wb: &Tensor,
        _res: &Tensor,
        dy: &Tensor,
    ) -> CResult<(Option<Tensor>, Option<Tensor>, Option<Tensor>)> {
        let saved = locked(&self.saved, "residual layer norm: poisoned state")?;
        let (summed, stats) = (&saved.0, &saved.1);
        let h = wb.elem_count() / 2;
        let (ds, sums) = with_f32(wb, |wb| {
            with_f32(dy, |dy| ln_backward(summed, stats, &wb[..h], dy))
        })?;
        let dx = match &self.dropout {
            Some(d) => cpu_tensor(d.run(&ds), x.shape())?,
            None => cpu_tensor(ds.clone(), x.shape())?,
        };
        let ds = cpu_tensor(ds, x.shape())?;
        Ok((Some(dx), Some(ds), Some(cpu_tensor(sums, wb.shape())?)))
    }
}

// ------------------------------------------------------- softmax over rows

/// `softmax(scores + bias)` over rows of `k`: attention scores
/// `[batch, heads, q, k]` with a `[batch, k]` additive mask that the
/// `per_batch` (heads x q) rows of each batch share.
fn masked_softmax_rows(scores: &[f32], bias: &[f32], k: usize, per_batch: usize) -> Vec<f32> {
    build_rows(scores.len(), k, |r, out| {
        let s = &scores[r * k..(r + 1) * k];
        let b = r / per_batch;
        let bi = &bias[b * k..(b + 1) * k];
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
    })
}

/// The scores' gradient from the probabilities `p` and their gradient `dp`,
/// row by row: `p * (dp - <p, dp>)`.
fn softmax_backward_rows(p: &[f32], dp: &[f32], k: usize) -> Vec<f32> {
    build_rows(p.len(), k, |r, out| {
        let pr = &p[r * k..(r + 1) * k];
        let dr = &dp[r * k..(r + 1) * k];
        let inner = dot(pr, dr);
        out.extend(pr.iter().zip(dr).map(|(pi, di)| pi * (di - inner)));
    })
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

/// erf(x) in f32 as a rational function (Eigen's `generic_fast_erf_float`):
/// within 5e-7 of libm's `erff` (a test checks), and, unlike `erff`, which
/// branches on the range of `x`, a straight line of arithmetic, so the
/// GELU loops vectorize. Outside [-4, 4] erf is +-1 in f32.
#[inline(always)]
fn erf_f32(x: f32) -> f32 {
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    let mut p = x2 * -2.726_142_3e-10 + 2.770_681_4e-8;
    p = x2 * p + -2.101_024e-6;
    p = x2 * p + -5.692_506_4e-5;
    p = x2 * p + -7.349_906_3e-4;
    p = x2 * p + -2.954_600_1e-3;
    p = x2 * p + -1.609_603_3e-2;
    let mut q = x2 * -1.456_607_2e-5 + -2.133_740_6e-4;
    q = x2 * q + -1.682_827e-3;
    q = x2 * q + -7.373_329_2e-3;
    q = x2 * q + -1.426_473_9e-2;
    x * p / q
}

/// e^x in f32 (Cephes' `expf`: `x = n ln 2 + r`, e^r by a polynomial, 2^n
/// from the exponent bits), within a relative 5e-7 of `f32::exp` (a test
/// checks); like [`erf_f32`], branch-free so that loops over it vectorize. Inputs
/// are clamped to [-87, 88], so results below 2^-126 come out as ~1e-38
/// rather than 0 (the GELU backward pass multiplies them by x: no visible
/// difference).
#[inline(always)]
fn exp_f32(x: f32) -> f32 {
    // 1.5 * 2^23: adding and subtracting it rounds to the nearest integer.
    const ROUND: f32 = 12_582_912.0;
    let x = x.clamp(-87.0, 88.0);
    let n = (x * std::f32::consts::LOG2_E + ROUND) - ROUND;
    // ln 2 in two parts, so r keeps its low bits.
    let r = x - n * 0.693_359_4 - n * -2.121_944_4e-4;
    let mut p = 1.987_569_1e-4;
    p = p * r + 1.398_199_9e-3;
    p = p * r + 8.333_452e-3;
    p = p * r + 4.166_579_6e-2;
    p = p * r + 0.166_666_65;
    p = p * r + 0.5;
    let y = p * r * r + r + 1.0;
    y * f32::from_bits(((n as i32 + 127) as u32) << 23)
}

/// GELU of `x`: the output and erf(x / sqrt 2) (kept for the backward pass).
fn gelu_forward(x: &[f32]) -> (Vec<f32>, Vec<f32>) {
    const W: usize = 256;
    let part = |r: usize| r * W..x.len().min((r + 1) * W);
    let erf = build_rows(x.len(), W, |r, out| {
        out.extend(
            x[part(r)]
                .iter()
                .map(|v| erf_f32(v * std::f32::consts::FRAC_1_SQRT_2)),
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
    (y, erf)
}

/// The GELU input's gradient from the output's.
fn gelu_backward(x: &[f32], erf: &[f32], dy: &[f32]) -> CResult<Vec<f32>> {
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
                    let scaled_exp = 0.398942 * exp_f32(-(v * v) * 0.5) * v;
                    d * ((0.5 + scaled_exp) + 0.5 * e)
                }),
        );
    }))
}

impl CustomOp1 for GeluOp {
    fn name(&self) -> &'static str {
        "codeberta-gelu"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> CResult<(CpuStorage, Shape)> {
        let (y, erf) = gelu_forward(slice(s, l)?);
        *locked(&self.erf, "gelu: poisoned state")? = erf;
        Ok((CpuStorage::F32(y), l.shape().clone()))
    }

    fn bwd(&self, x: &Tensor, _res: &Tensor, dy: &Tensor) -> CResult<Option<Tensor>> {
        let erf = locked(&self.erf, "gelu: poisoned state")?;
        let dx = with_f32(x, |x| with_f32(dy, |dy| gelu_backward(x, &erf, dy)))?;
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
    x.contiguous()?.apply_op1(dropout_op(p)?)
}

/// The next dropout mask of this thread's stream, for probability `p`.
fn dropout_op(p: f64) -> CResult<DropoutOp> {
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
    Ok(DropoutOp {
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
    x.contiguous()?.apply_op3(
        &weight.contiguous()?,
        &bias.contiguous()?,
        LinearOp { gelu: None },
    )
}

/// `gelu(x W^T + b)` as one graph node (the feed-forward block's first half).
pub fn linear_gelu(x: &Tensor, weight: &Tensor, bias: &Tensor) -> CResult<Tensor> {
    x.contiguous()?.apply_op3(
        &weight.contiguous()?,
        &bias.contiguous()?,
        LinearOp {
            gelu: Some(Mutex::new((Vec::new(), Vec::new()))),
        },
    )
}

struct LinearOp {
    /// With GELU after the product: its input and erf(input / sqrt 2), for
    /// the backward pass.
    gelu: Option<Mutex<(Vec<f32>, Vec<f32>)>>,
}

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
        let y = match &self.gelu {
            Some(state) => {
                let (out, erf) = gelu_forward(&y);
                *locked(state, "linear: poisoned state")? = (y, erf);
                out
            }
            None => y,
        };
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
        let dy = match &self.gelu {
            Some(state) => {
                let state = locked(state, "linear: poisoned state")?;
                let (pre, erf) = (&state.0, &state.1);
                let dpre = with_f32(dy, |dy| gelu_backward(pre, erf, dy))?;
                cpu_tensor(dpre, dy.shape())?
            }
            None => dy.clone(),
        };
        let dy2 = dy.contiguous()?.reshape((rows, out_dim))?;
        let x2 = x.reshape((rows, in_dim))?;
        let dx = dy2.matmul(w)?.reshape(x.shape())?;
        // [out, in] directly, in the weight's layout.
        let dw = dy2.t()?.matmul(&x2)?;
        let db = with_f32(&dy2, |d| Ok(column_sums(d, out_dim)))?;
        Ok((Some(dx), Some(dw), Some(cpu_tensor(db, b.shape())?)))
    }
}

// ------------------------------------------ attention from fused q, k, v

/// The self-attention core straight from the fused projection `qkv`
/// `[batch, seq, 3 hidden]` (each token's query, key and value side by side,
/// as `x [Wq | Wk | Wv]^T` gives them): heads split, queries times `scale`,
/// `dropout(softmax(q kT + bias), p) v` with `bias` `[batch, 1, 1, seq]` (no
/// gradient), heads merged back to `[batch, seq, hidden]`. One graph node
/// where separate head splits, attention and a head merge would be
/// five: candle's backward pass fills and adds a gradient buffer per node
/// input, and this op's backward writes the query, key and value gradients
/// into the one buffer the fused projection takes. `p` 0: no dropout.
pub fn qkv_attention(
    qkv: &Tensor,
    heads: usize,
    scale: f64,
    bias: &Tensor,
    p: f64,
) -> CResult<Tensor> {
    let (batch, seq, width) = qkv.dims3()?;
    if heads == 0 || width % (3 * heads) != 0 || bias.elem_count() != batch * seq {
        bail!(
            "qkv attention: qkv {:?} for {heads} heads, bias {:?}",
            qkv.dims(),
            bias.dims()
        );
    }
    let bias = with_f32(bias, |b| Ok(b.to_vec()))?;
    let dropout = if p > 0.0 { Some(dropout_op(p)?) } else { None };
    qkv.contiguous()?.apply_op1(QkvAttentionOp {
        batch,
        seq,
        heads,
        d: width / (3 * heads),
        scale: scale as f32,
        bias,
        dropout,
        saved: Mutex::new(None),
    })
}

/// What the backward pass of [`QkvAttentionOp`] needs: the split (and, for
/// `q`, scaled) heads `[batch, heads, seq, d]` and the probabilities before
/// and after dropout.
struct QkvSaved {
    q: CpuStorage,
    k: CpuStorage,
    v: CpuStorage,
    probs: Vec<f32>,
    dropped: CpuStorage,
}

struct QkvAttentionOp {
    batch: usize,
    seq: usize,
    heads: usize,
    d: usize,
    scale: f32,
    bias: Vec<f32>,
    dropout: Option<DropoutOp>,
    saved: Mutex<Option<QkvSaved>>,
}

/// Rows `(b, h, s)` of `[batch, heads, seq, d]` from tokens `(b, s)` of
/// `src` (`stride` values per token, head `h` at `offset + h d`), times
/// `scale`: the head split of one part of a fused projection, or (stride
/// `heads d`, offset 0) of a plain `[batch, seq, heads d]` tensor.
fn split_token_rows(
    src: &[f32],
    (seq, heads, d): (usize, usize, usize),
    stride: usize,
    offset: usize,
    scale: f32,
) -> Vec<f32> {
    let tokens = src.len() / stride.max(1);
    build_rows(tokens * heads * d, d, |r, out| {
        let (b, h, s) = (r / (heads * seq), (r / seq) % heads, r % seq);
        let at = (b * seq + s) * stride + offset + h * d;
        let row = &src[at..at + d];
        if scale == 1.0 {
            out.extend_from_slice(row);
        } else {
            out.extend(row.iter().map(|v| v * scale));
        }
    })
}

/// The products `A[i] B[i]` of a batch (`A[i]` `[m, k]`, stored as `[k, m]`
/// and read transposed when `ta`; `B[i]` `[k, n]`, stored as `[n, k]` when
/// `tb`; both contiguous per batch), batches split over threads. An
/// attention head's products (`m n k` = 64^3 for 64 tokens of 64-wide
/// heads) are below gemm's own threading threshold, and candle runs a batch
/// one product after another, so without this they all run on one thread.
fn batched_products(
    a: &CpuStorage,
    ta: bool,
    b: &CpuStorage,
    tb: bool,
    (batch, m, n, k): (usize, usize, usize, usize),
) -> CResult<Vec<f32>> {
    use candle_core::backend::BackendStorage;
    let view = |first: usize, count: usize, rows: usize, cols: usize, transposed: bool| {
        let stored = if transposed {
            (count, cols, rows)
        } else {
            (count, rows, cols)
        };
        let l = Layout::contiguous_with_offset(stored, first * rows * cols);
        if transposed {
            l.transpose(1, 2)
        } else {
            Ok(l)
        }
    };
    let product = |first: usize, count: usize| -> CResult<Vec<f32>> {
        let la = view(first, count, m, k, ta)?;
        let lb = view(first, count, k, n, tb)?;
        match a.matmul(b, (count, m, n, k), &la, &lb)? {
            CpuStorage::F32(values) => Ok(values),
            _ => bail!("batched product: f32 only"),
        }
    };
    let total = batch * m * n;
    let threads = rayon::current_num_threads();
    if !parallel(total) || threads < 2 || batch < 2 {
        return product(0, batch);
    }
    // A few blocks per thread, so uneven progress evens out. Each block's
    // products land in its own part of the output.
    let per_block = batch.div_ceil(4 * threads);
    let mut out: Vec<f32> = Vec::with_capacity(total);
    out.spare_capacity_mut()[..total]
        .par_chunks_mut(per_block * m * n)
        .enumerate()
        .try_for_each(|(i, dst)| -> CResult<()> {
            let values = product(i * per_block, dst.len() / (m * n))?;
            assert_eq!(values.len(), dst.len(), "batched product: block size");
            for (d, v) in dst.iter_mut().zip(values) {
                d.write(v);
            }
            Ok(())
        })?;
    // SAFETY: the chunks cover the first `total` values of the capacity and
    // each was written in full (its length is asserted); on an error the
    // function returned above without setting the length.
    unsafe { out.set_len(total) };
    Ok(out)
}

impl CustomOp1 for QkvAttentionOp {
    fn name(&self) -> &'static str {
        "codeberta-qkv-attention"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> CResult<(CpuStorage, Shape)> {
        let Self {
            batch,
            seq,
            heads,
            d,
            scale,
            ..
        } = *self;
        let hd = heads * d;
        let qkv = slice(s, l)?;
        if qkv.len() != batch * seq * 3 * hd {
            bail!("qkv attention: {} values", qkv.len());
        }
        let dims = (seq, heads, d);
        let q = CpuStorage::F32(split_token_rows(qkv, dims, 3 * hd, 0, scale));
        let k = CpuStorage::F32(split_token_rows(qkv, dims, 3 * hd, hd, 1.0));
        let v = CpuStorage::F32(split_token_rows(qkv, dims, 3 * hd, 2 * hd, 1.0));
        let bh = batch * heads;
        // k^T as a transposed view: the products read it in place.
        let scores = batched_products(&q, false, &k, true, (bh, seq, seq, d))?;
        let probs = masked_softmax_rows(&scores, &self.bias, seq, heads * seq);
        drop(scores);
        let dropped = CpuStorage::F32(match &self.dropout {
            Some(drop) => drop.run(&probs),
            None => probs.clone(),
        });
        let context = batched_products(&dropped, false, &v, false, (bh, seq, d, seq))?;
        // Heads back together: token (b, s) takes row (b, h, s) of every head.
        let merged = build_rows(context.len(), d, |r, out| {
            let (b, s, h) = (r / (seq * heads), (r / heads) % seq, r % heads);
            let at = ((b * heads + h) * seq + s) * d;
            out.extend_from_slice(&context[at..at + d]);
        });
        *locked(&self.saved, "qkv attention: poisoned state")? = Some(QkvSaved {
            q,
            k,
            v,
            probs,
            dropped,
        });
        Ok((CpuStorage::F32(merged), Shape::from((batch, seq, hd))))
    }

    fn bwd(&self, qkv: &Tensor, _res: &Tensor, dout: &Tensor) -> CResult<Option<Tensor>> {
        let saved = locked(&self.saved, "qkv attention: poisoned state")?;
        let Some(QkvSaved {
            q,
            k,
            v,
            probs,
            dropped,
        }) = &*saved
        else {
            bail!("qkv attention backward before forward");
        };
        let Self {
            batch,
            seq,
            heads,
            d,
            scale,
            ..
        } = *self;
        let hd = heads * d;
        let bh = batch * heads;
        let dims = (seq, heads, d);
        if dout.elem_count() != batch * seq * hd || q.as_slice::<f32>()?.len() != dout.elem_count()
        {
            bail!("qkv attention backward: shapes changed");
        }
        let dcontext = CpuStorage::F32(with_f32(dout, |g| {
            Ok(split_token_rows(g, dims, hd, 0, 1.0))
        })?);
        let dv = batched_products(dropped, true, &dcontext, false, (bh, seq, d, seq))?;
        let ddropped = batched_products(&dcontext, false, v, true, (bh, seq, seq, d))?;
        drop(dcontext);
        let dp = match &self.dropout {
            Some(drop) => drop.run(&ddropped),
            None => ddropped,
        };
        let ds = CpuStorage::F32(softmax_backward_rows(probs, &dp, seq));
        drop(dp);
        // Gradients of the scaled queries and of the keys, both [b, h, s, d]
        // (k's rather than k^T's, so every head row is contiguous below).
        let dq = batched_products(&ds, false, k, false, (bh, seq, d, seq))?;
        let dk = batched_products(&ds, true, q, false, (bh, seq, d, seq))?;
        drop(ds);
        let n = batch * seq * hd;
        if dq.len() != n || dk.len() != n || dv.len() != n {
            bail!("qkv attention backward: shapes changed");
        }
        let dqkv = build_rows(3 * n, 3 * hd, |t, out| {
            let (b, s) = (t / seq, t % seq);
            for (part, factor) in [(&dq, scale), (&dk, 1.0), (&dv, 1.0)] {
                for h in 0..heads {
                    let at = ((b * heads + h) * seq + s) * d;
                    let row = &part[at..at + d];
                    if factor == 1.0 {
                        out.extend_from_slice(row);
                    } else {
                        out.extend(row.iter().map(|v| v * factor));
                    }
                }
            }
        });
        Ok(Some(cpu_tensor(dqkv, qkv.shape())?))
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
    }

    /// `layer_norm(dropout(x) + r)` against the separate fused dropout,
    /// candle's add and the reference LayerNorm, with the same masks.
    fn check_residual_layer_norm(shape: &[usize], p: f64, tol: f32) {
        let h = *shape.last().unwrap();
        let x = Var::from_tensor(&rand(shape, 21)).unwrap();
        let r = Var::from_tensor(&rand(shape, 22)).unwrap();
        let w = Var::from_tensor(&rand(&[h], 23)).unwrap();
        let b = Var::from_tensor(&rand(&[h], 24)).unwrap();
        let ln = crate::model::LayerNorm {
            weight: w.as_tensor().clone(),
            bias: b.as_tensor().clone(),
            eps: 1e-5,
        };
        compare(
            &[x.clone(), r.clone(), w.clone(), b.clone()],
            || {
                seed_dropout(5);
                residual_layer_norm(x.as_tensor(), r.as_tensor(), &w, &b, 1e-5, p).unwrap()
            },
            || {
                seed_dropout(5);
                let dropped = if p > 0.0 {
                    dropout(x.as_tensor(), p).unwrap()
                } else {
                    x.as_tensor().clone()
                };
                ln.forward_reference(&(dropped + r.as_tensor()).unwrap())
                    .unwrap()
            },
            tol,
        );
    }

    #[test]
    fn residual_layer_norm_matches_dropout_add_and_layer_norm() {
        check_residual_layer_norm(&[3, 5, 40], 0.0, 2e-5);
        check_residual_layer_norm(&[3, 5, 40], 0.3, 2e-5);
        check_residual_layer_norm(&[3, 5, 41], 0.1, 2e-5);
        // Big enough for the parallel paths.
        check_residual_layer_norm(&[16, 40, 96], 0.1, 2e-4);
    }

    /// The fused projection and [`qkv_attention`] against three linear
    /// layers and the attention written out of candle's ops, same masks.
    fn check_qkv_attention(shape: [usize; 4], p: f64, tol: f32) {
        let [b, s, heads, d] = shape;
        let hd = heads * d;
        let small = |shape: &[usize], seed: u64| {
            Var::from_tensor(&(rand(shape, seed) * 0.2).unwrap()).unwrap()
        };
        let x = Var::from_tensor(&rand(&[b, s, hd], 71)).unwrap();
        let w: Vec<Var> = (0..3).map(|i| small(&[hd, hd], 72 + i)).collect();
        let bs: Vec<Var> = (0..3).map(|i| small(&[hd], 75 + i)).collect();
        let keep: Vec<f32> = (0..b * s)
            .map(|i| if i % 5 == 4 { 0.0 } else { 1.0 })
            .collect();
        let mask = Tensor::from_vec(keep, (b, s), &Device::Cpu).unwrap();
        let bias = crate::model::roberta::attention_bias(&mask).unwrap();
        let scale = 1.0 / (d as f64).sqrt();
        let mut vars = vec![x.clone()];
        vars.extend(w.iter().cloned());
        vars.extend(bs.iter().cloned());
        compare(
            &vars,
            || {
                seed_dropout(3);
                let wt = Tensor::cat(&[&w[0], &w[1], &w[2]].map(|v| v.as_tensor()), 0).unwrap();
                let bt = Tensor::cat(&[&bs[0], &bs[1], &bs[2]].map(|v| v.as_tensor()), 0).unwrap();
                let qkv = linear(x.as_tensor(), &wt, &bt).unwrap();
                qkv_attention(&qkv, heads, scale, &bias, p).unwrap()
            },
            || {
                seed_dropout(3);
                let part = |i: usize| {
                    x.as_tensor()
                        .reshape((b * s, hd))
                        .unwrap()
                        .matmul(&w[i].as_tensor().t().unwrap())
                        .unwrap()
                        .broadcast_add(bs[i].as_tensor())
                        .unwrap()
                        .reshape((b, s, heads, d))
                        .unwrap()
                        .transpose(1, 2)
                        .unwrap()
                        .contiguous()
                        .unwrap()
                };
                let q = (part(0) * scale).unwrap();
                let scores = q.matmul(&part(1).t().unwrap()).unwrap();
                let probs =
                    crate::model::layers::softmax_last_dim(&scores.broadcast_add(&bias).unwrap())
                        .unwrap();
                let probs = if p > 0.0 {
                    dropout(&probs, p).unwrap()
                } else {
                    probs
                };
                probs
                    .matmul(&part(2))
                    .unwrap()
                    .transpose(1, 2)
                    .unwrap()
                    .reshape((b, s, hd))
                    .unwrap()
            },
            tol,
        );
    }

    #[test]
    fn qkv_attention_matches_three_projections_and_the_attention_ops() {
        check_qkv_attention([2, 7, 3, 4], 0.0, 1e-5);
        check_qkv_attention([2, 7, 3, 4], 0.2, 1e-5);
        // Big enough for the parallel paths.
        check_qkv_attention([4, 64, 4, 16], 0.1, 2e-4);
    }

    #[test]
    fn the_vectorizable_erf_matches_libm() {
        let mut worst = 0f32;
        for i in -80_000..=80_000 {
            let x = i as f32 * 1e-4;
            let exact = candle_core::cpu::erf::erf_f32(x);
            worst = worst.max((erf_f32(x) - exact).abs());
        }
        assert!(worst < 5e-7, "erf off by {worst}");
        assert_eq!(erf_f32(0.0), 0.0);
        assert!((erf_f32(f32::INFINITY) - 1.0).abs() < 1e-6);
        assert!((erf_f32(-1e30) + 1.0).abs() < 1e-6);
    }

    #[test]
    fn the_vectorizable_exp_matches_std() {
        let mut worst = 0f32;
        for i in -870_000..=880_000 {
            let x = i as f32 * 1e-4;
            let exact = x.exp();
            worst = worst.max(((exp_f32(x) - exact) / exact).abs());
        }
        assert!(worst < 5e-7, "exp off by a factor {worst}");
        assert_eq!(exp_f32(0.0), 1.0);
        assert!(exp_f32(-1e4) < 1e-37);
        assert!(exp_f32(f32::NEG_INFINITY) < 1e-37);
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
    fn linear_gelu_matches_linear_then_gelu() {
        for (shape, out) in [([3usize, 5, 24], 40usize), ([8, 64, 64], 256)] {
            let x = Var::from_tensor(&rand(&shape, 61)).unwrap();
            let w = Var::from_tensor(&rand(&[out, shape[2]], 62)).unwrap();
            let b = Var::from_tensor(&rand(&[out], 63)).unwrap();
            compare(
                &[x.clone(), w.clone(), b.clone()],
                || linear_gelu(&x, &w, &b).unwrap(),
                || linear(&x, &w, &b).unwrap().gelu_erf().unwrap(),
                2e-4,
            );
        }
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
