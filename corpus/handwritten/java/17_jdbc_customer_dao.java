package org.fieldnotes.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

public class JdbcCustomerDao implements CustomerDao {

    private static final String SELECT_COLUMNS = "SELECT id, email, display_name, created_at, active FROM customer";

    private final DataSource ds;

    public JdbcCustomerDao(DataSource ds) {
        this.ds = ds;
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        String sql = SELECT_COLUMNS + " WHERE lower(email) = lower(?)";
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("findByEmail failed", e);
        }
    }

    @Override
    public List<Customer> findActive(int limit, int offset) {
        String sql = SELECT_COLUMNS + " WHERE active ORDER BY created_at DESC LIMIT ? OFFSET ?";
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            List<Customer> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("findActive failed", e);
        }
    }

    @Override
    public Customer insert(String email, String displayName) {
        String sql = "INSERT INTO customer (email, display_name, created_at, active) VALUES (?, ?, ?, true)";
        Instant now = Instant.now();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, email);
            ps.setString(2, displayName);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) throw new DataAccessException("no key returned", null);
                return new Customer(keys.getLong(1), email, displayName, now, true);
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new DuplicateEmailException(email);
            }
            throw new DataAccessException("insert failed", e);
        }
    }

    @Override
    public int deactivateAll(List<Long> ids) {
        String sql = "UPDATE customer SET active = false WHERE id = ?";
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                int total = 0;
                for (int n : ps.executeBatch()) total += n;
                c.commit();
                return total;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("deactivateAll failed", e);
        }
    }

    private static Customer map(ResultSet rs) throws SQLException {
        return new Customer(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("active"));
    }
}
