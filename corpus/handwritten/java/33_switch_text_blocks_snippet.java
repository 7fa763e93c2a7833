String sql = """
        SELECT id, name, created_at
          FROM accounts
         WHERE status = ?
         ORDER BY created_at DESC
        """;

var label = switch (status) {
    case ACTIVE, TRIAL -> "open";
    case SUSPENDED -> "on hold";
    default -> "closed";
};
