fun grade(score: Int): Char = when {
    score !in 0..100 -> throw IllegalArgumentException("score out of range: $score")
    score >= 90 -> 'A'
    score >= 80 -> 'B'
    score >= 70 -> 'C'
    else -> 'F'
}
