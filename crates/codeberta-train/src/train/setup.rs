//! The starting model and tokenizer: an HF checkpoint folder, or a random
//! model with a tokenizer trained on the training split.

use std::path::{Path, PathBuf};

use candle_core::{DType, Device};
use tokenizers::Tokenizer;

use super::config::{InitMode, TrainConfig};
use crate::error::{Result, TrainError};
use crate::model::{LoadReport, Preset, RobertaClassifier, RobertaConfig};
use crate::tokenizer_train::{train_tokenizer, TokenizerTrainingOptions};

/// Weight files we refuse: loading them means running pickle.
const PICKLE_FILES: [&str; 3] = ["pytorch_model.bin", "model.pt", "model.pth"];
const PICKLE_EXTENSIONS: [&str; 5] = ["bin", "pt", "pth", "pkl", "ckpt"];

pub struct StartingPoint {
    pub model: RobertaClassifier,
    pub tokenizer: Tokenizer,
    /// What the weights came from, for the model card.
    pub source: String,
    pub load_report: Option<LoadReport>,
}

/// Picks `cpu`, `cuda` (needs the `cuda` feature) or `auto`.
pub fn select_device(name: &str) -> Result<Device> {
    match name {
        "cpu" => Ok(Device::Cpu),
        "cuda" => cuda_device(true),
        "auto" => cuda_device(false),
        other => Err(TrainError::Config(format!(
            "unknown device {other:?} (cpu, cuda or auto)"
        ))),
    }
}

/// The dtype of the encoder's matrix products for `precision` on `device`
/// (None: f32, no autocast).
pub fn matmul_dtype(precision: &str, device: &Device) -> Result<Option<DType>> {
    match (precision, device.is_cpu()) {
        ("f32", _) | ("auto", true) => Ok(None),
        ("bf16", false) | ("auto", false) => Ok(Some(DType::BF16)),
        ("bf16", true) => Err(TrainError::Config(
            "bf16 mixed precision runs on CUDA only (--device cuda), or use --precision f32".into(),
        )),
        (other, _) => Err(TrainError::Config(format!(
            "unknown precision {other:?} (auto, f32 or bf16)"
        ))),
    }
}

#[cfg(feature = "cuda")]
fn cuda_device(required: bool) -> Result<Device> {
    match Device::new_cuda(0) {
        Ok(d) => Ok(d),
        Err(e) if required => Err(TrainError::Config(format!("no usable CUDA device: {e}"))),
        Err(_) => Ok(Device::Cpu),
    }
}

#[cfg(not(feature = "cuda"))]
fn cuda_device(required: bool) -> Result<Device> {
    if required {
        return Err(TrainError::Config(
            "this build has no CUDA support: rebuild with `cargo build --release --features cuda` \
             (see README) or use --device cpu"
                .into(),
        ));
    }
    Ok(Device::Cpu)
}

/// The model config for training: `labels`, the run's dropout, and a
/// classification architecture whatever the file said.
fn training_config(
    mut config: RobertaConfig,
    labels: &[String],
    cfg: &TrainConfig,
) -> Result<RobertaConfig> {
    config.set_labels(labels);
    config.hidden_dropout_prob = cfg.dropout;
    config.attention_probs_dropout_prob = cfg.dropout;
    config.architectures = vec!["RobertaForSequenceClassification".into()];
    config.validate()?;
    Ok(config)
}

fn read_config(path: &Path) -> Result<RobertaConfig> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| TrainError::io("cannot read model config", path, e))?;
    // Not RobertaConfig::from_json_str: a pretrained encoder's config has no
    // labels yet, which that function rightly rejects.
    serde_json::from_str(&text).map_err(|e| TrainError::json(format!("{}", path.display()), e))
}

pub fn load_pretrained(
    cfg: &TrainConfig,
    labels: &[String],
    device: &Device,
) -> Result<StartingPoint> {
    let dir = PathBuf::from(&cfg.model_name);
    let ext = dir
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if dir.is_file()
        && ext
            .as_deref()
            .is_some_and(|e| PICKLE_EXTENSIONS.contains(&e))
    {
        return Err(pickle_refusal(&dir));
    }
    if !dir.is_dir() {
        return Err(TrainError::Config(format!(
            "base model {:?} is not a local folder. Hub downloads are not built in: put the \
             checkpoint's config.json, model.safetensors and tokenizer.json in a folder and pass \
             it with --model, or train from scratch with --init scratch --arch tiny|small",
            cfg.model_name
        )));
    }
    let weights = dir.join("model.safetensors");
    if !weights.is_file() {
        if let Some(pickle) = PICKLE_FILES
            .iter()
            .map(|f| dir.join(f))
            .find(|p| p.is_file())
        {
            return Err(pickle_refusal(&pickle));
        }
        return Err(TrainError::Config(format!(
            "{} has no model.safetensors",
            dir.display()
        )));
    }
    let tokenizer_path = dir.join("tokenizer.json");
    if !tokenizer_path.is_file() {
        return Err(TrainError::Config(format!(
            "{} has no tokenizer.json (a vocab.json + merges.txt pair can be converted with \
             `transformers.AutoTokenizer.from_pretrained(dir).save_pretrained(dir)`)",
            dir.display()
        )));
    }
    let tokenizer = Tokenizer::from_file(&tokenizer_path)
        .map_err(|e| TrainError::Tokenizer(format!("{}: {e}", tokenizer_path.display())))?;
    let config = training_config(read_config(&dir.join("config.json"))?, labels, cfg)?;
    let (model, report) = RobertaClassifier::from_safetensors(&config, &weights, device, cfg.seed)?;
    Ok(StartingPoint {
        model,
        tokenizer,
        source: format!("pretrained checkpoint {}", dir.display()),
        load_report: Some(report),
    })
}

fn pickle_refusal(path: &Path) -> TrainError {
    TrainError::Config(format!(
        "{} is a pickle checkpoint; loading it would run arbitrary code, so it is refused. \
         Convert it once with transformers: `AutoModel.from_pretrained(dir).save_pretrained(dir, \
         safe_serialization=True)` writes model.safetensors",
        path.display()
    ))
}

pub fn from_scratch(
    cfg: &TrainConfig,
    labels: &[String],
    train_texts: &[&str],
    device: &Device,
) -> Result<StartingPoint> {
    let options = TokenizerTrainingOptions {
        vocab_size: cfg.vocab_size,
        min_frequency: 2,
    };
    let tokenizer = train_tokenizer(train_texts.iter(), &options)?;
    let vocab = tokenizer.get_vocab_size(true);
    let base = match cfg.arch.parse::<Preset>() {
        Ok(preset) => RobertaConfig::preset(preset, vocab, labels),
        Err(_) => {
            let mut c = read_config(Path::new(&cfg.arch))?;
            c.vocab_size = vocab;
            c
        }
    };
    let mut config = training_config(base, labels, cfg)?;
    // Room for max_length tokens: positions start after pad_token_id.
    let needed = cfg.max_length + config.pad_token_id as usize + 1;
    config.max_position_embeddings = config.max_position_embeddings.max(needed);
    let model = RobertaClassifier::random(&config, device, cfg.seed)?;
    Ok(StartingPoint {
        model,
        tokenizer,
        source: format!(
            "random initialisation (arch {}, seed {}), tokenizer trained on the training split",
            cfg.arch, cfg.seed
        ),
        load_report: None,
    })
}

pub fn starting_point(
    cfg: &TrainConfig,
    labels: &[String],
    train_texts: &[&str],
    device: &Device,
) -> Result<StartingPoint> {
    match cfg.init {
        InitMode::Pretrained => load_pretrained(cfg, labels, device),
        InitMode::Scratch => from_scratch(cfg, labels, train_texts, device),
    }
}
