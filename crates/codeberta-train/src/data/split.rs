//! Seeded stratified train/validation split.

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;

/// Splits sample indices so every label keeps about `fraction` of its
/// samples for validation. A label with at least two samples always gives at
/// least one to each side when `fraction > 0`, so every class is both learned
/// and measured. Same labels, fraction and seed give the same split.
pub fn stratified_split(labels: &[usize], fraction: f64, seed: u64) -> (Vec<usize>, Vec<usize>) {
    let classes = labels.iter().copied().max().map_or(0, |m| m + 1);
    let mut by_class: Vec<Vec<usize>> = vec![Vec::new(); classes];
    for (i, &l) in labels.iter().enumerate() {
        by_class[l].push(i);
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let (mut train, mut val) = (Vec::new(), Vec::new());
    for mut members in by_class {
        members.shuffle(&mut rng);
        let n = members.len();
        let mut take = (n as f64 * fraction.clamp(0.0, 1.0)).round() as usize;
        if fraction > 0.0 && n >= 2 {
            take = take.clamp(1, n - 1);
        } else {
            take = take.min(n.saturating_sub(1));
        }
        val.extend_from_slice(&members[..take]);
        train.extend_from_slice(&members[take..]);
    }
    train.sort_unstable();
    val.sort_unstable();
    (train, val)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_class_proportions_and_is_seeded() {
        let labels: Vec<usize> = (0..100).map(|i| if i < 80 { 0 } else { 1 }).collect();
        let (train, val) = stratified_split(&labels, 0.1, 7);
        assert_eq!(train.len() + val.len(), 100);
        assert_eq!(val.iter().filter(|&&i| labels[i] == 0).count(), 8);
        assert_eq!(val.iter().filter(|&&i| labels[i] == 1).count(), 2);
        assert!(train.iter().all(|i| !val.contains(i)));
        assert_eq!(
            stratified_split(&labels, 0.1, 7),
            (train.clone(), val.clone())
        );
        assert_ne!(stratified_split(&labels, 0.1, 8).1, val);
    }

    #[test]
    fn small_classes_give_one_to_each_side() {
        let labels = [0, 0, 1, 1, 1, 2];
        let (train, val) = stratified_split(&labels, 0.1, 1);
        assert_eq!(val.iter().filter(|&&i| labels[i] == 0).count(), 1);
        assert_eq!(val.iter().filter(|&&i| labels[i] == 1).count(), 1);
        // A single sample stays in training.
        assert!(train.contains(&5));
        let (_, none) = stratified_split(&labels, 0.0, 1);
        assert!(none.is_empty());
    }
}
