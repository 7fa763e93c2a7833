//! codeberta-core: the label space, the model bundle, ONNX Runtime inference
//! and the `Detector` that the CLI and the language server share. No training
//! dependencies live here.

pub mod bundle;
pub mod detector;
pub mod error;
pub mod evidence;
pub mod html_vocabulary;
pub mod java_properties;
pub mod json_syntax;
pub mod languages;
pub mod lexical;
pub mod license_header;
pub mod onnx_session;
pub mod rst_markup;
pub mod rule_text;
pub mod runtime;
pub mod stylesheet;
pub mod texinfo_comments;
pub mod text_input;
pub mod tokenize;
pub mod yaml_structure;

pub use bundle::{InferenceSettings, LabelEntry, LabelSet, LexicalWeights, ModelBundle};
pub use detector::{Detection, Detector, DetectorOptions, ExpertLogits, Guess, NoLanguage};
pub use error::{CoreError, Result};
pub use evidence::Evidence;
pub use languages::Language;
