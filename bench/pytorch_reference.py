#!/usr/bin/env python3
"""PyTorch + transformers reference for crates/codeberta-train/benches/train_throughput.rs.

Same cases, same step: RobertaForSequenceClassification forward on random
token ids, cross-entropy, backward, clip_grad_norm_(1.0), AdamW (weight decay
0.01 on weights, none on biases/LayerNorm), as the original CodeBERTa script
trains. Run by hand, never in CI (torch is heavy). Install outside the
repository, from PyPI alone:

    python3 -m venv /work/exp/torch
    /work/exp/torch/bin/pip install torch transformers
    /work/exp/torch/bin/python bench/pytorch_reference.py [FILTER...]

PyPI's Linux torch wheel is the CUDA build: pip also pulls the nvidia-*,
cuda-* and triton wheels (5.6 GB installed, torch 2.15.0 + transformers
5.24.0 when measured); it runs on the CPU without a GPU. `pip install torch
--no-deps` does not work: `import torch` then fails on the missing
libcudart/libcublasLt. (download.pytorch.org's CPU-only wheels are smaller,
where that index is reachable.) bench/compare.py runs this script and our
bench side by side.

Environment: BENCH_STEPS (timed steps per case, default 5), THREADS
(torch.set_num_threads; default: torch's choice). Prints samples/s (wall
clock) and samples per CPU-second (time.process_time, all threads).
"""
import os
import sys
import time

import torch
from transformers import RobertaConfig, RobertaForSequenceClassification

LABELS = 8


def config(layers, hidden, heads, inter, vocab, positions):
    return RobertaConfig(
        vocab_size=vocab, hidden_size=hidden, num_hidden_layers=layers,
        num_attention_heads=heads, intermediate_size=inter,
        max_position_embeddings=positions, type_vocab_size=1, pad_token_id=1,
        layer_norm_eps=1e-5,
        bos_token_id=0, eos_token_id=2, num_labels=LABELS,
        hidden_dropout_prob=0.1, attention_probs_dropout_prob=0.1,
    )


TINY = config(2, 64, 2, 128, 8192, 258)
SMALL = config(4, 256, 4, 1024, 8192, 514)
CODEBERTA_SMALL = config(6, 768, 12, 3072, 52000, 514)

CASES = [
    ("tiny full b16x64", TINY, 16, 64, None),
    ("tiny full b8x256", TINY, 8, 256, None),
    ("small(4x256) full b16x64", SMALL, 16, 64, None),
    ("small(4x256) full b8x256", SMALL, 8, 256, None),
    ("codeberta-small(6x768) full b16x64", CODEBERTA_SMALL, 16, 64, None),
    ("codeberta-small(6x768) full b8x256", CODEBERTA_SMALL, 8, 256, None),
    # The original's default: base frozen but the last 2 layers. PyTorch
    # recomputes the frozen layers every step (no cache).
    ("codeberta-small(6x768) frozen-4 b16x256", CODEBERTA_SMALL, 16, 256, 2),
]


def main():
    filters = sys.argv[1:]
    steps = int(os.environ.get("BENCH_STEPS", "5"))
    if "THREADS" in os.environ:
        torch.set_num_threads(int(os.environ["THREADS"]))
    print(f"torch {torch.__version__}; threads {torch.get_num_threads()}; timed steps {steps}")
    torch.manual_seed(0)
    for name, cfg, batch, seq, unfrozen in CASES:
        if filters and not any(f in name for f in filters):
            continue
        model = RobertaForSequenceClassification(cfg)
        model.train()
        if unfrozen is not None:
            for p in model.roberta.parameters():
                p.requires_grad = False
            for layer in model.roberta.encoder.layer[-unfrozen:]:
                for p in layer.parameters():
                    p.requires_grad = True
        no_decay = ("bias", "LayerNorm.weight")
        params = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
        groups = [
            {"params": [p for n, p in params if not any(k in n for k in no_decay)], "weight_decay": 0.01},
            {"params": [p for n, p in params if any(k in n for k in no_decay)], "weight_decay": 0.0},
        ]
        opt = torch.optim.AdamW(groups, lr=2e-5)
        ids = torch.randint(5, cfg.vocab_size, (batch, seq))
        ids[:, 0] = 0
        mask = torch.ones(batch, seq, dtype=torch.long)
        labels = torch.arange(batch) % LABELS

        def step():
            out = model(input_ids=ids, attention_mask=mask, labels=labels)
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_([p for _, p in params], 1.0)
            opt.step()
            opt.zero_grad()

        step()
        cpu_start = time.process_time()
        start = time.perf_counter()
        for _ in range(steps):
            step()
        secs = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        samples = steps * batch
        print(f"{name:<48} {samples / secs:>8.2f} samples/s  ({1000 * secs / steps:.0f} ms/step; "
              f"{samples / cpu:.2f} samples/CPU-s)", flush=True)


if __name__ == "__main__":
    main()
