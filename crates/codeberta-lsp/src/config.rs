//! Settings a client can change through `initializationOptions`,
//! `workspace/didChangeConfiguration` pushes (either flat or under a
//! `codeberta` key) and, when the client supports it, the
//! `workspace/configuration` pull of the `codeberta` section. Every source
//! goes through [`Settings::apply`]: the keys it has win, bad values are
//! ignored with a warning.

use std::path::PathBuf;

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Documents with fewer non-blank characters are not classified.
    pub min_content_length: usize,
    /// A guess below this confidence is not suggested.
    pub confidence_threshold: f32,
    /// Quiet time after the last edit before re-classifying.
    pub debounce_ms: u64,
    /// How much a new top guess must beat the current suggestion by.
    pub hysteresis_margin: f32,
    pub top_k: usize,
    /// Only this prefix of a document is classified.
    pub max_classify_bytes: usize,
    /// Hint diagnostics when a document's language looks wrong.
    pub diagnostics: bool,
    pub mismatch_threshold: f32,
    pub hover: bool,
    /// Record a correction when the client reopens a document with another
    /// language than we suggested.
    pub infer_corrections: bool,
    /// Retrain from corrections in the background.
    pub learning: bool,
    /// Overrides `<data dir>/corrections`.
    pub corrections_dir: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            min_content_length: 20,
            confidence_threshold: 0.6,
            debounce_ms: 300,
            hysteresis_margin: 0.15,
            top_k: 3,
            max_classify_bytes: 64 * 1024,
            diagnostics: false,
            mismatch_threshold: 0.9,
            hover: true,
            infer_corrections: true,
            learning: true,
            corrections_dir: None,
        }
    }
}

impl Settings {
    /// Applies the keys present in `value`; returns a warning per bad value.
    pub fn apply(&mut self, value: &Value) -> Vec<String> {
        let obj = match value.get("codeberta").unwrap_or(value) {
            Value::Object(o) => o,
            Value::Null => return Vec::new(),
            _ => return vec!["codeberta settings must be an object".into()],
        };
        let mut warnings = Vec::new();
        for (key, v) in obj {
            let ok = match key.as_str() {
                "minContentLength" => set_usize(v, &mut self.min_content_length),
                "confidenceThreshold" => set_unit(v, &mut self.confidence_threshold),
                "debounceMs" => v
                    .as_u64()
                    .map(|x| self.debounce_ms = x.min(60_000))
                    .is_some(),
                "hysteresisMargin" => set_unit(v, &mut self.hysteresis_margin),
                "topK" => set_positive(v, &mut self.top_k),
                "maxClassifyBytes" => set_positive(v, &mut self.max_classify_bytes),
                "diagnostics" => set_bool(v, &mut self.diagnostics),
                "mismatchThreshold" => set_unit(v, &mut self.mismatch_threshold),
                "hover" => set_bool(v, &mut self.hover),
                "inferCorrections" => set_bool(v, &mut self.infer_corrections),
                "learning" => set_bool(v, &mut self.learning),
                "correctionsDir" => match v {
                    Value::String(s) if !s.is_empty() => {
                        self.corrections_dir = Some(PathBuf::from(s));
                        true
                    }
                    Value::Null => {
                        self.corrections_dir = None;
                        true
                    }
                    _ => false,
                },
                _ => true, // other clients' keys are not ours to judge
            };
            if !ok {
                warnings.push(format!("codeberta: ignoring invalid setting {key} = {v}"));
            }
        }
        warnings
    }
}

fn set_usize(v: &Value, slot: &mut usize) -> bool {
    v.as_u64()
        .and_then(|x| usize::try_from(x).ok())
        .map(|x| *slot = x)
        .is_some()
}

/// Like `set_usize`, but 0 is a bad value (and leaves `slot` alone).
fn set_positive(v: &Value, slot: &mut usize) -> bool {
    match v.as_u64().and_then(|x| usize::try_from(x).ok()) {
        Some(x) if x > 0 => {
            *slot = x;
            true
        }
        _ => false,
    }
}

fn set_unit(v: &Value, slot: &mut f32) -> bool {
    match v.as_f64() {
        Some(x) if (0.0..=1.0).contains(&x) => {
            *slot = x as f32;
            true
        }
        _ => false,
    }
}

fn set_bool(v: &Value, slot: &mut bool) -> bool {
    v.as_bool().map(|x| *slot = x).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn applies_nested_or_flat_and_reports_bad_values() {
        let mut s = Settings::default();
        assert!(s
            .apply(&json!({"codeberta": {"confidenceThreshold": 0.2, "minContentLength": 5}}))
            .is_empty());
        assert_eq!((s.confidence_threshold, s.min_content_length), (0.2, 5));
        let warnings = s.apply(&json!({"confidenceThreshold": 7, "debounceMs": 10, "other": 1}));
        assert_eq!(warnings.len(), 1);
        assert_eq!((s.confidence_threshold, s.debounce_ms), (0.2, 10));
        assert!(s.apply(&Value::Null).is_empty());
    }

    #[test]
    fn a_pulled_vscode_section_applies_without_warnings() {
        // What vscode-languageclient answers for section `codeberta`: every
        // contributed `codeberta.*` setting, the extension's own included.
        let pulled = json!({
            "server": {"path": "codeberta-lsp", "args": []},
            "model": "", "dataDir": "", "mode": "apply",
            "confidenceThreshold": 0.75, "minContentLength": 30, "debounceMs": 200,
            "diagnostics": true, "recordCorrections": true, "learning": false,
            "trace": {"server": "off"}
        });
        let mut s = Settings::default();
        assert!(s.apply(&pulled).is_empty());
        assert_eq!(s.confidence_threshold, 0.75);
        assert_eq!((s.min_content_length, s.debounce_ms), (30, 200));
        assert!(s.diagnostics && !s.learning);
        // Keys the section leaves out keep what an earlier source said.
        assert!(s.infer_corrections);
        let mut quiet = Settings {
            infer_corrections: false,
            ..Settings::default()
        };
        quiet.apply(&pulled);
        assert!(!quiet.infer_corrections);
        // A wrong type is reported and changes nothing.
        let warnings = s.apply(&json!({
            "mismatchThreshold": "high", "topK": 0, "maxClassifyBytes": 0, "confidenceThreshold": -1
        }));
        assert_eq!(warnings.len(), 4);
        assert_eq!((s.mismatch_threshold, s.top_k), (0.9, 3));
        assert_eq!(s.max_classify_bytes, 64 * 1024);
        assert_eq!(s.confidence_threshold, 0.75);
    }
}
