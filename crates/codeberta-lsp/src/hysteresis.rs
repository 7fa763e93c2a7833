//! Keeps a suggestion from flipping while the user types: a new top guess
//! replaces the current suggestion only when it clearly beats it.

use crate::engine::Guess;

/// The suggestion after seeing `guesses` (ranked), given the current one.
pub fn next_suggestion(
    current: Option<&str>,
    guesses: &[Guess],
    threshold: f32,
    margin: f32,
) -> Option<String> {
    let top = guesses.first()?;
    if let Some(cur) = current {
        let cur_conf = guesses
            .iter()
            .find(|g| g.language_id == cur)
            .map_or(0.0, |g| g.confidence);
        let still_plausible = cur_conf >= threshold - margin;
        let not_clearly_beaten = top.language_id == cur || top.confidence < cur_conf + margin;
        if still_plausible && not_clearly_beaten {
            return Some(cur.to_string());
        }
    }
    (top.confidence >= threshold).then(|| top.language_id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(pairs: &[(&str, f32)]) -> Vec<Guess> {
        pairs
            .iter()
            .map(|(l, c)| Guess {
                language_id: l.to_string(),
                confidence: *c,
            })
            .collect()
    }

    #[test]
    fn adopts_only_confident_guesses() {
        assert_eq!(
            next_suggestion(None, &g(&[("python", 0.5)]), 0.6, 0.1),
            None
        );
        assert_eq!(
            next_suggestion(None, &g(&[("python", 0.7)]), 0.6, 0.1).as_deref(),
            Some("python")
        );
        assert_eq!(next_suggestion(None, &[], 0.6, 0.1), None);
    }

    #[test]
    fn keeps_the_current_suggestion_against_a_narrow_lead() {
        let narrow = g(&[("ruby", 0.62), ("python", 0.58)]);
        assert_eq!(
            next_suggestion(Some("python"), &narrow, 0.6, 0.1).as_deref(),
            Some("python")
        );
        let clear = g(&[("ruby", 0.8), ("python", 0.1)]);
        assert_eq!(
            next_suggestion(Some("python"), &clear, 0.6, 0.1).as_deref(),
            Some("ruby")
        );
        let gone = g(&[("ruby", 0.3), ("python", 0.2)]);
        assert_eq!(next_suggestion(Some("python"), &gone, 0.6, 0.1), None);
    }
}
