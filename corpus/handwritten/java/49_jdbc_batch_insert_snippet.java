String sql = "INSERT INTO readings (sensor_id, ts, value) VALUES (?, ?, ?)";
try (Connection conn = dataSource.getConnection();
     PreparedStatement ps = conn.prepareStatement(sql)) {
    conn.setAutoCommit(false);
    for (Reading r : batch) {
        ps.setInt(1, r.sensorId());
        ps.setTimestamp(2, Timestamp.from(r.at()));
        ps.setDouble(3, r.value());
        ps.addBatch();
    }
    ps.executeBatch();
    conn.commit();
}
