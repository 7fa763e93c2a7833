//! `Detector`: cheap evidence first, then the model, with a calibrated
//! softmax and an abstain threshold.

use std::path::Path;

use ndarray::Array2;
use serde::Serialize;

use crate::bundle::{LexicalWeights, ModelBundle, LEXICAL_FILE, MODEL_FILE, TOKENIZER_FILE};
use crate::error::{CoreError, Result};
use crate::evidence::{self, Evidence};
use crate::lexical::{combine_log_probs, Features, LexicalHead};
use crate::onnx_session::OnnxClassifier;
use crate::text_input::{self, Rejection};
use crate::tokenize::TextEncoder;
use crate::{
    html_vocabulary, java_properties, json_syntax, rst_markup, stylesheet, texinfo_comments,
    yaml_structure,
};

/// Knobs a caller may turn; the bundle supplies the rest.
#[derive(Debug, Clone)]
pub struct DetectorOptions {
    /// How many ranked guesses to return in `alternatives`.
    pub top_k: usize,
    /// ONNX Runtime intra-op threads per inference.
    pub intra_threads: usize,
    /// Overrides the bundle's abstain threshold.
    pub abstain_threshold: Option<f32>,
    /// Use shebangs, modelines and strict JSON before the model.
    pub use_rules: bool,
    /// Most inputs sent to the model in one run.
    pub max_batch: usize,
}

impl Default for DetectorOptions {
    fn default() -> Self {
        DetectorOptions {
            top_k: 3,
            intra_threads: 1,
            abstain_threshold: None,
            use_rules: true,
            max_batch: 16,
        }
    }
}

/// One ranked guess.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Guess {
    pub language: String,
    pub confidence: f32,
}

/// Why `language` is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoLanguage {
    Binary,
    Empty,
    LowConfidence,
}

impl NoLanguage {
    pub fn as_str(self) -> &'static str {
        match self {
            NoLanguage::Binary => "binary",
            NoLanguage::Empty => "empty",
            NoLanguage::LowConfidence => "low_confidence",
        }
    }
}

impl From<Rejection> for NoLanguage {
    fn from(r: Rejection) -> Self {
        match r {
            Rejection::Binary => NoLanguage::Binary,
            Rejection::Empty => NoLanguage::Empty,
        }
    }
}

/// The answer for one input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detection {
    /// The detected language, or `None` when the detector abstains.
    pub language: Option<String>,
    /// Calibrated probability of the top guess (0 when nothing was classified).
    pub confidence: f32,
    /// Top-k guesses, best first (the top guess included).
    pub alternatives: Vec<Guess>,
    /// What decided: a rule or the model. `None` when the input was rejected.
    pub evidence: Option<Evidence>,
    /// Set exactly when `language` is `None`.
    pub reason: Option<NoLanguage>,
}

impl Detection {
    fn rejected(reason: NoLanguage) -> Self {
        Detection {
            language: None,
            confidence: 0.0,
            alternatives: Vec::new(),
            evidence: None,
            reason: Some(reason),
        }
    }
}

/// A loaded model bundle ready to classify text. Cheap to share across threads.
#[derive(Debug)]
pub struct Detector {
    bundle: ModelBundle,
    encoder: TextEncoder,
    classifier: OnnxClassifier,
    /// The lexical expert and its combination weights, when the bundle has one.
    lexical: Option<(LexicalHead, LexicalWeights)>,
    options: DetectorOptions,
}

/// What each expert says about one text, before combination.
#[derive(Debug, Clone)]
pub struct ExpertLogits {
    pub model: Vec<f32>,
    pub lexical: Option<Vec<f32>>,
}

impl Detector {
    /// Loads and validates a bundle folder: metadata, tokenizer, ONNX graph
    /// inputs and outputs, and that the graph's logits match the label count.
    pub fn load(dir: &Path, options: DetectorOptions) -> Result<Self> {
        let bundle = ModelBundle::open(dir)?;
        let s = &bundle.settings;
        let encoder = TextEncoder::load(&bundle.path(TOKENIZER_FILE), s.max_length)?
            .with_license_header_skipped(s.skip_license_header);
        let classifier = OnnxClassifier::load_named(
            &bundle.path(MODEL_FILE),
            options.intra_threads,
            [s.input_names[0].as_str(), s.input_names[1].as_str()],
            &s.output_name,
        )
        .map_err(|e| match e {
            CoreError::BundleMismatch { detail, .. } => CoreError::BundleMismatch {
                dir: dir.to_path_buf(),
                detail,
            },
            other => other,
        })?;
        let lexical = s
            .lexical
            .map(|w| load_lexical(&bundle).map(|head| (head, w)))
            .transpose()?;
        let detector = Detector {
            bundle,
            encoder,
            classifier,
            lexical,
            options,
        };
        detector.check_logit_width()?;
        Ok(detector)
    }

    fn check_logit_width(&self) -> Result<()> {
        let ids = self.encoder.encode("x")?;
        let logits = self.run_model(&[ids])?;
        let (width, labels) = (logits.ncols(), self.bundle.labels.len());
        if width != labels {
            return Err(CoreError::BundleMismatch {
                dir: self.bundle.dir.clone(),
                detail: format!(
                    "model.onnx produces {width} logits but labels.json lists {labels} labels"
                ),
            });
        }
        Ok(())
    }

    pub fn bundle(&self) -> &ModelBundle {
        &self.bundle
    }

    pub fn options(&self) -> &DetectorOptions {
        &self.options
    }

    /// Classifies raw bytes: binary and empty inputs are answered without the model.
    pub fn detect_bytes(&self, bytes: &[u8]) -> Result<Detection> {
        match text_input::decode(bytes) {
            Ok(d) => self.detect(&d.text),
            Err(r) => Ok(Detection::rejected(r.into())),
        }
    }

    pub fn detect(&self, text: &str) -> Result<Detection> {
        let mut out = self.detect_batch(&[text])?;
        out.pop()
            .ok_or_else(|| CoreError::Inference("empty batch result".into()))
    }

    /// Classifies many texts, batching the ones that need the model.
    pub fn detect_batch(&self, texts: &[&str]) -> Result<Vec<Detection>> {
        let mut results: Vec<Option<Detection>> = vec![None; texts.len()];
        let mut pending: Vec<(usize, Vec<i64>, Option<Features>)> = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            if text.contains('\0') {
                results[i] = Some(Detection::rejected(NoLanguage::Binary));
            } else if text.trim().is_empty() {
                results[i] = Some(Detection::rejected(NoLanguage::Empty));
            } else if let Some(hit) = self
                .options
                .use_rules
                .then(|| evidence::find(text))
                .flatten()
            {
                results[i] = Some(Detection {
                    alternatives: vec![Guess {
                        language: hit.language.clone(),
                        confidence: 1.0,
                    }],
                    language: Some(hit.language),
                    confidence: 1.0,
                    evidence: Some(hit.evidence),
                    reason: None,
                });
            } else {
                let features = self.lexical.as_ref().map(|(h, _)| h.features(text));
                pending.push((i, self.encoder.encode(text)?, features));
            }
        }
        // Similar lengths in one batch waste less compute on padding.
        pending.sort_by_key(|(_, ids, _)| ids.len());
        for chunk in pending.chunks(self.options.max_batch.max(1)) {
            let ids: Vec<Vec<i64>> = chunk.iter().map(|(_, ids, _)| ids.clone()).collect();
            let logits = self.run_model(&ids)?;
            for ((i, _, features), row) in chunk.iter().zip(logits.rows()) {
                let row = row.to_vec();
                let probs = self.combine(&row, features.as_ref());
                results[*i] = Some(self.decide(&self.content_rules(texts[*i], probs)));
            }
        }
        results
            .into_iter()
            .map(|r| r.ok_or_else(|| CoreError::Inference("input left unclassified".into())))
            .collect()
    }

    /// Calibrated probabilities for every label of the model, in label order.
    pub fn probabilities(&self, text: &str) -> Result<Vec<f32>> {
        let ids = self.encoder.encode(text)?;
        let logits = self.run_model(&[ids])?;
        let features = self.lexical.as_ref().map(|(h, _)| h.features(text));
        Ok(self.content_rules(
            text,
            self.combine(&logits.row(0).to_vec(), features.as_ref()),
        ))
    }

    /// With rules on, the rules that read the text after the experts:
    /// stylesheet dialect, JSON's syntax, HTML's vocabulary, YAML's
    /// structure, reStructuredText's markup, Octave's Texinfo comments,
    /// Java's property escapes.
    fn content_rules(&self, text: &str, probs: Vec<f32>) -> Vec<f32> {
        if !self.options.use_rules {
            return probs;
        }
        let probs = self.json_rule(text, self.stylesheet_rule(text, probs));
        let probs = self.yaml_rule(text, self.html_rule(text, probs));
        let probs = self.texinfo_rule(text, self.rst_rule(text, probs));
        self.properties_rule(text, probs)
    }

    /// When the experts' top label is `erlang` or `latex`, which share
    /// `%` comments with MATLAB/Octave, but a `%` comment holds Texinfo
    /// ([`texinfo_comments`]), the top label's probability moves to `matlab`.
    fn texinfo_rule(&self, text: &str, probs: Vec<f32>) -> Vec<f32> {
        ["erlang", "latex"].into_iter().fold(probs, |probs, from| {
            self.move_top_when(probs, from, "matlab", || {
                texinfo_comments::in_percent_comments(text)
            })
        })
    }

    /// When the experts' top label is `ini` but a value holds Java's
    /// `\uXXXX` escapes and no line is a `[section]` ([`java_properties`]),
    /// INI's probability moves to `properties`.
    fn properties_rule(&self, text: &str, probs: Vec<f32>) -> Vec<f32> {
        self.move_top_when(probs, "ini", "properties", || {
            java_properties::unicode_escapes_without_sections(text)
        })
    }

    /// When the experts' top label is `python` but the text's column-0
    /// lines are reStructuredText's markup rather than Python's statements
    /// ([`rst_markup`]), Python's probability moves to `restructuredtext`.
    fn rst_rule(&self, text: &str, probs: Vec<f32>) -> Vec<f32> {
        self.move_top_when(probs, "python", "restructuredtext", || {
            rst_markup::outweighs_python(text)
        })
    }

    /// When the experts' top label is not `yaml` but the text has YAML's
    /// block structure throughout ([`yaml_structure`]), the top label's
    /// probability moves to `yaml`.
    fn yaml_rule(&self, text: &str, mut probs: Vec<f32>) -> Vec<f32> {
        let Some(yaml) = self.bundle.labels.index_of("yaml") else {
            return probs;
        };
        if let Some(top) = most_probable(&probs, 0..probs.len()) {
            if top != yaml && yaml_structure::looks_like_yaml(text) {
                move_probability(&mut probs, top, yaml);
            }
        }
        probs
    }

    /// When the experts' top label is `html` but most of the text's tags
    /// are no HTML element's ([`html_vocabulary`]), HTML's probability
    /// moves to `xml`.
    fn html_rule(&self, text: &str, probs: Vec<f32>) -> Vec<f32> {
        self.move_top_when(probs, "html", "xml", || {
            html_vocabulary::mostly_foreign_tags(text)
        })
    }

    /// When the experts' top label is `from` and `holds()` (asked only
    /// then: it reads the text), `from`'s probability moves to `to`.
    fn move_top_when(
        &self,
        mut probs: Vec<f32>,
        from: &str,
        to: &str,
        holds: impl FnOnce() -> bool,
    ) -> Vec<f32> {
        let labels = &self.bundle.labels;
        let (Some(from), Some(to)) = (labels.index_of(from), labels.index_of(to)) else {
            return probs;
        };
        if most_probable(&probs, 0..probs.len()) == Some(from) && holds() {
            move_probability(&mut probs, from, to);
        }
        probs
    }

    /// When the experts' top label is `json` but the text's first line has
    /// what JSON never has ([`json_syntax`]), JSON's probability moves to
    /// the runner-up.
    fn json_rule(&self, text: &str, mut probs: Vec<f32>) -> Vec<f32> {
        let Some(json) = self.bundle.labels.index_of("json") else {
            return probs;
        };
        if most_probable(&probs, 0..probs.len()) != Some(json)
            || !json_syntax::first_line_rules_out_json(text)
        {
            return probs;
        }
        if let Some(next) = most_probable(&probs, (0..probs.len()).filter(|&l| l != json)) {
            move_probability(&mut probs, json, next);
        }
        probs
    }

    /// When the experts' top label is a stylesheet one (`css`, `scss`,
    /// `less`), the text's syntax settles which ([`stylesheet::scan`]): none
    /// of the preprocessors' syntax is plain CSS; SCSS's own syntax without
    /// LESS's is SCSS, and the reverse LESS; any preprocessor syntax (`//`
    /// comments, nesting, `&`) in what they call CSS makes it the likelier
    /// preprocessor. CSS has had nesting since 2023, but nested stylesheets
    /// are still nearly all SCSS or LESS. The three labels' probability
    /// moves to that one.
    fn stylesheet_rule(&self, text: &str, mut probs: Vec<f32>) -> Vec<f32> {
        let labels = &self.bundle.labels;
        let Some(css) = labels.index_of("css") else {
            return probs;
        };
        let family: Vec<usize> = ["css", "scss", "less"]
            .iter()
            .filter_map(|id| labels.index_of(id))
            .collect();
        let top = most_probable(&probs, 0..probs.len());
        if !top.is_some_and(|t| family.contains(&t)) {
            return probs;
        }
        let syntax = stylesheet::scan(text);
        let target = if !syntax.preprocessor {
            Some(css)
        } else if let Some(d) = syntax.dialect() {
            labels.index_of(d)
        } else if top == Some(css) {
            // The experts' odds pick the preprocessor.
            most_probable(
                &probs,
                ["scss", "less"].iter().filter_map(|id| labels.index_of(id)),
            )
        } else {
            None
        };
        if let Some(target) = target {
            for &l in family.iter().filter(|&&l| l != target) {
                move_probability(&mut probs, l, target);
            }
        }
        probs
    }

    /// Each expert's raw logits for each text (no rules, no combination):
    /// what fitting the combination weights and evaluating each expert need.
    pub fn expert_logits(&self, texts: &[&str]) -> Result<Vec<ExpertLogits>> {
        let mut out = Vec::with_capacity(texts.len());
        for chunk in texts.chunks(self.options.max_batch.max(1)) {
            let ids = chunk
                .iter()
                .map(|t| self.encoder.encode(t))
                .collect::<Result<Vec<_>>>()?;
            let logits = self.run_model(&ids)?;
            for (text, row) in chunk.iter().zip(logits.rows()) {
                out.push(ExpertLogits {
                    model: row.to_vec(),
                    lexical: self
                        .lexical
                        .as_ref()
                        .map(|(h, _)| h.logits(&h.features(text))),
                });
            }
        }
        Ok(out)
    }

    /// Calibrated probabilities from the model's logits and, when the bundle
    /// has a lexical expert, the text's lexical features.
    fn combine(&self, logits: &[f32], features: Option<&Features>) -> Vec<f32> {
        let s = &self.bundle.settings;
        match (&self.lexical, features) {
            (Some((head, w)), Some(x)) => {
                let scores = combine_log_probs(
                    logits,
                    s.temperature,
                    &head.logits(x),
                    w.model_weight,
                    w.lexical_weight,
                );
                softmax(&scores, 1.0)
            }
            _ => softmax(logits, s.temperature),
        }
    }

    fn decide(&self, probs: &[f32]) -> Detection {
        let mut order: Vec<usize> = (0..probs.len()).collect();
        order.sort_by(|&a, &b| probs[b].total_cmp(&probs[a]));
        let alternatives: Vec<Guess> = order
            .iter()
            .take(self.options.top_k.max(1))
            .filter_map(|&i| {
                Some(Guess {
                    language: self.bundle.labels.id(i)?.to_string(),
                    confidence: probs[i],
                })
            })
            .collect();
        let threshold = self
            .options
            .abstain_threshold
            .unwrap_or(self.bundle.settings.abstain_threshold);
        let top = alternatives.first().cloned();
        match top {
            Some(g) if g.confidence >= threshold => Detection {
                language: Some(g.language),
                confidence: g.confidence,
                alternatives,
                evidence: Some(Evidence::Model),
                reason: None,
            },
            _ => Detection {
                language: None,
                confidence: top.map_or(0.0, |g| g.confidence),
                alternatives,
                evidence: Some(Evidence::Model),
                reason: Some(NoLanguage::LowConfidence),
            },
        }
    }

    fn run_model(&self, batch: &[Vec<i64>]) -> Result<Array2<f32>> {
        let seq = batch.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let pad = self.bundle.pad_token_id;
        let mut ids = Array2::<i64>::from_elem((batch.len(), seq), pad);
        let mut mask = Array2::<i64>::zeros((batch.len(), seq));
        for (r, row) in batch.iter().enumerate() {
            for (c, &id) in row.iter().enumerate() {
                ids[[r, c]] = id;
                mask[[r, c]] = 1;
            }
        }
        self.classifier.logits(&ids, &mask)
    }
}

fn load_lexical(bundle: &ModelBundle) -> Result<LexicalHead> {
    let path = bundle.path(LEXICAL_FILE);
    let bytes = std::fs::read(&path).map_err(|source| CoreError::Io {
        path: path.clone(),
        source,
    })?;
    let head = LexicalHead::from_safetensors(&bytes, &path).map_err(|detail| {
        CoreError::InvalidBundleFile {
            dir: bundle.dir.clone(),
            file: LEXICAL_FILE,
            detail,
        }
    })?;
    if head.labels() != bundle.labels.len() {
        return Err(CoreError::BundleMismatch {
            dir: bundle.dir.clone(),
            detail: format!(
                "{LEXICAL_FILE} scores {} labels but labels.json lists {}",
                head.labels(),
                bundle.labels.len()
            ),
        });
    }
    Ok(head)
}

/// Softmax of `logits / temperature`, numerically stable.
pub fn softmax(logits: &[f32], temperature: f32) -> Vec<f32> {
    let t = if temperature > 0.0 { temperature } else { 1.0 };
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = logits.iter().map(|&l| ((l - max) / t).exp()).collect();
    let sum: f32 = exps.iter().sum();
    exps.iter().map(|e| e / sum).collect()
}

/// The most probable label among `candidates` (the last of equals).
fn most_probable(probs: &[f32], candidates: impl Iterator<Item = usize>) -> Option<usize> {
    candidates.max_by(|&a, &b| probs[a].total_cmp(&probs[b]))
}

/// Moves label `from`'s probability onto label `to`.
fn move_probability(probs: &mut [f32], from: usize, to: usize) {
    let moved = std::mem::take(&mut probs[from]);
    probs[to] += moved;
}

#[cfg(test)]
mod tests {
    use super::softmax;

    #[test]
    fn softmax_sums_to_one_and_temperature_flattens() {
        let p = softmax(&[2.0, 1.0, 0.0], 1.0);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        let q = softmax(&[2.0, 1.0, 0.0], 4.0);
        assert!(q[0] < p[0] && q[2] > p[2]);
        let big = softmax(&[1000.0, 0.0], 1.0);
        assert!(big[0].is_finite() && (big[0] - 1.0).abs() < 1e-6);
    }
}
