FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04

ENV DEBIAN_FRONTEND=noninteractive \
    PYTHONUNBUFFERED=1 \
    HF_HOME=/cache/hf \
    TORCH_CUDA_ARCH_LIST="8.0;8.6;9.0"

RUN apt-get update && apt-get install -y --no-install-recommends \
      python3.11 python3.11-dev python3.11-venv git ninja-build \
    && rm -rf /var/lib/apt/lists/* \
    && ln -sf /usr/bin/python3.11 /usr/bin/python

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

COPY requirements-train.txt /tmp/
RUN pip install --no-cache-dir torch==2.3.0 --index-url https://download.pytorch.org/whl/cu121 \
    && pip install --no-cache-dir -r /tmp/requirements-train.txt

WORKDIR /workspace
COPY src/ src/
COPY configs/ configs/
VOLUME ["/cache", "/checkpoints"]
ENTRYPOINT ["python", "-m", "src.train"]
CMD ["--config", "configs/base.yaml"]
