package org.complaintdesk.complaint;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Recomputes the hash chain of complaint histories from what is stored and reports the first broken link:
 * a row whose content no longer matches its hash, whose predecessor's hash differs, or a missing row.
 * Reads with a cursor (inside a transaction) so that it scales to every complaint ever logged.
 */
@ApplicationScoped
public class HistoryVerifier {

    /** What a verification found; {@code firstBroken} is null when every chain is intact. */
    public record Result(boolean intact, long complaintsChecked, long entriesChecked, BrokenLink firstBroken) {
    }

    /** The first row that breaks its chain, and how. */
    public record BrokenLink(String complaintNumber, int seqNo, long entryId, String problem) {
    }

    private static final String SELECT = "select h.id, h.complaint_id, h.seq_no, h.at, h.actor, h.action, h.changes, h.reason,"
            + " h.prev_hash, h.hash, c.number from complaint_history h join complaint c on c.id = h.complaint_id";

    @Inject
    DataSource dataSource;

    @Transactional
    public Result verifyAll() {
        return verify(SELECT + " order by h.complaint_id, h.seq_no", null);
    }

    @Transactional
    public Result verify(String complaintNumber) {
        return verify(SELECT + " where c.number = ? order by h.seq_no", complaintNumber);
    }

    private Result verify(String sql, String number) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            if (number != null) {
                statement.setString(1, number);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return walk(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the complaint history", e);
        }
    }

    private static Result walk(ResultSet rows) throws SQLException {
        long complaints = 0;
        long entries = 0;
        long currentComplaint = -1;
        String previousHash = null;
        int expectedSeq = 1;
        while (rows.next()) {
            long complaintId = rows.getLong("complaint_id");
            if (complaintId != currentComplaint) {
                currentComplaint = complaintId;
                complaints++;
                previousHash = null;
                expectedSeq = 1;
            }
            entries++;
            int seqNo = rows.getInt("seq_no");
            Timestamp at = rows.getTimestamp("at");
            String problem = null;
            if (seqNo != expectedSeq) {
                problem = "entry " + expectedSeq + " is missing";
            } else if (!Objects.equals(previousHash, rows.getString("prev_hash"))) {
                problem = "the link to the previous entry changed";
            } else if (!HistoryEntry.hash(complaintId, seqNo, at.toInstant(), rows.getString("actor"), rows.getString("action"),
                    rows.getString("changes"), rows.getString("reason"), rows.getString("prev_hash")).equals(rows.getString("hash"))) {
                problem = "content changed";
            }
            if (problem != null) {
                return new Result(false, complaints, entries,
                        new BrokenLink(rows.getString("number"), seqNo, rows.getLong("id"), problem));
            }
            previousHash = rows.getString("hash");
            expectedSeq = seqNo + 1;
        }
        return new Result(true, complaints, entries, null);
    }
}
