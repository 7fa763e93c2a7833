//! Byte-level BPE tokenizer training, laid out like RoBERTa's so the model
//! and Hugging Face tooling read it the same way.

use std::path::Path;

use tokenizers::decoders::byte_level::ByteLevel as ByteLevelDecoder;
use tokenizers::models::bpe::{BpeTrainerBuilder, BPE};
use tokenizers::models::TrainerWrapper;
use tokenizers::pre_tokenizers::byte_level::ByteLevel;
use tokenizers::processors::roberta::RobertaProcessing;
use tokenizers::{AddedToken, Tokenizer};

use crate::error::{Result, TrainError};

/// RoBERTa's special tokens; their position here is their id.
pub const SPECIAL_TOKENS: [&str; 5] = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"];
pub const BOS_ID: u32 = 0;
pub const PAD_ID: u32 = 1;
pub const EOS_ID: u32 = 2;
pub const PAD_TOKEN: &str = "<pad>";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenizerTrainingOptions {
    /// Upper bound; a small corpus may yield fewer tokens.
    pub vocab_size: usize,
    /// Pairs seen fewer times than this are not merged.
    pub min_frequency: u64,
}

impl Default for TokenizerTrainingOptions {
    fn default() -> Self {
        Self {
            vocab_size: 8192,
            min_frequency: 2,
        }
    }
}

/// Trains a byte-level BPE tokenizer on `texts`. Encodings come out as
/// `<s> ... </s>`; truncation and padding are left to the caller.
pub fn train_tokenizer<I, S>(texts: I, options: &TokenizerTrainingOptions) -> Result<Tokenizer>
where
    I: Iterator<Item = S> + Send,
    S: AsRef<str> + Send,
{
    if options.vocab_size < SPECIAL_TOKENS.len() + 256 {
        return Err(TrainError::Tokenizer(format!(
            "vocab_size {} cannot hold the 5 special tokens and 256 byte symbols",
            options.vocab_size
        )));
    }
    let special: Vec<AddedToken> = SPECIAL_TOKENS
        .iter()
        // HF's <mask> swallows the space before it, as in RoBERTa.
        .map(|t| AddedToken::from(*t, true).lstrip(*t == "<mask>"))
        .collect();
    let mut trainer: TrainerWrapper = BpeTrainerBuilder::new()
        .vocab_size(options.vocab_size)
        .min_frequency(options.min_frequency)
        .show_progress(false)
        .special_tokens(special)
        // Every byte gets a token, so no input ever maps to <unk>.
        .initial_alphabet(ByteLevel::alphabet().into_iter().collect())
        .build()
        .into();

    let mut tokenizer = Tokenizer::new(BPE::default());
    // Code is whitespace-sensitive: never invent a leading space.
    tokenizer.with_pre_tokenizer(Some(ByteLevel::new(false, true, true)));
    tokenizer.with_decoder(Some(ByteLevelDecoder::new(false, true, true)));
    tokenizer.with_post_processor(Some(
        RobertaProcessing::new(
            (SPECIAL_TOKENS[EOS_ID as usize].to_string(), EOS_ID),
            (SPECIAL_TOKENS[BOS_ID as usize].to_string(), BOS_ID),
        )
        .add_prefix_space(false),
    ));
    tokenizer
        .train(&mut trainer, texts)
        .map_err(|e| TrainError::Tokenizer(format!("training failed: {e}")))?;

    for (id, token) in SPECIAL_TOKENS.iter().enumerate() {
        if tokenizer.token_to_id(token) != Some(id as u32) {
            return Err(TrainError::Tokenizer(format!(
                "special token {token} did not get id {id}"
            )));
        }
    }
    Ok(tokenizer)
}

/// Writes `tokenizer.json`.
pub fn save_tokenizer(tokenizer: &Tokenizer, path: &Path) -> Result<()> {
    tokenizer
        .save(path, false)
        .map_err(|e| TrainError::Tokenizer(format!("cannot write {}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: [&str; 4] = [
        "def main():\n    print('hello')\n    return 0\n",
        "fn main() {\n    println!(\"hello\");\n}\n",
        "public class Main { public static void main(String[] a) { System.out.println(\"hi\"); } }",
        "{\"name\": \"codeberta\", \"version\": 1, \"tags\": [\"a\", \"b\"]}",
    ];

    fn trained() -> Tokenizer {
        let texts = SAMPLES.iter().cycle().take(40);
        let options = TokenizerTrainingOptions {
            vocab_size: 400,
            min_frequency: 2,
        };
        train_tokenizer(texts, &options).unwrap()
    }

    #[test]
    fn special_tokens_have_roberta_ids_and_wrap_encodings() {
        let tokenizer = trained();
        for (id, token) in SPECIAL_TOKENS.iter().enumerate() {
            assert_eq!(tokenizer.token_to_id(token), Some(id as u32));
        }
        let encoding = tokenizer.encode("print('hello')", true).unwrap();
        let ids = encoding.get_ids();
        assert_eq!(ids.first(), Some(&BOS_ID));
        assert_eq!(ids.last(), Some(&EOS_ID));
        // Training learned merges: fewer tokens than bytes.
        assert!(ids.len() < "print('hello')".len());
        let vocab = tokenizer.get_vocab_size(true);
        assert!(vocab > 261 && vocab <= 400, "vocab {vocab}");
    }

    #[test]
    fn any_text_round_trips_without_unk() {
        let tokenizer = trained();
        for text in ["  indented\n\ttabs\r\n", "naïve — 日本語 🦀", "x"] {
            let encoding = tokenizer.encode(text, false).unwrap();
            assert!(!encoding.get_ids().contains(&3), "<unk> in {text:?}");
            let decoded = tokenizer.decode(encoding.get_ids(), true).unwrap();
            assert_eq!(decoded, text);
        }
    }

    #[test]
    fn saved_file_loads_back_the_same() {
        let tokenizer = trained();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokenizer.json");
        save_tokenizer(&tokenizer, &path).unwrap();
        let loaded = Tokenizer::from_file(&path).unwrap();
        let text = SAMPLES[0];
        assert_eq!(
            loaded.encode(text, true).unwrap().get_ids(),
            tokenizer.encode(text, true).unwrap().get_ids()
        );
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(json["pre_tokenizer"]["type"], "ByteLevel");
        assert_eq!(json["pre_tokenizer"]["add_prefix_space"], false);
        assert_eq!(json["post_processor"]["type"], "RobertaProcessing");
        assert_eq!(json["decoder"]["type"], "ByteLevel");
    }

    #[test]
    fn rejects_a_vocabulary_too_small_for_bytes() {
        let options = TokenizerTrainingOptions {
            vocab_size: 100,
            min_frequency: 2,
        };
        assert!(train_tokenizer(SAMPLES.iter(), &options).is_err());
    }
}
