players.sort(Comparator.comparingInt(Player::score).reversed()
        .thenComparing(Player::name, String.CASE_INSENSITIVE_ORDER));
for (int i = 0; i < Math.min(3, players.size()); i++) {
    System.out.println((i + 1) + ". " + players.get(i).name());
}
